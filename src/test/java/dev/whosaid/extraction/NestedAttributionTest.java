package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Attributions inside the content of another in one sentence. Annotators never nest one content in another: a
 * statement reported inside someone's words stays part of those words, while a statement joined after them by a
 * comma or a conjunction is one of its own, which ends the content before it.
 */
class NestedAttributionTest {

    @Test
    void aClaimReportedInsideSomeonesWordsStaysPartOfThem() {
        List<Quotation> quotes = Extracted.from("The senator said the governor claimed the plant would close.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("the governor claimed the plant would close", quotes.getFirst().text());
        assertEquals("The senator", quotes.getFirst().speaker());
    }

    @Test
    void aThatClauseHoldingAnotherCueIsOneStatementOfItsWriter() {
        List<Quotation> quotes = Extracted.from("The reporter wrote that the mayor had insisted the bridge was safe.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("that the mayor had insisted the bridge was safe", quotes.getFirst().text());
    }

    @Test
    void aStatementWithItsOwnSpeakerAfterACommaEndsTheContentBeforeIt() {
        List<Quotation> quotes = Extracted.from(
                "The mayor said the bridge would reopen in May, and the governor said the money had run out.");
        assertEquals("the bridge would reopen in May", containing(quotes, "bridge").text());
        Quotation second = containing(quotes, "money");
        assertEquals("the money had run out", second.text());
        assertEquals("the governor", second.speaker());
    }

    @Test
    void aSecondVerbOfTheSameSpeakerAfterACommaIsAStatementOfItsOwn() {
        List<Quotation> quotes = Extracted.from(
                "The mayor, who never mentioned the governor by name, cast her rival as a friend of developers.");
        assertEquals("the governor by name", containing(quotes, "governor").text());
        Quotation cast = containing(quotes, "rival");
        assertEquals("her rival as a friend of developers", cast.text());
        assertEquals("cast", cast.cue());
        assertEquals("The mayor", cast.speaker());
    }

    @Test
    void aStatementJoinedAfterTheContentIsToldFromOneNestedInIt() {
        Document doc = new Document("The senator praised the budget, and Jones claimed it would fail; Smith said Lee claimed it.");
        Mention jones = mentionAt(doc, "Jones");
        Attribution praised = new Attribution(indexOf(doc, "praised"), indexOf(doc, "praised"), null,
                indexOf(doc, "praised") + 1, indexOf(doc, ";"), -1, -1);
        Attribution claimed = new Attribution(indexOf(doc, "claimed"), indexOf(doc, "claimed"), jones,
                indexOf(doc, "claimed") + 1, indexOf(doc, ";"), -1, -1);
        assertEquals(jones.first(), ContentBounds.clauseStart(doc, claimed, praised.from()));
        assertTrue(ContentBounds.followsContent(doc, claimed, praised.from()));
        int said = lastIndexOf(doc, "said");
        Mention lee = mentionAt(doc, "Lee");
        Attribution nested = new Attribution(lastIndexOf(doc, "claimed"), lastIndexOf(doc, "claimed"), lee,
                lastIndexOf(doc, "claimed") + 1, doc.size() - 1, -1, -1);
        assertFalse(ContentBounds.followsContent(doc, nested, said + 1), "\"said Lee claimed\": nested, not joined");
    }

    @Test
    void theClauseOfASecondVerbOfTheSameSpeakerOpensAtItsAuxiliaries() {
        Document doc = new Document("The coach praised the team, and has also warned that the season is long.");
        int praised = indexOf(doc, "praised");
        int warned = indexOf(doc, "warned");
        Attribution second = new Attribution(warned, warned, mentionAt(doc, "coach"), warned + 1, doc.size() - 1, -1, -1);
        assertEquals(indexOf(doc, "has"), ContentBounds.clauseStart(doc, second, praised + 1));
        assertTrue(ContentBounds.followsContent(doc, second, praised + 1));
    }

    private static int indexOf(Document doc, String word) {
        for (int k = 0; k < doc.size(); k++) {
            if (doc.token(k).text().equals(word)) {
                return k;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static int lastIndexOf(Document doc, String word) {
        for (int k = doc.size() - 1; k >= 0; k--) {
            if (doc.token(k).text().equals(word)) {
                return k;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static Mention mentionAt(Document doc, String word) {
        int k = indexOf(doc, word);
        Span span = new Span(doc.token(k).start(), doc.token(k).end());
        return new Mention(k, k, span, word, null, Mention.Type.NAME);
    }
}
