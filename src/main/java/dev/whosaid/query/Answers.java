package dev.whosaid.query;

import dev.whosaid.index.ArticleRef;
import dev.whosaid.index.FacetCount;
import dev.whosaid.index.Facets;
import java.time.Instant;
import java.util.List;

/** The answers of {@link SearchService}: records shaped as API.md shows them. */
public final class Answers {

    private Answers() {}

    /** {@code GET /api/search}; {@code totalExact} false: the total and the facet counts are estimates. */
    public record SearchAnswer(Understanding query, long total, boolean totalExact, int page, int size, List<QuoteView> hits,
            Facets facets) {}

    /** {@code GET /api/quotes/{id}}. */
    public record QuoteDetail(QuoteView quote, String paragraph, List<QuoteView> sameSpeaker, List<ArticleRef> alsoReportedBy) {}

    /** One speaker in {@code GET /api/speakers}. */
    public record SpeakerEntry(String name, String kind, List<String> roles, int count) {}

    public record SpeakerList(List<SpeakerEntry> speakers) {}

    /** {@code GET /api/speakers/{name}}. */
    public record SpeakerProfile(String name, String kind, long count, List<FacetCount> roles, List<FacetCount> topics,
            List<Period> timeline, List<QuoteView> quotes) {}

    /** Statements in one month, "2018-07". */
    public record Period(String period, int count) {}

    public record Suggestion(String name, String kind, int count) {}

    public record Suggestions(List<Suggestion> suggestions) {}

    /** {@code GET /api/health}. */
    public record Health(String status, long quotations, long articles, long speakers, Instant builtAt) {}
}
