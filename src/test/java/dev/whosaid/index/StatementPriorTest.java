package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement prior over a real index: one speaker, one article, a two-word paraphrase naming the topic and
 * the speaker's full statement, which names it once in a longer text. BM25 alone puts the fragment first.
 */
class StatementPriorTest {

    static final Article ARTICLE = new Article("prince-1", "Crown prince on the murder", LocalDate.of(2019, 9, 26), "Wikinews",
            "https://example.org/prince-1",
            "The crown prince spoke of Khashoggi's killing in an interview. \"The murder of Khashoggi happened under my"
                    + " watch. I get all the responsibility, because it happened under my watch,\" he said.");
    static final String FRAGMENT = "Khashoggi's killing";
    static final String STATEMENT = "The murder of Khashoggi happened under my watch. I get all the responsibility, because it"
            + " happened under my watch,";

    @TempDir
    Path dir;

    @Test
    void theSpeakersOwnFullStatementOutranksAParaphrasedFragmentOfTheTopic() throws IOException {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, List.of(
                    Fixtures.quote(ARTICLE, FRAGMENT, "Mohammad bin Salman", "Crown Prince", QuoteKind.INDIRECT, SpeakerKind.PERSON),
                    Fixtures.quote(ARTICLE, STATEMENT, "Mohammad bin Salman", "Crown Prince", QuoteKind.DIRECT, SpeakerKind.PERSON)));
            SearchPage page = index.search(new SearchRequest(List.of("Mohammad bin Salman"), "Khashoggi", List.of(), null, null,
                    null, null, null, null, SortOrder.RELEVANCE, 1, 10));
            assertEquals(List.of(STATEMENT, FRAGMENT), page.hits().stream().map(h -> h.quote().text()).toList());
        }
    }

    @Test
    void aDirectQuotationCountsFullyHoweverShortAndAParaphraseByItsShareOfAFullLength() {
        assertEquals(1.0, StatementPrior.of(QuoteKind.DIRECT, 3));
        assertEquals(StatementPrior.INDIRECT, StatementPrior.of(QuoteKind.INDIRECT, StatementPrior.FULL_LENGTH * 2));
        assertEquals(StatementPrior.MIXED / 2, StatementPrior.of(QuoteKind.MIXED, StatementPrior.FULL_LENGTH / 2), 1e-9);
        assertTrue(StatementPrior.of(QuoteKind.INDIRECT, 2) < StatementPrior.of(QuoteKind.INDIRECT, 9));
    }
}
