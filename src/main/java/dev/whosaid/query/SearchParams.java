package dev.whosaid.query;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.index.SortOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * A search as a caller asks it: the question plus explicit filters (the API's parameters, the CLI's
 * options). Already typed and validated; nulls mean "not given".
 *
 * @param sort null lets the question decide: relevance when it has words, else newest first
 */
public record SearchParams(String q, List<String> speakers, String role, String source, Integer year, QuoteKind kind,
        LocalDate from, LocalDate to, SortOrder sort, int page, int size) {

    public SearchParams {
        q = q == null ? "" : q;
        speakers = List.copyOf(speakers);
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " is not 1 or more");
        }
        if (size < 1) {
            throw new IllegalArgumentException("size " + size + " is not 1 or more");
        }
    }

    /** Just a question, first page of {@code size}. */
    public static SearchParams question(String q, int size) {
        return new SearchParams(q, List.of(), null, null, null, null, null, null, null, 1, size);
    }
}
