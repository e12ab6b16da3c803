package dev.whosaid.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A stand-in for the WhoSaid server while the real one is being built: serves {@code web/} with the real
 * server's Content-Security-Policy and answers the API (API.md) from a handful of canned hits, filtering
 * by speaker/source/year and matching question words naively. Only the page's tests use it.
 */
final class StandInServer implements AutoCloseable {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final List<String> STOP_WORDS = List.of("what", "did", "say", "said", "about", "the", "on", "who", "a", "of");

    private final HttpServer server;
    private final Path webRoot;
    private final List<JsonNode> hits;

    StandInServer(Path webRoot) throws IOException {
        this.webRoot = webRoot.toAbsolutePath().normalize();
        try (InputStream in = StandInServer.class.getResourceAsStream("standin-hits.json")) {
            this.hits = new ArrayList<>();
            JSON.readTree(in).forEach(hits::add);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, List<String>> params = params(uri.getRawQuery());
            if (path.startsWith("/api/")) {
                api(exchange, URLDecoder.decode(path, StandardCharsets.UTF_8), params);
            } else {
                file(exchange, path.equals("/") ? "/index.html" : path);
            }
        }
    }

    private void file(HttpExchange exchange, String path) throws IOException {
        Path file = webRoot.resolve(path.substring(1)).normalize();
        if (!file.startsWith(webRoot) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private void api(HttpExchange exchange, String path, Map<String, List<String>> params) throws IOException {
        JsonNode body;
        int status = 200;
        try {
            if (path.equals("/api/search")) {
                body = search(params);
            } else if (path.startsWith("/api/quotes/")) {
                body = quote(path.substring("/api/quotes/".length()));
            } else if (path.startsWith("/api/speakers/")) {
                body = speaker(path.substring("/api/speakers/".length()));
            } else {
                throw new NotFound("no such API path: " + path);
            }
        } catch (IllegalArgumentException e) {
            status = 400;
            body = error("bad_request", e.getMessage());
        } catch (NotFound e) {
            status = 404;
            body = error("not_found", e.getMessage());
        }
        send(exchange, status, "application/json", JSON.writeValueAsBytes(body));
    }

    private JsonNode search(Map<String, List<String>> params) {
        String q = first(params, "q").toLowerCase(Locale.ROOT);
        List<String> speakers = new ArrayList<>(params.getOrDefault("speaker", List.of()));
        for (String from : List.of("from", "to")) {
            if (!first(params, from).isEmpty() && !DATE.matcher(first(params, from)).matches()) {
                throw new IllegalArgumentException(from + " must be YYYY-MM-DD, YYYY-MM or YYYY, not '" + first(params, from) + "'");
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : q.split("\\W+")) {
            String known = hits.stream().map(h -> h.path("speaker").asText())
                    .filter(name -> !word.isEmpty() && name.toLowerCase(Locale.ROOT).endsWith(" " + word)).findFirst().orElse(null);
            if (known != null) {
                if (!speakers.contains(known)) {
                    speakers.add(known);
                }
            } else if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
                words.add(word);
            }
        }
        List<ObjectNode> matches = new ArrayList<>();
        for (JsonNode hit : hits) {
            String text = hit.path("text").asText().toLowerCase(Locale.ROOT);
            boolean ok = (speakers.isEmpty() || speakers.contains(hit.path("speaker").asText()))
                    && matchesFilter(params, "source", hit.path("article").path("source").asText())
                    && matchesFilter(params, "role", hit.path("role").asText())
                    && matchesFilter(params, "year", hit.path("date").asText().substring(0, 4))
                    && (first(params, "from").isEmpty() || hit.path("date").asText().compareTo(first(params, "from")) >= 0)
                    && (words.isEmpty() || words.stream().anyMatch(text::contains));
            if (ok) {
                ObjectNode copy = hit.deepCopy();
                ArrayNode highlight = copy.putArray("highlight");
                for (String word : words) {
                    int at = text.indexOf(word);
                    if (at >= 0) {
                        highlight.addArray().add(at).add(at + word.length());
                    }
                }
                matches.add(copy);
            }
        }
        if (first(params, "sort").startsWith("date")) {
            matches.sort(Comparator.comparing((ObjectNode h) -> h.path("date").asText()).reversed());
        }
        ObjectNode body = JSON.createObjectNode();
        ObjectNode query = body.putObject("query");
        query.put("q", first(params, "q"));
        speakers.forEach(query.putArray("speakers")::add);
        query.put("topic", String.join(" ", words).isEmpty() ? null : String.join(" ", words));
        query.putArray("phrases");
        query.putNull("role").putNull("source").putNull("kind");
        query.put("from", first(params, "from").isEmpty() ? null : first(params, "from"));
        query.put("to", first(params, "to").isEmpty() ? null : first(params, "to"));
        query.put("sort", first(params, "sort").isEmpty() ? "relevance" : first(params, "sort"));
        query.putArray("ambiguous");
        query.put("explanation", "quotations" + (speakers.isEmpty() ? "" : " by " + String.join(" or ", speakers))
                + (words.isEmpty() ? "" : " about \"" + String.join(" ", words) + "\""));
        body.put("total", matches.size()).put("page", 1).put("size", 10);
        matches.forEach(body.putArray("hits")::add);
        ObjectNode facets = body.putObject("facets");
        facet(facets.putArray("speaker"), matches, h -> h.path("speaker").asText());
        facet(facets.putArray("role"), matches, h -> h.path("role").asText());
        facet(facets.putArray("source"), matches, h -> h.path("article").path("source").asText());
        facet(facets.putArray("year"), matches, h -> h.path("date").asText().substring(0, 4));
        return body;
    }

    private static boolean matchesFilter(Map<String, List<String>> params, String name, String value) {
        return first(params, name).isEmpty() || first(params, name).equals(value);
    }

    private static void facet(ArrayNode into, List<ObjectNode> matches, Function<JsonNode, String> value) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        matches.forEach(h -> counts.merge(value.apply(h), 1, Integer::sum));
        counts.forEach((v, c) -> into.addObject().put("value", v).put("count", c));
    }

    private JsonNode quote(String id) {
        JsonNode hit = hits.stream().filter(h -> h.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no quotation with id '" + id + "'"));
        ObjectNode body = JSON.createObjectNode();
        body.set("quote", hit);
        body.put("paragraph", hit.path("context").asText());
        ArrayNode same = body.putArray("sameSpeaker");
        hits.stream().filter(h -> h != hit && h.path("speaker").equals(hit.path("speaker"))
                && h.path("article").path("id").equals(hit.path("article").path("id"))).forEach(same::add);
        body.set("alsoReportedBy", hit.path("alsoReportedBy"));
        return body;
    }

    private JsonNode speaker(String name) {
        List<JsonNode> theirs = hits.stream().filter(h -> h.path("speaker").asText().equals(name))
                .sorted(Comparator.comparing((JsonNode h) -> h.path("date").asText()).reversed()).toList();
        if (theirs.isEmpty()) {
            throw new NotFound("no speaker named '" + name + "'");
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name).put("kind", theirs.getFirst().path("speakerKind").asText()).put("count", theirs.size());
        List<ObjectNode> asObjects = theirs.stream().map(h -> (ObjectNode) h).toList();
        facet(body.putArray("roles"), asObjects, h -> h.path("role").asText());
        facet(body.putArray("topics"), asObjects, h -> h.path("text").asText().contains("letter") ? "letter" : "talks");
        Map<String, Integer> months = new java.util.TreeMap<>();
        theirs.forEach(h -> months.merge(h.path("date").asText().substring(0, 7), 1, Integer::sum));
        ArrayNode timeline = body.putArray("timeline");
        months.forEach((period, count) -> timeline.addObject().put("period", period).put("count", count));
        theirs.forEach(body.putArray("quotes")::add);
        return body;
    }

    private static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("error", code).put("message", message);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static Map<String, List<String>> params(String rawQuery) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return params;
    }

    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
