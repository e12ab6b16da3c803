package dev.whosaid.cli;

import dev.whosaid.corpus.CorpusProblem;
import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.QuoteIndex;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Builds the index with a progress bar on a terminal (plain lines on a pipe) and prints the summary. */
final class Indexing {

    /** The exit code when the index was built but some input was rejected (listed on standard error). */
    static final int PARTIAL = 3;

    private Indexing() {}

    static CorpusIndexer.Summary run(Path corpus, QuoteIndex index, PrintStream out, PrintStream err) throws IOException {
        if (!Files.exists(corpus)) {
            throw new IllegalArgumentException("no corpus at " + corpus.toAbsolutePath() + "; give one with --corpus DIR");
        }
        boolean terminal = System.console() != null;
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        err.println("Indexing " + corpus.toAbsolutePath() + " into " + index + " ...");
        CorpusIndexer.Summary s = new CorpusIndexer(QuoteExtractor.standard(), threads).build(corpus, index,
                terminal ? bar(err) : (done, total) -> {});
        if (terminal) {
            err.println();
        }
        for (CorpusProblem p : s.problems()) {
            err.println("rejected: " + p);
        }
        out.printf("Indexed %d articles: %d quotations, %d distinct statements, %d speakers in %.1f s%n", s.articles(),
                s.quotations(), s.statements(), s.speakers(), s.took().toMillis() / 1000.0);
        if (!s.problems().isEmpty()) {
            out.printf("Rejected: %d problems in %d files: %s%n", s.problems().size(),
                    s.problems().stream().map(CorpusProblem::file).distinct().count(), reasons(s));
        }
        return s;
    }

    private static CorpusIndexer.Progress bar(PrintStream err) {
        return (done, total) -> {
            synchronized (err) {
                int width = 40, filled = total == 0 ? width : done * width / total;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " articles");
                err.flush();
            }
        };
    }

    /** Problems grouped by their reason, "not valid JSON (2), duplicate article id (1)". */
    private static String reasons(CorpusIndexer.Summary s) {
        Map<String, Integer> byReason = new TreeMap<>();
        for (CorpusProblem p : s.problems()) {
            String reason = p.message().replaceAll("\".*?\"", "…").replaceAll("[:;].*", "");
            byReason.merge(reason, 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        byReason.forEach((reason, n) -> b.append(b.isEmpty() ? "" : ", ").append(reason).append(" (").append(n).append(')'));
        return b.toString();
    }
}
