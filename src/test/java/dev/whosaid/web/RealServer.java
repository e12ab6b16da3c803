package dev.whosaid.web;

import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.LuceneQuoteIndex;
import dev.whosaid.query.SearchService;
import dev.whosaid.server.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The real WhoSaid server for the page's tests: a slice of the shipped corpus (the Pompeo article and the
 * first Wikinews articles) plus an article full of markup, indexed by the real pipeline into a temp dir and
 * served by the real app factory on a free port with the real page.
 */
final class RealServer implements AutoCloseable {

    private static final String POMPEO = "pompeo-did-not-give-kim-a-cd.txt";
    private static final String WIKINEWS = "wikinews.jsonl";
    /** Enough articles for several speakers, sources and years, few enough to index in a moment. */
    private static final int WIKINEWS_ARTICLES = 60;

    private final LuceneQuoteIndex index;
    private final Javalin app;

    private RealServer(LuceneQuoteIndex index, Javalin app) {
        this.index = index;
        this.app = app;
    }

    /** Builds the index in {@code dir} (an empty folder the caller deletes) and starts the server. */
    static RealServer start(Path projectDir, Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path shipped = projectDir.resolve("corpus");
        Files.copy(shipped.resolve(POMPEO), corpus.resolve(POMPEO));
        try (Stream<String> lines = Files.lines(shipped.resolve(WIKINEWS))) {
            Files.write(corpus.resolve(WIKINEWS), lines.limit(WIKINEWS_ARTICLES).toList());
        }
        try (InputStream markup = RealServer.class.getResourceAsStream("corpus/injected-markup.txt")) {
            Files.copy(markup, corpus.resolve("injected-markup.txt"));
        }
        LuceneQuoteIndex index = new LuceneQuoteIndex(dir.resolve("index"), Duration.ZERO);
        new CorpusIndexer(QuoteExtractor.standard(), 2).build(corpus, index, (done, total) -> { });
        Javalin app = WebApp.create(new SearchService(index, Clock.systemUTC()), projectDir.resolve("web")).start("127.0.0.1", 0);
        return new RealServer(index, app);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + app.port();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            index.close();
        }
    }
}
