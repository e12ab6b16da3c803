package dev.whosaid.index;

import dev.whosaid.extraction.QuoteKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A structured search, independent of any engine: what the query module understood plus the filters a
 * caller set. Empty lists and nulls mean "no constraint".
 *
 * @param speakers canonical names; a quotation by any of them matches (a filter, not scored)
 * @param topic    free words; they rank the hits. Required to match when no speaker is named, otherwise
 *                 they only rank the speaker's quotations, so a question with words the speaker never used
 *                 still lists what the speaker said
 * @param phrases  exact phrases the quotation must contain
 * @param role     words the speaker's role must contain, in order ("secretary of state")
 * @param source   words the publisher's name must contain, in order
 * @param year     statement year, or null
 * @param from     first day (inclusive), or null
 * @param to       last day (inclusive), or null
 * @param page     1-based
 * @param size     hits a page, 1..10,000 (the HTTP layer allows 100; export and profiles ask for more)
 * @param described words describing a speaker the index knows by no name or role ("Harry Dunn's mother",
 *                 "the former FEMA official"), or null: the paragraph around a quotation must hold most of
 *                 them, and like a named speaker they make the topic words rank rather than filter
 */
public record SearchRequest(List<String> speakers, String topic, List<String> phrases, String role, String source,
        Integer year, QuoteKind kind, LocalDate from, LocalDate to, SortOrder sort, int page, int size, String described) {

    public static final int MAX_SIZE = 10_000;

    /** A request without a described speaker. */
    public SearchRequest(List<String> speakers, String topic, List<String> phrases, String role, String source,
            Integer year, QuoteKind kind, LocalDate from, LocalDate to, SortOrder sort, int page, int size) {
        this(speakers, topic, phrases, role, source, year, kind, from, to, sort, page, size, null);
    }

    public SearchRequest {
        described = described == null || described.isBlank() ? null : described;
        speakers = List.copyOf(speakers);
        phrases = List.copyOf(phrases);
        Objects.requireNonNull(sort, "sort");
        if (page < 1) {
            throw new IllegalArgumentException("page " + page + " is not 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size + " is outside 1.." + MAX_SIZE);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }

    /** Everything, newest first. */
    public static SearchRequest all(int size) {
        return new SearchRequest(List.of(), null, List.of(), null, null, null, null, null, null, SortOrder.DATE, 1, size);
    }

    /** All quotations of one speaker, newest first. */
    public static SearchRequest bySpeaker(String speaker, int size) {
        return new SearchRequest(List.of(speaker), null, List.of(), null, null, null, null, null, null, SortOrder.DATE, 1, size);
    }

    public SearchRequest withPage(int page, int size) {
        return new SearchRequest(speakers, topic, phrases, role, source, year, kind, from, to, sort, page, size, described);
    }

    /** The same search among other speakers' statements. */
    public SearchRequest withSpeakers(List<String> speakers) {
        return new SearchRequest(speakers, topic, phrases, role, source, year, kind, from, to, sort, page, size, described);
    }
}
