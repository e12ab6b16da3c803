package dev.whosaid.extraction;

import dev.whosaid.corpus.Article;
import java.time.LocalDate;
import java.util.List;

/** Test helper: runs the standard extractor over a text and finds quotations in its result. */
final class Extracted {

    private Extracted() {}

    static List<Quotation> from(String text) {
        return from(text, LocalDate.of(2018, 7, 7));
    }

    static List<Quotation> from(String text, LocalDate date) {
        return QuoteExtractor.standard().extract(new Article("t", "", date, "", "", text));
    }

    /** Every candidate the extractor makes, whatever the learned model would say of it: where candidates stand. */
    static List<Quotation> candidates(String text) {
        return new AttributionExtractor(CueLexicon.withGate(c -> true))
                .extract(new Article("t", "", LocalDate.of(2018, 7, 7), "", "", text));
    }

    /** The one quotation whose text contains {@code words}; fails where none or several do. */
    static Quotation containing(List<Quotation> quotes, String words) {
        List<Quotation> hits = quotes.stream().filter(q -> q.text().contains(words)).toList();
        if (hits.size() != 1) {
            throw new AssertionError("expected one quotation containing \"" + words + "\", found " + hits.size() + ": " + quotes);
        }
        return hits.getFirst();
    }

    static boolean anyContaining(List<Quotation> quotes, String words) {
        return quotes.stream().anyMatch(q -> q.text().contains(words));
    }
}
