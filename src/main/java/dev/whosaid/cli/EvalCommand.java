package dev.whosaid.cli;

import dev.whosaid.extraction.GoldFile;
import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.extraction.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Extracts quotations from annotated articles and scores them the way shared/eval/score.py does. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Measure extraction against annotated articles (JSONL with \"quotes\", as in shared/eval).",
            "Prints the figures of score.py: quote P/R/F1, speaker accuracy on pairs, recall by kind, attributed P/R/F1."})
final class EvalCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "GOLD.jsonl", description = "annotated articles")
    Path gold;

    @Option(names = "--threshold", defaultValue = "0.5", description = "Jaccard overlap a pair needs (default ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--errors", defaultValue = "0", description = "print up to N missed and N wrong-speaker quotations")
    int errors;

    @Override
    public Integer call() throws IOException {
        Scorer scorer = GoldFile.score(GoldFile.read(gold), QuoteExtractor.standard(), threshold, errors);
        System.out.print(scorer.report());
        return 0;
    }
}
