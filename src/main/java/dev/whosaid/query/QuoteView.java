package dev.whosaid.query;

import dev.whosaid.index.ArticleRef;
import dev.whosaid.index.Hit;
import dev.whosaid.index.IndexedQuote;
import java.time.LocalDate;
import java.util.List;

/** A hit as the API and the CLI show it (the API's "Hit"). */
public record QuoteView(String id, String text, List<int[]> highlight, String speaker, String speakerKind, String role,
        LocalDate date, String kind, String cue, double confidence, String context, int start, int end,
        ArticleRef article, List<ArticleRef> alsoReportedBy) {

    public static QuoteView of(Hit hit) {
        IndexedQuote q = hit.quote();
        return new QuoteView(q.id(), q.text(), hit.highlight(), q.speaker(),
                q.speakerKind() == null ? null : q.speakerKind().label(), q.role(), q.date(), q.kind().label(), q.cue(),
                q.confidence(), q.context(), q.start(), q.end(), q.article(), hit.alsoReportedBy());
    }
}
