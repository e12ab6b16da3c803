package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.candidates;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A share of a poll's respondents that opens a clause speaks for them: {@link Shares}. */
class SharesTest {

    @Test
    void aShareWordOpeningTheSentenceIsTheSpeakerOfABelief() {
        Quotation q = containing(candidates("Most believe that the harbour should stay open."), "harbour");
        assertEquals("that the harbour should stay open", q.text());
        assertEquals("Most", q.speaker());
    }

    @Test
    void aShareWithItsGroupAndPlaceIsTheSpeakerOfAWish() {
        String text = "Only about 3 in 10 dairy farmers in each county want the old quota back.";
        Quotation q = containing(candidates(text), "quota");
        assertEquals("the old quota back", q.text());
        assertEquals("Only about 3 in 10 dairy farmers in each county", q.speaker());
    }

    @Test
    void aShareAfterWhileOpensAClauseOfItsOwn() {
        String text = "Half of the nurses favour longer shifts, while about two-thirds oppose the new rota.";
        Quotation q = containing(candidates(text), "rota");
        assertEquals("about two-thirds", q.speaker());
    }

    @Test
    void aFractionOfAGroupIsAShare() {
        List<Quotation> quotes = candidates("A clear majority of Vermont renters support a rent freeze for the winter.");
        Quotation q = containing(quotes.stream().filter(x -> "support".equals(x.cue())).toList(), "rent freeze");
        assertEquals("A clear majority of Vermont renters", q.speaker());
    }

    @Test
    void theMostOfARankingIsNoShare() {
        List<Quotation> quotes = candidates("The most senior officers backed the merger of the two regiments.");
        assertFalse(quotes.stream().anyMatch(q -> "The most senior officers".equals(q.speaker())
                || "most senior officers".equals(q.speaker())));
    }

    @Test
    void mostBeforeAnAdverbIsNoShare() {
        List<Quotation> quotes = candidates("Most recently offered a plan to rebuild the pier before the summer.");
        assertFalse(quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().startsWith("Most")));
    }
}
