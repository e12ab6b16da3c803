package dev.whosaid.server;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.whosaid.index.Fixtures;
import dev.whosaid.index.LuceneQuoteIndex;
import dev.whosaid.query.SearchService;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API on a real server (port 0) over a real index built from {@link Fixtures}, called with the JDK's HttpClient. */
class WebAppTest {

    @TempDir
    static Path dir;
    static LuceneQuoteIndex index;
    static Javalin app;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NAUERT = Fixtures.idOf(Fixtures.WAPO, Fixtures.NAUERT_LETTER);

    @BeforeAll
    static void start() throws IOException {
        index = new LuceneQuoteIndex(dir.resolve("index"), Duration.ZERO);
        Fixtures.build(index, Fixtures.quotes());
        Path web = Files.createDirectories(dir.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<!doctype html><title>page</title><script src=\"app.js\"></script>");
        Files.writeString(web.resolve("app.js"), "console.log('page');");
        Clock today = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);
        app = WebApp.create(new SearchService(index, today), web).start(0);
    }

    @AfterAll
    static void stop() {
        app.stop();
        index.close();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode okJson(String pathAndQuery) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return JSON.readTree(r.body());
    }

    static void badRequest(String pathAndQuery, String named) throws Exception {
        HttpResponse<String> r = get(pathAndQuery);
        assertEquals(400, r.statusCode(), pathAndQuery + " -> " + r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("bad_request", body.get("error").asText());
        assertTrue(body.get("message").asText().contains(named), body.get("message").asText());
    }

    @Test
    void aQuestionIsAnsweredWithTheUnderstandingHitsAndFacets() throws Exception {
        JsonNode body = okJson("/api/search?q=" + enc("what did Nauert say about the letter"));
        assertEquals("Heather Nauert", body.at("/query/speakers/0").asText());
        assertEquals("the letter", body.at("/query/topic").asText());
        assertEquals("relevance", body.at("/query/sort").asText());
        assertTrue(body.at("/query/explanation").asText().contains("Heather Nauert"));
        assertEquals(1, body.get("total").asInt());
        JsonNode hit = body.at("/hits/0");
        assertEquals(NAUERT, hit.get("id").asText());
        assertEquals("State Department spokeswoman", hit.get("role").asText());
        assertEquals("2018-07-07", hit.get("date").asText());
        assertEquals("direct", hit.get("kind").asText());
        assertEquals("person", hit.get("speakerKind").asText());
        assertEquals("[[45,51]]", hit.get("highlight").toString());
        assertEquals("wiki-1", hit.at("/alsoReportedBy/0/id").asText());
        assertEquals("2018-07-09", hit.at("/alsoReportedBy/0/date").asText());
        assertEquals("Heather Nauert", body.at("/facets/speaker/0/value").asText());
        assertEquals(1, body.at("/facets/speaker/0/count").asInt());
    }

    @Test
    void anAmbiguousNameIsReported() throws Exception {
        JsonNode body = okJson("/api/search?q=" + enc("what did Kim say about the talks"));
        assertEquals("kim", body.at("/query/ambiguous/0/mention").asText());
        assertEquals(2, body.at("/query/ambiguous/0/candidates").size());
        // Both Kims are searched: the one who spoke about the talks first.
        assertEquals(2, body.get("total").asInt());
        assertEquals("Kim Yong Chol", body.at("/hits/0/speaker").asText());
        assertEquals("Kim Jong Un", body.at("/hits/1/speaker").asText());
    }

    @Test
    void filtersPagesAndSortWork() throws Exception {
        JsonNode all = okJson("/api/search?sort=date-asc&size=2&page=2");
        assertEquals(4, all.get("total").asInt());
        assertEquals(2, all.get("hits").size());
        assertEquals("2018-07-09", all.at("/hits/1/date").asText());
        assertEquals(1, okJson("/api/search?speaker=" + enc("Mike Pompeo")).get("total").asInt());
        assertEquals(1, okJson("/api/search?kind=indirect").get("total").asInt());
        assertEquals(3, okJson("/api/search?from=2018-07").get("total").asInt());
        assertEquals(1, okJson("/api/search?year=2017").get("total").asInt());
        assertEquals(2, okJson("/api/search?source=Wikinews").get("total").asInt());
    }

    @Test
    void badParametersAreA400NamingTheValue() throws Exception {
        badRequest("/api/search?page=0", "page \"0\"");
        badRequest("/api/search?page=x", "page \"x\"");
        badRequest("/api/search?size=101", "size \"101\"");
        badRequest("/api/search?from=2018-13-01", "2018-13-01");
        badRequest("/api/search?to=yesterday", "yesterday");
        badRequest("/api/search?from=2019&to=2018", "after");
        badRequest("/api/search?kind=shouted", "shouted");
        badRequest("/api/search?sort=best", "best");
        badRequest("/api/search?year=18", "18");
        badRequest("/api/search?q=" + enc("kind:loud letter"), "loud");
        badRequest("/api/export?format=xml", "xml");
        badRequest("/api/search?q=" + "x".repeat(1001), "1001");
        badRequest("/api/search?q=" + "x".repeat(20_000), "20000");
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; manyWords.length() < 990; i++) {
            manyWords.append(Integer.toString(i, 36)).append(' ');
        }
        badRequest("/api/search?q=" + enc(manyWords.toString()), "different words");
    }

    @Test
    void nastyQuestionsGetAnAnswerNeverA500() throws Exception {
        for (String q : List.of("\"", "(", ")", "speaker:", "role:", "*", "?", "\\", "a AND (b OR", "~1^2", "/.*/",
                "speaker:\"", "from:", "\u0000", "💥", "letter ".repeat(140), "the the the")) {
            HttpResponse<String> r = get("/api/search?q=" + enc(q));
            assertEquals(200, r.statusCode(), q + " -> " + r.body());
        }
    }

    @Test
    void unknownIdsSpeakersAndPathsAreA404Json() throws Exception {
        for (String path : List.of("/api/quotes/nope", "/api/speakers/" + enc("Nobody At All"), "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertEquals("not_found", JSON.readTree(r.body()).get("error").asText(), path);
        }
        assertEquals("no quotation with id \"nope\"", JSON.readTree(get("/api/quotes/nope").body()).get("message").asText());
        assertEquals("no speaker named \"Nobody At All\"",
                JSON.readTree(get("/api/speakers/Nobody%20At%20All").body()).get("message").asText());
        assertEquals("no such API path: /api/nothing", JSON.readTree(get("/api/nothing").body()).get("message").asText());
    }

    @Test
    void aQuotationComesWithItsParagraphAndOtherReports() throws Exception {
        JsonNode body = okJson("/api/quotes/" + NAUERT);
        assertEquals(NAUERT, body.at("/quote/id").asText());
        assertTrue(body.get("paragraph").asText().startsWith("Nauert told reporters"));
        assertEquals(0, body.get("sameSpeaker").size());
        assertEquals("wiki-1", body.at("/alsoReportedBy/0/id").asText());
    }

    @Test
    void speakersSuggestionsAndProfiles() throws Exception {
        JsonNode kims = okJson("/api/speakers?prefix=ki");
        assertEquals(2, kims.get("speakers").size());
        assertEquals("Heather Nauert", okJson("/api/suggest?prefix=NAU").at("/suggestions/0/name").asText());
        assertEquals(0, okJson("/api/suggest?prefix=zz").get("suggestions").size());
        JsonNode nauert = okJson("/api/speakers/" + enc("Heather Nauert"));
        assertEquals(1, nauert.get("count").asInt());
        assertEquals("[{\"period\":\"2018-07\",\"count\":1}]", nauert.get("timeline").toString());
        assertEquals("State Department spokeswoman", nauert.at("/roles/0/value").asText());
        assertEquals(NAUERT, nauert.at("/quotes/0/id").asText());
    }

    @Test
    void exportAndHealth() throws Exception {
        HttpResponse<String> csv = get("/api/export?format=csv&q=letter");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        List<String> lines = csv.body().lines().toList();
        assertEquals("id,speaker,role,date,kind,text,source,title,url", lines.getFirst());
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).startsWith(NAUERT + ",Heather Nauert,State Department spokeswoman,2018-07-07,direct,"));
        assertEquals(4, okJson("/api/export?format=json").size());
        JsonNode health = okJson("/api/health");
        assertEquals("ok", health.get("status").asText());
        assertEquals(4, health.get("quotations").asInt());
        assertEquals(3, health.get("articles").asInt());
    }

    @Test
    void thePageAndItsFilesComeFromWebWithSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/health", "/api/search?page=0", "/api/nothing")) {
            HttpResponse<String> r = get(path);
            assertEquals(WebApp.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(null), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
        }
        HttpResponse<String> page = get("/");
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<title>page</title>"));
        assertEquals("console.log('page');", get("/app.js").body());
        HttpResponse<String> outside = get("/..%2Findex%2FCURRENT");
        assertNotEquals(200, outside.statusCode());
        assertFalse(outside.body().contains("gen-"));
    }

    @Test
    void thePageAnswersWhileSearchesWaitForTheirTurn() throws Exception {
        Admission admission = new Admission(1);
        Javalin gated = WebApp.create(new SearchService(index, Clock.systemUTC()), dir.resolve("web"), admission).start(0);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            // Another search holds the only turn.
            Future<?> busy = pool.submit(() -> {
                admission.run(() -> {
                    holding.countDown();
                    release.await();
                });
                return null;
            });
            holding.await();
            URI base = URI.create("http://localhost:" + gated.port());
            Future<HttpResponse<String>> search = pool.submit(() -> HTTP.send(
                    HttpRequest.newBuilder(base.resolve("/api/search?q=" + enc("what did Nauert say about the letter"))).build(),
                    HttpResponse.BodyHandlers.ofString()));
            while (admission.waiting() < 1) {
                Thread.sleep(1);
            }
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(base.resolve("/")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>page</title>"));
            assertFalse(search.isDone(), "the search ran without its turn");
            release.countDown();
            busy.get(10, TimeUnit.SECONDS);
            HttpResponse<String> answered = search.get(10, TimeUnit.SECONDS);
            assertEquals(200, answered.statusCode(), answered.body());
            assertEquals(NAUERT, JSON.readTree(answered.body()).get("hits").get(0).get("id").asText());
        } finally {
            gated.stop();
        }
    }

    @Test
    void withoutAPageAPlaceholderIsServed() throws Exception {
        Javalin bare = WebApp.create(new SearchService(index, Clock.systemUTC()), dir.resolve("no-web")).start(0);
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + bare.port() + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("/api/search"));
        } finally {
            bare.stop();
        }
    }
}
