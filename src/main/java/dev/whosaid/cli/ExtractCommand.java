package dev.whosaid.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.whosaid.corpus.Article;
import dev.whosaid.corpus.CorpusReader;
import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.extraction.Quotation;
import dev.whosaid.extraction.Span;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Writes the quotations of JSONL articles as JSONL predictions: the contract in the eval README. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract attributed quotations from articles and print them as JSON lines.",
            "Input: JSONL articles ({\"id\", \"text\", \"title\"?, \"date\"?}) or a corpus folder; '-' reads standard input.",
            "Output, one line an article: {\"id\", \"quotes\": [{\"start\", \"end\", \"text\", \"spans\", \"speaker\", ...}]}"})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|-", description = "JSONL file, corpus folder or '-' for standard input")
    String input;

    @Override
    public Integer call() throws IOException {
        QuoteExtractor extractor = QuoteExtractor.standard();
        ObjectMapper json = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        int[] problems = {0};
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            java.util.function.Consumer<Article> write = article -> {
                try {
                    json.writeValue(out, new Prediction(article.id(), extractor.extract(article).stream()
                            .map(q -> PredictedQuote.of(q)).toList()));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            };
            java.util.function.Consumer<dev.whosaid.corpus.CorpusProblem> report = p -> {
                problems[0]++;
                System.err.println("whosaid extract: " + p);
            };
            if (input.equals("-")) {
                CorpusReader.readJsonl(new InputStreamReader(System.in, StandardCharsets.UTF_8), Path.of("<stdin>"), write, report);
            } else {
                Path path = Path.of(input);
                if (!Files.exists(path)) {
                    throw new IllegalArgumentException("no such file or folder: " + path.toAbsolutePath());
                }
                CorpusReader.read(path, write, report);
            }
        }
        return problems[0] == 0 ? 0 : 1;
    }

    record Prediction(String id, List<PredictedQuote> quotes) {}

    record PredictedQuote(int start, int end, String text, List<int[]> spans, String speaker, Integer speaker_start,
            Integer speaker_end, String speaker_kind, String role, String kind, String cue, String date, double confidence) {

        static PredictedQuote of(Quotation q) {
            Span m = q.speakerMention();
            return new PredictedQuote(q.start(), q.end(), q.text(),
                    q.spans().stream().map(s -> new int[] {s.start(), s.end()}).toList(),
                    q.speaker(), m == null ? null : m.start(), m == null ? null : m.end(),
                    q.speakerKind() == null ? null : q.speakerKind().label(), q.role(), q.kind().label(), q.cue(),
                    q.date() == null ? null : q.date().toString(), q.confidence());
        }
    }
}
