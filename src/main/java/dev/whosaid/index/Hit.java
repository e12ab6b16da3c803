package dev.whosaid.index;

import java.util.List;
import java.util.Objects;

/**
 * One answer: the quotation, where the query's words stand in its text, and the later articles that
 * reported the same statement (earliest first).
 *
 * @param highlight {@code [start, end)} offsets into the quotation's text
 */
public record Hit(IndexedQuote quote, List<int[]> highlight, List<ArticleRef> alsoReportedBy) {

    public Hit {
        Objects.requireNonNull(quote, "quote");
        highlight = List.copyOf(highlight);
        alsoReportedBy = List.copyOf(alsoReportedBy);
    }
}
