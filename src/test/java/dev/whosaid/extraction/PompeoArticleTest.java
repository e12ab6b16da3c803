package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.whosaid.corpus.Article;
import dev.whosaid.corpus.CorpusReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped article: every phenomenon of one real news story at once. */
class PompeoArticleTest {

    private static Article article;
    private static List<Quotation> quotes;

    @BeforeAll
    static void extract() {
        List<Article> articles = new ArrayList<>();
        CorpusReader.read(Path.of("corpus", "pompeo-did-not-give-kim-a-cd.txt"), articles::add,
                problem -> { throw new AssertionError(problem.toString()); });
        article = articles.getFirst();
        quotes = QuoteExtractor.standard().extract(article);
    }

    @Test
    void quotationsComeInTextOrder() {
        for (int i = 1; i < quotes.size(); i++) {
            assertTrue(quotes.get(i - 1).start() <= quotes.get(i).start(), quotes::toString);
        }
    }

    @Test
    void nauertsStatementsAreHersWithRoleAndDate() {
        Quotation q = containing(quotes, "did not give North Korean leader");
        assertEquals("Heather Nauert", q.speaker());
        assertEquals("State Department spokeswoman", q.role());
        assertEquals(LocalDate.of(2018, 7, 7), q.date());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void theLetterQuoteIsNauertsInHerOwnWords() {
        Quotation q = containing(quotes, "He didn't leave anything behind other than a letter");
        assertEquals("Heather Nauert", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Nauert", q.speakerMention().of(article.text()));
    }

    @Test
    void theSecretarysPartialQuotesAreMixedAndHis() {
        Quotation q = containing(quotes, "on almost all of the central issues");
        assertEquals("Mike Pompeo", q.speaker());
        assertEquals(QuoteKind.MIXED, q.kind());
        assertTrue(q.text().contains("good-faith negotiations"), q::text);
    }

    @Test
    void regrettableIsNorthKoreasAsAnOrganisation() {
        Quotation q = containing(quotes, "regrettable");
        assertEquals("North Korea", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
        assertEquals(QuoteKind.MIXED, q.kind());
    }

    @Test
    void theUnnamedDiplomaticSourceIsAnonymous() {
        Quotation q = containing(quotes, "Trump had signed a copy of the CD");
        assertEquals(SpeakerKind.ANONYMOUS, q.speakerKind());
        assertEquals("an unnamed diplomatic source", q.speaker());
    }

    @Test
    void songAndAlbumTitlesAreNotEmitted() {
        assertFalse(quotes.stream().anyMatch(q -> q.text().strip().startsWith("Rocket Man")), quotes::toString);
        assertFalse(Extracted.anyContaining(quotes, "Honky"), quotes::toString);
    }
}
