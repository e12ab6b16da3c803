package dev.whosaid.server;

import java.util.Objects;

/** The one JSON error shape: {@code {"error": "bad_request" | "not_found" | "internal", "message": "..."}}. */
public record ApiError(String error, String message) {

    public ApiError {
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(message, "message");
    }

    /** A request the client can fix: status 400, message names the bad value. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    /** An unknown id or speaker: status 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
