package dev.whosaid.index;

import java.util.Locale;

/** How hits are ordered; every order ends with the id so that ties are broken the same way every time. */
public enum SortOrder {
    /** Score, then newest, then id. */
    RELEVANCE("relevance"),
    /** Newest first, then score, then id. */
    DATE("date"),
    /** Oldest first, then score, then id. */
    DATE_ASC("date-asc");

    private final String label;

    SortOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses "relevance", "date" or "date-asc" (any case); throws naming the value otherwise. */
    public static SortOrder parse(String value) {
        for (SortOrder order : values()) {
            if (order.label.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown sort \"" + value + "\"; expected relevance, date or date-asc");
    }
}
