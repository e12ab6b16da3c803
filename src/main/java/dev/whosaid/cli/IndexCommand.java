package dev.whosaid.cli;

import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.LuceneQuoteIndex;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code whosaid index}: read the corpus, extract the quotations, write a new index generation. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Build the search index from a corpus of articles (*.txt and *.jsonl files).",
            "The new index is written beside the served one and replaces it only when complete: a failed or",
            "interrupted build leaves the previous index in place, and a running server switches to the new one.",
            "",
            "Exit codes: 0 built, every article read; 3 built, but some files or lines were rejected (listed on",
            "standard error, the rest is indexed); 1 not built (the previous index stays); 2 bad usage."})
final class IndexCommand implements Callable<Integer> {

    @Mixin
    Folders.Corpus corpus;

    @Mixin
    Folders.Index index;

    @Override
    public Integer call() throws Exception {
        try (LuceneQuoteIndex quotes = new LuceneQuoteIndex(index.get())) {
            CorpusIndexer.Summary s = Indexing.run(corpus.get(), quotes, System.out, System.err);
            return s.problems().isEmpty() ? 0 : Indexing.PARTIAL;
        }
    }
}
