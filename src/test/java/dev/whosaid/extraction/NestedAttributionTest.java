package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aSpeechVerbInTheContentOfAWeakerCueIsTheStatement() {
        List<Quotation> quotes = Extracted.from("The mayor landed in trouble last week by saying that the bridge was safe.");
        assertEquals(1, quotes.size(), () -> quotes.toString());
        assertEquals("saying", quotes.getFirst().cue());
        assertEquals("that the bridge was safe", quotes.getFirst().text());
    }

    @Test
    void aStatementJoinedAfterTheContentIsToldFromOneNestedInIt() {
        Document doc = new Document("The senator praised the budget, and Jones claimed it would fail; Smith said Lee claimed it.");
        int praised = indexOf(doc, "praised");
        Attribution praise = new Attribution(praised, praised, null, praised + 1, indexOf(doc, ";"), -1, -1);
        int claimed = indexOf(doc, "claimed");
        Attribution claim = new Attribution(claimed, claimed, mentionAt(doc, "Jones"), claimed + 1, indexOf(doc, ";"), -1, -1);
        assertEquals(indexOf(doc, "Jones"), ContentBounds.clauseStart(doc, claim, praise.from()));
        assertEquals("next", ContentBounds.nesting(doc, CueLexicon.STANDARD, claim, praise));
        assertEquals(indexOf(doc, ","), ContentBounds.endBefore(doc, CueLexicon.STANDARD, praise, claim),
                "the content ends before the comma and the conjunction");
        int said = indexOf(doc, "said");
        Attribution say = new Attribution(said, said, mentionAt(doc, "Smith"), said + 1, doc.size() - 1, -1, -1);
        int nested = lastIndexOf(doc, "claimed");
        Attribution inner = new Attribution(nested, nested, mentionAt(doc, "Lee"), nested + 1, doc.size() - 1, -1, -1);
        assertEquals("inside", ContentBounds.nesting(doc, CueLexicon.STANDARD, inner, say));
        assertEquals(-1, ContentBounds.endBefore(doc, CueLexicon.STANDARD, say, inner));
    }

    @Test
    void theClauseOfASecondVerbOfTheSameSpeakerOpensAtItsAuxiliaries() {
        Document doc = new Document("The coach praised the team, and has also warned that the season is long.");
        int praised = indexOf(doc, "praised");
        Attribution praise = new Attribution(praised, praised, mentionAt(doc, "coach"), praised + 1, doc.size() - 1, -1, -1);
        int warned = indexOf(doc, "warned");
        Attribution warn = new Attribution(warned, warned, mentionAt(doc, "coach"), warned + 1, doc.size() - 1, -1, -1);
        assertEquals(indexOf(doc, "has"), ContentBounds.clauseStart(doc, warn, praise.from()));
        assertEquals("also", ContentBounds.nesting(doc, CueLexicon.STANDARD, warn, praise));
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
