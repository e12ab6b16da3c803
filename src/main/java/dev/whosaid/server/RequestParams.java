package dev.whosaid.server;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.index.SortOrder;
import dev.whosaid.query.DateParam;
import dev.whosaid.query.SearchParams;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Function;

/** Typed query parameters at the HTTP boundary: every bad value is a {@link ApiError.BadRequest} naming it. */
final class RequestParams {

    static final int MAX_SIZE = 100;
    static final int MAX_TEXT = 1000;

    private RequestParams() {}

    static SearchParams search(Context ctx) {
        return new SearchParams(text(ctx, "q"), ctx.queryParams("speaker").stream().filter(s -> !s.isBlank()).toList(),
                text(ctx, "role"), text(ctx, "source"), typed(ctx, "year", DateParam::year), typed(ctx, "kind", QuoteKind::parse),
                typed(ctx, "from", v -> DateParam.start(v, "from")), typed(ctx, "to", v -> DateParam.end(v, "to")),
                typed(ctx, "sort", SortOrder::parse), integer(ctx, "page", 1, 1, 1_000_000),
                integer(ctx, "size", 10, 1, MAX_SIZE));
    }

    /** A text parameter: null when absent or blank; refused when longer than anyone types. */
    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ApiError.BadRequest(name + " is " + value.length() + " characters long; at most " + MAX_TEXT + " are accepted");
        }
        return value;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        throw new ApiError.BadRequest(name + " \"" + shorten(value) + "\" is not a whole number from " + min + " to " + max);
    }

    static <T> T typed(Context ctx, String name, Function<String, T> parse) {
        String value = text(ctx, name);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest(e.getMessage());
        }
    }

    static String oneOf(Context ctx, String name, String fallback, List<String> allowed) {
        String value = text(ctx, name);
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw new ApiError.BadRequest(name + " \"" + shorten(value) + "\" is not one of " + String.join(", ", allowed));
        }
        return value;
    }

    static String shorten(String value) {
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
