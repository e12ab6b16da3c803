package dev.whosaid.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a question was understood: the {@code query} object of the API.
 *
 * @param q           the question as asked
 * @param speakers    canonical speakers searched (any of them)
 * @param topic       free words that rank the hits, or null
 * @param phrases     exact phrases the quotation must contain
 * @param role        words the speaker's role must contain, or null
 * @param source      words the publisher's name must contain, or null
 * @param kind        direct, indirect or mixed, or null
 * @param from        first day, or null
 * @param to          last day, or null
 * @param sort        relevance, date or date-asc
 * @param ambiguous   names that fit several speakers (all of them are searched)
 * @param explanation the understanding in one sentence
 */
public record Understanding(String q, List<String> speakers, String topic, List<String> phrases, String role,
        String source, String kind, LocalDate from, LocalDate to, String sort, List<Ambiguity> ambiguous,
        String explanation) {

    public Understanding {
        q = q == null ? "" : q;
        speakers = List.copyOf(speakers);
        phrases = List.copyOf(phrases);
        ambiguous = List.copyOf(ambiguous);
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(explanation, "explanation");
    }
}
