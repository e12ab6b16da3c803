package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A state of mind after "be" ("is confident that", "was eager to") makes a candidate whose subject holds it. */
class StateComplementsTest {

    @Test
    void anAdjectiveAfterBeTakesItsThatClause() {
        String text = "Harbour master Lena Ostrova is confident that the new pier will open before the summer.";
        Quotation q = containing(Extracted.candidates(text), "new pier");
        assertEquals("that the new pier will open before the summer", q.text());
        assertEquals("confident", q.cue());
        assertEquals("Harbour master Lena Ostrova", q.speakerMention().of(text));
    }

    @Test
    void aParticipleOfFeelingAfterBeIsNoPassiveBeforeThat() {
        String text = "Several fishermen were increasingly worried that the quotas would be cut again.";
        Quotation q = containing(Extracted.candidates(text), "quotas");
        assertEquals("worried", q.cue());
        assertEquals("Several fishermen", q.speakerMention().of(text));
    }

    @Test
    void anUninflectedAdjectiveAfterBeTakesItsInfinitive() {
        String text = "The ferry company was eager to settle the dispute with its crews.";
        Quotation q = containing(Extracted.candidates(text), "settle");
        assertEquals("to settle the dispute with its crews", q.text());
        assertEquals("eager", q.cue());
    }

    @Test
    void aLexiconCueAfterBeStaysPassive() {
        String text = "The harbour master was told that the pier would open late.";
        assertFalse(Extracted.candidates(text).stream().anyMatch(q -> "told".equals(q.cue())));
    }

    @Test
    void anEdFormAfterBeBeforeAnInfinitiveStaysPassive() {
        String text = "The ferry company was forced to cancel its evening crossings.";
        assertFalse(Extracted.candidates(text).stream().anyMatch(q -> "forced".equals(q.cue())));
    }

    @Test
    void anExpletiveSubjectHoldsNoState() {
        List<Quotation> quotes = Extracted.candidates("It is clear that the pier will not open before the summer.");
        assertFalse(quotes.stream().anyMatch(q -> "clear".equals(q.cue())));
    }
}
