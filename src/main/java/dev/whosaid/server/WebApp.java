package dev.whosaid.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.whosaid.query.QuoteView;
import dev.whosaid.query.SearchService;
import io.javalin.Javalin;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app factory: the JSON API of API.md and the page in {@code web/}, over a {@link SearchService}.
 * Returns an unstarted server; the caller picks the port and starts it.
 */
public final class WebApp {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    /** The HTTP worker threads' name prefix (benchmarks count their CPU time). */
    public static final String THREAD_NAME = "whosaid-http";
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);
    private static final int SUGGESTIONS = 10;
    /** Requests in progress at once (most of them waiting for their search's turn) before Jetty queues more. */
    private static final int MAX_THREADS = 64;
    /** Request attribute set when a handler answered 404 itself, so the unknown-path handler leaves the body alone. */
    private static final String ANSWERED_404 = "whosaid.answered404";
    private static final String PLACEHOLDER = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>WhoSaid</title></head>
            <body><h1>WhoSaid</h1><p>The page is not installed (no web/index.html). The API answers at
            <a href="/api/search?q=what+did+Nauert+say+about+the+letter">/api/search?q=…</a>.</p></body></html>
            """;

    private WebApp() {}

    /** The JSON mapper of the API: records as objects, dates as ISO strings. */
    public static ObjectMapper json() {
        return beanJson().registerModule(HitJson.module());
    }

    /** The same JSON, every record written by Jackson's bean serializer (what {@link HitJson} must equal). */
    static ObjectMapper beanJson() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public static Javalin create(SearchService service, Path web) {
        return create(service, web, Admission.perCore());
    }

    static Javalin create(SearchService service, Path web, Admission admission) {
        ObjectMapper mapper = json();
        Api api = new Api(service, new JsonAnswer(mapper.writer()));
        boolean hasPage = Files.isRegularFile(web.resolve("index.html"));
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = threadPool();
            // A pasted paragraph as a question must reach the API and get its 400 in JSON, not Jetty's
            // bare 414 at the default 8 KiB of request line and headers.
            config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
            if (hasPage) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = web.toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                });
            }
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
            });
            config.routes.get("/", ctx -> page(ctx, web));
            // What searches the index waits its turn; the page, files and health answer at once.
            config.routes.get("/api/search", admission.gate(api::search));
            config.routes.get("/api/quotes/{id}", admission.gate(api::quote));
            config.routes.get("/api/speakers", admission.gate(api::speakers));
            config.routes.get("/api/speakers/{name}", admission.gate(api::speaker));
            config.routes.get("/api/suggest", admission.gate(api::suggest));
            config.routes.get("/api/export", admission.gate(api::export));
            config.routes.get("/api/health", api::health);
            config.routes.exception(ApiError.BadRequest.class, (e, ctx) -> api.error(ctx, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> api.error(ctx, HttpStatus.BAD_REQUEST, "bad_request", e.getMessage()));
            config.routes.exception(ApiError.NotFound.class, (e, ctx) -> {
                ctx.attribute(ANSWERED_404, true);
                api.error(ctx, HttpStatus.NOT_FOUND, "not_found", e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unexpected failure on {}", ctx.path(), e);
                api.error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal", "the server failed: " + e.getClass().getSimpleName());
            });
            config.routes.error(404, ctx -> {
                // Unmatched API paths get the JSON error shape; a 404 a handler already answered
                // (an unknown id or speaker) keeps its own message.
                if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED_404) == null) {
                    api.json.send(ctx, new ApiError("not_found", "no such API path: " + RequestParams.shorten(ctx.path())));
                }
            });
        });
    }

    /**
     * Searches run at most one per core ({@link Admission}); a thread waiting for its turn costs only memory,
     * so the pool is large enough that the page and static files always find a thread while searches queue.
     * Jetty takes an acceptor and selector threads from the same pool.
     */
    private static QueuedThreadPool threadPool() {
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 4);
        pool.setName(THREAD_NAME);
        return pool;
    }

    private static void page(Context ctx, Path web) throws IOException {
        Path index = web.resolve("index.html");
        ctx.contentType(ContentType.TEXT_HTML).result(Files.isRegularFile(index) ? Files.readString(index) : PLACEHOLDER);
    }

    /**
     * Answers with a record as JSON, written straight to UTF-8 bytes by one shared writer: Javalin's
     * {@code ctx.json} makes a String first and encodes it again.
     */
    private record JsonAnswer(ObjectWriter writer) {

        void send(Context ctx, Object answer) {
            try {
                ctx.contentType(ContentType.APPLICATION_JSON).result(writer.writeValueAsBytes(answer));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the answer as JSON: " + answer.getClass().getSimpleName(), e);
            }
        }
    }

    /** The API handlers: parse, call the service, answer with a record. */
    private record Api(SearchService service, JsonAnswer json) {

        void error(Context ctx, HttpStatus status, String error, String message) {
            json.send(ctx.status(status), new ApiError(error, message == null ? status.getMessage() : message));
        }

        void search(Context ctx) {
            json.send(ctx, service.search(RequestParams.search(ctx)));
        }

        void quote(Context ctx) {
            String id = ctx.pathParam("id");
            json.send(ctx, service.quote(id).orElseThrow(() -> new ApiError.NotFound("no quotation with id \"" + RequestParams.shorten(id) + "\"")));
        }

        void speakers(Context ctx) {
            json.send(ctx, service.speakers(RequestParams.text(ctx, "prefix"), RequestParams.integer(ctx, "limit", 50, 1, 1000)));
        }

        void speaker(Context ctx) {
            String name = ctx.pathParam("name");
            json.send(ctx, service.speaker(name).orElseThrow(() -> new ApiError.NotFound("no speaker named \"" + RequestParams.shorten(name) + "\"")));
        }

        void suggest(Context ctx) {
            json.send(ctx, service.suggest(RequestParams.text(ctx, "prefix"), RequestParams.integer(ctx, "limit", SUGGESTIONS, 1, 100)));
        }

        void health(Context ctx) {
            json.send(ctx, service.health());
        }

        void export(Context ctx) throws IOException {
            String format = RequestParams.oneOf(ctx, "format", "json", List.of("csv", "json"));
            List<QuoteView> quotes = service.export(RequestParams.search(ctx));
            ctx.header("Content-Disposition", "attachment; filename=\"whosaid-export." + format + "\"");
            if (format.equals("csv")) {
                ctx.contentType("text/csv; charset=utf-8").result(Csv.of(quotes));
            } else {
                json.send(ctx, quotes);
            }
        }
    }
}
