package dev.whosaid.index;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Quotation;
import dev.whosaid.extraction.Span;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny hand-written articles and the quotations in them, as an extractor would report them. What each
 * exercises:
 * <ul>
 *   <li>{@link #WAPO}: two speakers in one article (Nauert on the letter, Pompeo on the talks), roles, a
 *       direct and a mixed quotation;
 *   <li>{@link #WIKI}: a later report of Nauert's statement with other punctuation (one statement, two
 *       reports), and Kim Yong Chol on the talks (a name sharing "Kim" with Kim Jong Un);
 *   <li>{@link #OLD}: an older Kim Jong Un quotation, a different year and source, indirect speech.
 * </ul>
 */
public final class Fixtures {

    private Fixtures() {}

    public static final Article WAPO = new Article("wapo-1", "Pompeo did not give Kim a CD", LocalDate.of(2018, 7, 7),
            "The Washington Post", "https://example.com/wapo-1",
            "Nauert told reporters about the trip. \"He didn't leave anything behind other than a letter,\" Nauert said.\n\n"
                    + "The secretary told reporters that progress was made \"on almost all of the central issues\" in the talks.");

    public static final Article WIKI = new Article("wiki-1", "State Department denies CD gift", LocalDate.of(2018, 7, 9),
            "Wikinews", "https://example.org/wiki-1",
            "A spokeswoman said: “He didn’t leave anything behind other than a letter.”\n\n"
                    + "Kim Yong Chol said the talks had been \"regrettable\" and \"gangster-like\".");

    public static final Article OLD = new Article("old-1", "Missile tests", LocalDate.of(2017, 9, 22), "Wikinews",
            "https://example.org/old-1",
            "Kim Jong Un said the missile tests would continue until the country had a nuclear deterrent.");

    public static final String NAUERT_LETTER = "He didn't leave anything behind other than a letter,";
    public static final String POMPEO_TALKS = "on almost all of the central issues";

    /** Every fixture quotation, indexed form, in article order. */
    public static List<IndexedQuote> quotes() {
        List<IndexedQuote> all = new ArrayList<>();
        all.add(quote(WAPO, NAUERT_LETTER, "Heather Nauert", "State Department spokeswoman", QuoteKind.DIRECT, SpeakerKind.PERSON));
        all.add(quote(WAPO, POMPEO_TALKS, "Mike Pompeo", "Secretary of State", QuoteKind.MIXED, SpeakerKind.PERSON));
        all.add(quote(WIKI, "He didn’t leave anything behind other than a letter.", "Heather Nauert",
                "State Department spokeswoman", QuoteKind.DIRECT, SpeakerKind.PERSON));
        all.add(quote(WIKI, "regrettable", "Kim Yong Chol", "North Korean negotiator", QuoteKind.MIXED, SpeakerKind.PERSON));
        all.add(quote(OLD, "the missile tests would continue until the country had a nuclear deterrent", "Kim Jong Un",
                "North Korean leader", QuoteKind.INDIRECT, SpeakerKind.PERSON));
        return all;
    }

    /** The id the index gives the quotation of {@code text} in {@code article}. */
    public static String idOf(Article article, String text) {
        int start = article.text().indexOf(text);
        return IndexedQuote.idOf(article.id(), start, start + text.length());
    }

    static IndexedQuote quote(Article article, String text, String speaker, String role, QuoteKind kind, SpeakerKind speakerKind) {
        int start = article.text().indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("fixture text not in article " + article.id() + ": " + text);
        }
        Quotation q = new Quotation(text, List.of(new Span(start, start + text.length())), speaker, null, role, speakerKind,
                "said", null, kind, article.date(), 0.9);
        return IndexedQuote.of(article, q);
    }

    /** Builds a generation holding {@code quotes}. */
    public static void build(QuoteIndex index, List<IndexedQuote> quotes) throws IOException {
        try (QuoteIndex.Build build = index.newBuild()) {
            for (IndexedQuote q : quotes) {
                build.add(q);
            }
            build.commit(quotes.stream().map(q -> q.article().id()).distinct().count());
        }
    }
}
