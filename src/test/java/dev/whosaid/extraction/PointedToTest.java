package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.candidates;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** "pointed to", "referring to": verbs whose "to" opens what they point at ({@link CueLexicon#TO_TAKERS}). */
class PointedToTest {

    @Test
    void pointedToTakesItsToEvenBeforeACapital() {
        Quotation q = containing(candidates("The coach pointed to Smith's strong defence in the second half."), "defence");
        assertEquals("pointed to", q.cue());
        assertEquals("Smith's strong defence in the second half", q.text());
        assertEquals("The coach", q.speaker());
    }

    @Test
    void aParticipleReferringToSomethingSpeaksThroughTheSentencesSubject() {
        Quotation q = containing(candidates("The mayor defended the levy, pointing to the rising cost of flood repairs."),
                "flood repairs");
        assertEquals("pointing to", q.cue());
        assertEquals("the rising cost of flood repairs", q.text());
    }

    @Test
    void referringToGivesTheObjectAsTheContent() {
        Quotation q = containing(candidates("She was clearly referring to the council's new parking rules."), "parking");
        assertEquals("referring to", q.cue());
        assertEquals("the council's new parking rules", q.text());
    }

    @Test
    void anInfinitiveAfterPointIsNoObject() {
        assertFalse(candidates("The figures point to improve slowly over the year.").stream()
                .anyMatch(q -> "point to".equals(q.cue())));
    }
}
