package dev.whosaid.cli;

import dev.whosaid.corpus.Article;
import dev.whosaid.corpus.CorpusReader;
import dev.whosaid.extraction.QuoteExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Extraction throughput on one thread: MB of article text (UTF-8) per second, after a warm-up pass, and the
 * heap it needed (peak of the heap pools, and the heap in use after a collection with the corpus loaded).
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extraction throughput in MB of text per second on one thread, by the clock and by the thread's CPU",
            "time (which a busy machine disturbs less), and the heap it needed.",
            "Reads JSONL articles or corpus folders (default: the shipped corpus/ folder)."})
final class BenchExtractCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSONL file or corpus folder; repeatable")
    List<Path> corpus = new ArrayList<>();

    @Option(names = "--repeat", defaultValue = "5", description = "timed passes over the input (default ${DEFAULT-VALUE})")
    int repeat;

    // Two passes over the 0.4 MB dev set left the JIT mid-compile (0.7 MB/s against 1.5-1.9 MB/s after ten): a
    // long indexing run spends nearly all its time at the steady speed, which is what this should print.
    @Option(names = "--warmup", defaultValue = "10",
            description = "untimed passes first, so the JIT reaches the steady speed of a long run (default ${DEFAULT-VALUE})")
    int warmup;

    @Override
    public Integer call() {
        if (repeat < 1) {
            throw new IllegalArgumentException("--repeat must be at least 1, not " + repeat);
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must not be negative, not " + warmup);
        }
        List<Path> inputs = corpus.isEmpty() ? List.of(Home.corpus()) : corpus;
        List<Article> articles = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.exists(p)) {
                throw new IllegalArgumentException("no such file or folder: " + p.toAbsolutePath());
            }
            CorpusReader.read(p, articles::add, problem -> System.err.println("whosaid bench extract: " + problem));
        }
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no articles in " + inputs);
        }
        long bytes = articles.stream().mapToLong(a -> a.text().getBytes(StandardCharsets.UTF_8).length).sum();
        QuoteExtractor extractor = QuoteExtractor.standard();
        long quotes = pass(extractor, articles); // class loading; counts the quotations
        for (int w = 1; w < warmup; w++) {
            pass(extractor, articles); // JIT
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        resetPeaks();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        for (int r = 0; r < repeat; r++) {
            pass(extractor, articles);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        double mb = bytes * (double) repeat / 1e6;
        long peak = peakHeap();
        System.out.printf(Locale.ROOT, "articles %d  text %.2f MB  quotations %d  passes %d%n", articles.size(), bytes / 1e6,
                quotes, repeat);
        System.out.printf(Locale.ROOT, "extract throughput %.2f MB/s on one thread (%.1f articles/s)%n", mb / seconds,
                articles.size() * (double) repeat / seconds);
        if (cpuStarted >= 0) {
            // The thread's own CPU time leaves out the time it waited for a core: on a shared machine it moves less
            // than the wall-clock figure, which is the one a user gets
            System.out.printf(Locale.ROOT, "extract throughput %.2f MB/s of the thread's CPU time%n", mb / cpuSeconds);
        }
        System.out.printf(Locale.ROOT, "heap: %.1f MB in use after GC with the corpus loaded, peak %.1f MB while extracting,"
                + " max %.0f MB (-Xmx)%n", baseline / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        return 0;
    }

    private static long pass(QuoteExtractor extractor, List<Article> articles) {
        long quotes = 0;
        for (Article a : articles) {
            quotes += extractor.extract(a).size();
        }
        return quotes;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
