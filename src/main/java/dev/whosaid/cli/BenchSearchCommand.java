package dev.whosaid.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.whosaid.corpus.Article;
import dev.whosaid.corpus.CorpusReader;
import dev.whosaid.extraction.QuoteExtractor;
import dev.whosaid.index.CorpusIndexer;
import dev.whosaid.index.IndexStats;
import dev.whosaid.index.LuceneQuoteIndex;
import dev.whosaid.index.QuoteIndex;
import dev.whosaid.index.SearchStages;
import dev.whosaid.index.SpeakerSummary;
import dev.whosaid.query.Answers;
import dev.whosaid.query.SearchParams;
import dev.whosaid.query.SearchService;
import dev.whosaid.server.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code whosaid bench search}: search latency in-process and over HTTP, on the shipped and a scaled corpus. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search latency (p50, p99) in-process and over HTTP, on the shipped and a scaled corpus.",
            "In-process: one thread. HTTP: --clients concurrent clients against the real server. The scaled corpus",
            "is synthetic, made from the shipped one (paragraphs recombined, quotations spliced from two real ones,",
            "fresh ids and dates). Indexes go to a temporary folder, deleted after (except --scaled-index)."})
final class BenchSearchCommand implements Callable<Integer> {

    /** The load generator's threads' name prefix: their CPU is reported apart from the server's. */
    private static final String CLIENT_THREAD = "bench-client-";

    @Mixin
    Folders.Corpus corpus;

    @Option(names = "--scaled", defaultValue = "1000000", description = "quotations in the scaled corpus; 0 skips it (default: ${DEFAULT-VALUE})")
    long scaled;

    @Option(names = "--scaled-index", paramLabel = "DIR", description = {"keep the scaled index in DIR: built there when DIR "
            + "holds no index, reused as it is when it does (so repeated measurements skip the build)"})
    Path scaledIndex;

    @Option(names = "--shipped", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "measure on the shipped corpus too (--no-shipped: only the scaled one)")
    boolean shipped;

    @Option(names = "--queries", defaultValue = "2000", description = "timed questions per measurement (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup", defaultValue = "30000", description = {"untimed questions before each measurement, so the JIT "
            + "has compiled the search as in a running server (the JIT time printed with each figure is what remained) "
            + "(default: ${DEFAULT-VALUE})"})
    int warmup;

    @Option(names = "--slowest", defaultValue = "0", paramLabel = "N",
            description = "also print the N slowest questions in-process, with their share of the time (default: ${DEFAULT-VALUE})")
    int slowest;

    @Option(names = "--clients", defaultValue = "16", description = "concurrent HTTP clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--client", defaultValue = "plain", description = {"the HTTP clients' implementation: plain (one kept-alive "
            + "blocking connection each, like wrk) or jdk (java.net.http, whose own CPU per request, on the cores the server "
            + "uses, is about that of a small search) (default: ${DEFAULT-VALUE})"})
    String client;

    @Override
    public Integer call() throws Exception {
        if (queries < 10 || clients < 1 || scaled < 0 || warmup < 0 || slowest < 0) {
            throw new IllegalArgumentException("--queries must be 10 or more, --clients 1 or more, --scaled, --warmup and --slowest 0 or more");
        }
        if (!client.equals("plain") && !client.equals("jdk")) {
            throw new IllegalArgumentException("--client must be plain or jdk, not " + client);
        }
        System.out.println(jvm());
        Path work = Files.createTempDirectory("whosaid-bench");
        try {
            Path articles = corpus.get();
            if (shipped) {
                try (LuceneQuoteIndex index = new LuceneQuoteIndex(work.resolve("shipped"))) {
                    CorpusIndexer.Summary s = new CorpusIndexer(QuoteExtractor.standard(), 2).build(articles, index, (d, t) -> {});
                    System.out.printf(Locale.ROOT, "shipped corpus: %d articles, %d quotations (%d distinct), indexed in %.1f s%n",
                            s.articles(), s.quotations(), s.statements(), s.took().toMillis() / 1000.0);
                    measure("shipped", index);
                }
            }
            if (scaled > 0) {
                try (LuceneQuoteIndex index = new LuceneQuoteIndex(scaledIndex == null ? work.resolve("scaled") : scaledIndex)) {
                    if (index.exists()) {
                        IndexStats stats = index.stats();
                        System.out.printf(Locale.ROOT, "%nscaled corpus reused from %s: %d distinct statements (the first reports searches rank), %d speakers%n",
                                scaledIndex, stats.quotations(), stats.speakers());
                    } else {
                        buildScaled(articles, index);
                    }
                    measure("scaled", index);
                }
            }
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    /** The JVM the figures hold for: its collector and heap change the tail latency as much as the code does. */
    private static String jvm() {
        String collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "JVM %s, %d processors, max heap %d MB, collectors: %s, options: %s",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, collectors,
                String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    private void buildScaled(Path shipped, QuoteIndex index) throws Exception {
        List<Article> articles = new ArrayList<>();
        CorpusReader.read(shipped, articles::add, problem -> {});
        ScaledQuotes generator = new ScaledQuotes(articles, QuoteExtractor.standard()::extract);
        long start = System.nanoTime();
        long made = 0;
        int writers = 2;
        try (QuoteIndex.Build build = index.newBuild(); ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<Long>> parts = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                long share = scaled / writers + (w < scaled % writers ? 1 : 0);
                String prefix = "scaled-" + w + "-";
                long seed = 42 + w;
                parts.add(pool.submit(() -> generator.generate(prefix, share, seed, q -> {
                    try {
                        build.add(q);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
            }
            for (Future<Long> part : parts) {
                made += part.get();
            }
            build.commit(made / 10);
        }
        IndexStats stats = index.stats();
        System.out.printf(Locale.ROOT, "%nscaled corpus (SYNTHETIC: %d seed quotations of the shipped articles recombined into new "
                + "articles with spliced quotations, fresh ids and dates): %d quotations (%d distinct), %d speakers, "
                + "indexed in %.1f s (2 generator threads, no extraction)%n",
                generator.seeds(), made, stats.quotations(), stats.speakers(), (System.nanoTime() - start) / 1e9);
    }

    private void measure(String name, QuoteIndex index) throws Exception {
        SearchService service = new SearchService(index, Clock.systemUTC());
        List<Question> questions = questions(index);
        for (int i = 0; i < warmup; i++) {
            service.search(SearchParams.question(questions.get(i % questions.size()).text(), 10));
        }
        long[] inProcess = new long[queries];
        Cpu cpu = Cpu.now();
        long start = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            long t = System.nanoTime();
            service.search(SearchParams.question(questions.get(i % questions.size()).text(), 10));
            inProcess[i] = System.nanoTime() - t;
        }
        report(name + ", in-process, 1 thread", inProcess, System.nanoTime() - start, cpu);
        slowest(questions, inProcess);
        stages(service, questions);

        Javalin app = WebApp.create(service, Path.of("no-web")).start("127.0.0.1", 0);
        try (HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                ExecutorService pool = Executors.newFixedThreadPool(clients, Thread.ofPlatform().name(CLIENT_THREAD, 0).factory())) {
            String base = "/api/search?size=10&q=";
            // The server's threads compile their own HTTP code: warmed up as long, in two rounds of connections. After a
            // single round, the timed run's new connections made the compiler drop and redo the HTTP parser's optimised
            // code (330-840 ms of JIT in a 2,000-question run), which a server in steady state has long finished.
            if (warmup > 0) {
                runHttp(jdk, app.port(), pool, base, questions, warmup / 2);
                runHttp(jdk, app.port(), pool, base, questions, warmup - warmup / 2);
            }
            Cpu before = Cpu.now();
            long begin = System.nanoTime();
            long[] overHttp = runHttp(jdk, app.port(), pool, base, questions, queries);
            report(name + ", HTTP, " + clients + " clients (" + client + ")", overHttp, System.nanoTime() - begin, before);
        } finally {
            app.stop();
        }
    }

    /** The {@code --slowest} questions asked in-process, by their mean latency over their repeats: the tail's makers. */
    private void slowest(List<Question> questions, long[] nanos) {
        if (slowest == 0) {
            return;
        }
        Map<String, long[]> byText = new java.util.HashMap<>();   // text -> {nanos, times asked}
        long all = 0;
        for (int i = 0; i < nanos.length; i++) {
            long[] asked = byText.computeIfAbsent(questions.get(i % questions.size()).text(), t -> new long[2]);
            asked[0] += nanos[i];
            asked[1]++;
            all += nanos[i];
        }
        long total = all;
        System.out.printf(Locale.ROOT, "    slowest questions (mean latency; share of all in-process time):%n");
        byText.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0] / e.getValue()[1]).reversed())
                .limit(slowest)
                .forEach(e -> System.out.printf(Locale.ROOT, "      %7.2f ms  %4.1f%%  %s%n",
                        e.getValue()[0] / 1e6 / e.getValue()[1], 100.0 * e.getValue()[0] / total, e.getKey()));
    }

    /**
     * The CPU time of each stage of a search, on this thread, averaged over the same questions: where the
     * in-process cost goes. The HTTP figures' server threads add the HTTP server's own work to these.
     */
    private void stages(SearchService service, List<Question> questions) throws IOException {
        ObjectWriter json = WebApp.json().writer();
        // Writing answers was not warmed up with the searches: without this its figure was its first compilation's
        // (about ten times the 40 microseconds a compiled write of an answer takes).
        List<Answers.SearchAnswer> answers = new ArrayList<>();
        for (Question q : questions) {
            answers.add(service.search(SearchParams.question(q.text(), 10)));
        }
        for (int i = 0; i < warmup; i++) {
            json.writeValueAsBytes(answers.get(i % answers.size()));
        }
        Map<String, StageCpu> byForm = new TreeMap<>();
        for (int i = 0; i < queries; i++) {
            Question q = questions.get(i % questions.size());
            StageCpu stages = byForm.computeIfAbsent(q.form(), f -> new StageCpu());
            stages.start();
            json.writeValueAsBytes(service.search(SearchParams.question(q.text(), 10), stages));
            stages.done(SearchStages.Stage.JSON);
        }
        StageCpu all = new StageCpu();
        byForm.values().forEach(all::add);
        System.out.println(all.line("CPU/query by stage, all questions"));
        byForm.forEach((form, stages) -> System.out.println(stages.line("  " + form)));
    }

    /** Sums the CPU time of this thread between marks, per stage. */
    private static final class StageCpu implements SearchStages {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final long[] nanos = new long[Stage.values().length];
        private int searches;
        private long last;

        void add(StageCpu other) {
            for (int i = 0; i < nanos.length; i++) {
                nanos[i] += other.nanos[i];
            }
            searches += other.searches;
        }

        /** "label (n): parse 0.123 count ... = 1.234 ms", per search. */
        String line(String label) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "    %-44s", label + " (" + searches + "):"));
            long sum = 0;
            for (Stage stage : Stage.values()) {
                sum += nanos[stage.ordinal()];
                line.append(String.format(Locale.ROOT, " %s %.3f", stage.name().toLowerCase(Locale.ROOT),
                        nanos[stage.ordinal()] / 1e6 / searches));
            }
            return line.append(String.format(Locale.ROOT, "  = %.3f ms", sum / 1e6 / searches)).toString();
        }

        void start() {
            searches++;
            last = threads.getCurrentThreadCpuTime();
        }

        @Override
        public void done(Stage stage) {
            long now = threads.getCurrentThreadCpuTime();
            nanos[stage.ordinal()] += now - last;
            last = now;
        }
    }

    /** One client's connection: GET a path and query, get the status and body. */
    private interface Connection extends AutoCloseable {
        PlainHttpClient.Response get(String target) throws IOException, InterruptedException;

        @Override
        void close() throws IOException;
    }

    private Connection connect(HttpClient jdk, int port) throws IOException {
        if (client.equals("plain")) {
            PlainHttpClient plain = new PlainHttpClient("127.0.0.1", port);
            return new Connection() {
                public PlainHttpClient.Response get(String target) throws IOException {
                    return plain.get(target);
                }

                public void close() throws IOException {
                    plain.close();
                }
            };
        }
        return new Connection() {
            public PlainHttpClient.Response get(String target) throws IOException, InterruptedException {
                HttpResponse<String> r = jdk.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return new PlainHttpClient.Response(r.statusCode(), r.body());
            }

            public void close() {}
        };
    }

    private long[] runHttp(HttpClient jdk, int port, ExecutorService pool, String base, List<Question> questions, int total)
            throws Exception {
        long[] latencies = new long[total];
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            work.add(pool.submit(() -> {
                try (Connection connection = connect(jdk, port)) {
                    for (int i = first; i < total; i += clients) {
                        String target = base + URLEncoder.encode(questions.get(i % questions.size()).text(), StandardCharsets.UTF_8);
                        long t = System.nanoTime();
                        PlainHttpClient.Response r = connection.get(target);
                        latencies[i] = System.nanoTime() - t;
                        if (r.status() != 200) {
                            throw new IllegalStateException("HTTP " + r.status() + " for " + target + ": " + r.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        return latencies;
    }

    /** A benchmark question and the form it takes ("what did X say about Y"). */
    private record Question(String form, String text) {}

    /**
     * Questions of the forms people ask, from the index's own speakers and words: "what did X say about Y",
     * "X on Y", "quotes by X", and topic words alone. Seeded, so every run asks the same ones.
     */
    private static List<Question> questions(QuoteIndex index) {
        Random random = new Random(7);
        List<SpeakerSummary> speakers = index.speakers().stream().limit(200).toList();
        List<String> words = new ArrayList<>();
        index.search(dev.whosaid.index.SearchRequest.all(500)).hits().forEach(h -> {
            for (String w : h.quote().text().split("[^\\p{L}]+")) {
                if (w.length() >= 5) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        });
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String word = words.isEmpty() ? "statement" : words.get(random.nextInt(words.size()));
            String other = words.isEmpty() ? "talks" : words.get(random.nextInt(words.size()));
            String who = speakers.isEmpty() ? null : speakers.get(random.nextInt(speakers.size())).name();
            String surname = who == null ? null : who.substring(who.lastIndexOf(' ') + 1);
            questions.add(switch (who == null ? 3 : i % 4) {
                case 0 -> new Question("what did X say about Y", "what did " + surname + " say about " + word);
                case 1 -> new Question("X on Y Z", surname + " on " + word + " " + other);
                case 2 -> new Question("quotes by X", "quotes by " + who);
                default -> new Question("Y Z", word + " " + other);
            });
        }
        return questions;
    }

    private static void report(String what, long[] nanos, long wallNanos, Cpu before) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        Cpu used = Cpu.now().minus(before);
        System.out.printf(Locale.ROOT, "  %-32s %6d queries  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %7.0f queries/s"
                + "  CPU/query %5.2f ms (server threads %5.2f ms, client threads %5.2f ms)  allocated/query %4.0f KB"
                + "  GC %4.0f ms (%d collections)  JIT %5.0f ms%n", what, sorted.length,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6,
                sorted.length / (wallNanos / 1e9), used.process / 1e6 / sorted.length, used.server / 1e6 / sorted.length,
                used.client / 1e6 / sorted.length, used.serverBytes / 1024.0 / sorted.length,
                used.gcMillis / 1.0, used.gcCount, used.jitMillis / 1.0);
    }

    /**
     * CPU spent so far: by the whole process (queries, HTTP server and client, GC, JIT), by the threads that
     * answer queries (this one and the HTTP server's pool), by the load generator's client threads (in this process,
     * on the same cores), the bytes the query threads allocated (what makes the collector run), and wall time
     * in garbage collection (and how many collections) and in the JIT compiler. Other people's
     * processes on the machine make wall-clock latency noisy; CPU per query is what a change really saves.
     */
    private record Cpu(long process, long server, long client, long serverBytes, long gcMillis, long gcCount, long jitMillis) {

        static Cpu now() {
            com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long server = threads.getCurrentThreadCpuTime();
            long serverBytes = threads.getCurrentThreadAllocatedBytes();
            long client = 0;
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().startsWith(WebApp.THREAD_NAME)) {
                    server += Math.max(0, threads.getThreadCpuTime(t.threadId()));
                    serverBytes += Math.max(0, threads.getThreadAllocatedBytes(t.threadId()));
                } else if (t.getName().startsWith(CLIENT_THREAD)) {
                    client += Math.max(0, threads.getThreadCpuTime(t.threadId()));
                }
            }
            // Collectors that run beside the program (ZGC's cycles) count here too: their pauses are far shorter.
            long gc = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
            long gcCount = ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(b -> Math.max(0, b.getCollectionCount())).sum();
            long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
            // Compilation still running after the warm-up is part of the process's CPU that no query thread shows.
            long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            return new Cpu(process, server, client, serverBytes, gc, gcCount, jit);
        }

        /** Threads that ended in between are missed: the server's pool and the clients keep theirs while busy. */
        Cpu minus(Cpu earlier) {
            return new Cpu(process - earlier.process, server - earlier.server, client - earlier.client,
                    serverBytes - earlier.serverBytes, gcMillis - earlier.gcMillis, gcCount - earlier.gcCount,
                    jitMillis - earlier.jitMillis);
        }
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
