package dev.whosaid.index;

import dev.whosaid.corpus.Article;
import dev.whosaid.corpus.CorpusProblem;
import dev.whosaid.corpus.CorpusReader;
import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.extraction.Quotation;
import dev.whosaid.extraction.QuoteKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The indexing pipeline: read the corpus, extract quotations (articles in parallel), write a new index
 * generation, and switch to it. Input problems are collected, never fatal; an unreadable corpus or a failed
 * write leaves the previous generation served.
 */
public final class CorpusIndexer {

    /** Told after each article, from any thread. */
    public interface Progress {
        void articleDone(int done, int total);
    }

    /** What a build did. {@code problems} are input that was rejected (file, line, why); the rest was indexed. */
    public record Summary(int articles, long quotations, long statements, long speakers, List<CorpusProblem> problems,
            Duration took) {

        public Summary {
            problems = List.copyOf(problems);
        }
    }

    private final QuoteExtractor extractor;
    private final int threads;

    public CorpusIndexer(QuoteExtractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads + " is not 1 or more");
        }
        this.extractor = extractor;
        this.threads = threads;
    }

    public Summary build(Path corpus, QuoteIndex index, Progress progress) throws IOException {
        Instant start = Instant.now();
        List<Article> articles = new ArrayList<>();
        List<CorpusProblem> problems = Collections.synchronizedList(new ArrayList<>());
        CorpusReader.read(corpus, articles::add, problems::add);
        AtomicLong quotations = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (QuoteIndex.Build build = index.newBuild()) {
            List<Future<?>> work = new ArrayList<>();
            for (Article article : articles) {
                work.add(pool.submit(() -> {
                    indexArticle(article, build, quotations, problems);
                    progress.articleDone(done.incrementAndGet(), articles.size());
                    return null;
                }));
            }
            for (Future<?> f : work) {
                waitFor(f);
            }
            build.commit(articles.size());
        } finally {
            pool.shutdownNow();
        }
        IndexStats stats = index.stats();
        return new Summary(articles.size(), quotations.get(), stats.quotations(), stats.speakers(), problems,
                Duration.between(start, Instant.now()));
    }

    private void indexArticle(Article article, QuoteIndex.Build build, AtomicLong quotations, List<CorpusProblem> problems)
            throws IOException {
        List<Quotation> found;
        try {
            found = extractor.extract(article);
        } catch (RuntimeException e) {
            // One article the extractor cannot handle must not cost the whole corpus: report it and go on.
            problems.add(new CorpusProblem(Path.of(article.id()), 0, "extraction failed, article skipped: " + e));
            return;
        }
        for (Quotation q : found) {
            if (q.speaker() == null && q.kind() == QuoteKind.INDIRECT) {
                // "The deal is reportedly close", "the race seems tight": extraction reports such assessments (annotated
                // news marks them), but no one said them, and a search for who said what has nothing to show for them.
                continue;
            }
            build.add(IndexedQuote.of(article, q));
            quotations.incrementAndGet();
        }
    }

    private static void waitFor(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("indexing interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("indexing failed: " + e.getCause(), e.getCause());
        }
    }

    /** The newest modification time of any article file under the corpus (or of the folder itself). */
    public static Instant newestChange(Path corpus) {
        try {
            Instant newest = Files.getLastModifiedTime(corpus).toInstant();
            try (Stream<Path> files = CorpusReader.articleFiles(corpus).stream()) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Instant t = Files.getLastModifiedTime(f).toInstant();
                    newest = t.isAfter(newest) ? t : newest;
                }
            }
            return newest;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dates of the corpus files under " + corpus, e);
        }
    }
}
