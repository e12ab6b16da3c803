package dev.whosaid.cli;

import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.LuceneQuoteIndex;
import dev.whosaid.query.SearchService;
import dev.whosaid.server.WebApp;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whosaid serve}: index when needed, then serve the page and the API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the search page and the JSON API (default http://localhost:7070).",
            "Builds the index first when it is missing, older than the newest corpus file, or made",
            "by an older build of WhoSaid; a later 'whosaid index' is picked up without a restart.",
            "Exit codes: 1 the server could not start or the first index could not be built; 2 bad usage."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", description = "port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Mixin
    Folders.Index index;

    @Mixin
    Folders.Corpus corpus;

    @Option(names = "--web", paramLabel = "DIR", description = "the page's folder (default: web/ beside the launcher)")
    Path web;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not 0..65535");
        }
        Path corpusDir = corpus.get();
        LuceneQuoteIndex quotes = new LuceneQuoteIndex(index.get());
        if (needsBuild(quotes, corpusDir) || builtBeforeThisProgram(quotes)) {
            Indexing.run(corpusDir, quotes, System.out, System.err);
        }
        Javalin app = WebApp.create(new SearchService(quotes, Clock.systemDefaultZone()), web == null ? Home.web() : web);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            quotes.close();
            stopped.countDown();
        }));
        app.start(port);
        System.out.println("WhoSaid serves http://localhost:" + app.port() + "/  (Ctrl-C stops)");
        stopped.await();
        return 0;
    }

    /** Whether the index is missing or older than the newest corpus file. */
    /**
     * An index made by an older build of WhoSaid holds an older extractor's quotations: rebuild it too.
     * Only a packaged jar has a build time; run from classes (tests, an IDE) this never asks for a rebuild.
     */
    static boolean builtBeforeThisProgram(LuceneQuoteIndex quotes) throws java.io.IOException {
        java.security.CodeSource source = ServeCommand.class.getProtectionDomain().getCodeSource();
        if (source == null || !quotes.exists()) {
            return false;
        }
        try {
            Path code = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(code) && Files.getLastModifiedTime(code).toInstant().isAfter(quotes.stats().builtAt());
        } catch (java.net.URISyntaxException e) {
            return false; // not a file: nothing to compare with
        }
    }

    static boolean needsBuild(LuceneQuoteIndex quotes, Path corpus) {
        if (!quotes.exists()) {
            return true;
        }
        return Files.exists(corpus) && CorpusIndexer.newestChange(corpus).isAfter(quotes.stats().builtAt());
    }
}
