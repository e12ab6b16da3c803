package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions whose cue is no verb of saying: hearsay adverbs, polls that open a sentence, passive views. */
class NonSayFamiliesTest {

    @Test
    void aReportedlyGivesTheSubjectWithItsAuxiliaryAndThePredicateWithoutASpeaker() {
        List<Quotation> quotes = Extracted.from("The water board is reportedly planning a new dam near the old mill.");
        Quotation q = containing(quotes.stream().filter(x -> "reportedly".equals(x.cue())).toList(), "new dam");
        assertEquals("The water board is planning a new dam near the old mill", q.text());
        assertEquals(2, q.spans().size());
        assertNull(q.speaker());
    }

    @Test
    void aSentenceOpeningReportedlyGivesTheRestOfTheClause() {
        Quotation q = containing(Extracted.from("Reportedly, the coach left the team after a quarrel with the owner."),
                "quarrel");
        assertEquals("the coach left the team after a quarrel with the owner", q.text());
        assertEquals(1, q.spans().size());
    }

    @Test
    void aReportedlyBeforeAVerbOfSayingIsLeftToThatVerb() {
        List<Quotation> quotes = Extracted.from("Jane Miller reportedly told friends that she would quit the council.");
        Quotation q = containing(quotes, "quit");
        assertEquals("Jane Miller", q.speaker());
        assertFalse(quotes.stream().anyMatch(x -> "reportedly".equals(x.cue())));
    }

    @Test
    void aPollThatOpensTheSentenceIsTheSourceOfTheRestOfIt() {
        String text = "In a Gallup poll released Tuesday, 48 percent of farmers backed the new water rules.";
        Quotation q = containing(Extracted.from(text), "48 percent");
        assertEquals("48 percent of farmers backed the new water rules", q.text());
        assertEquals("In", q.cue());
        assertEquals("a Gallup poll released Tuesday", q.speakerMention().of(text));
    }

    @Test
    void aPollKeepsWhatItsRespondentsSaidWithinItsFinding() {
        String text = "In the latest county survey, conducted in May, most renters said they could not afford a home.";
        List<Quotation> quotes = Extracted.from(text);
        Quotation finding = containing(quotes.stream().filter(q -> "In".equals(q.cue())).toList(), "renters");
        assertEquals("most renters said they could not afford a home", finding.text());
        assertEquals("the latest county survey, conducted in May", finding.speakerMention().of(text));
        Quotation said = containing(quotes.stream().filter(q -> "said".equals(q.cue())).toList(), "afford");
        assertEquals("they could not afford a home", said.text());
        assertTrue(said.speakerMention().of(text).endsWith("renters"));
    }

    @Test
    void aBelieverInsideAPollsFindingIsJudgedAsIfThePollWereNotThere() {
        List<Quotation> quotes = Extracted.from("In the survey, most nurses believe the clinic should stay open.");
        Quotation believed = containing(quotes.stream().filter(q -> "believe".equals(q.cue())).toList(), "clinic");
        assertEquals("the clinic should stay open", believed.text());
        assertTrue(quotes.stream().anyMatch(q -> "In".equals(q.cue())));
    }

    @Test
    void aPhraseThatOnlyMentionsPollsIsNoSource() {
        List<Quotation> quotes = Extracted.from("In a memo released as polls closed, the mayor thanked her volunteers.");
        assertFalse(anyContaining(quotes, "thanked"));
    }

    @Test
    void aPassiveViewGivesTheSubjectAndWhatFollowsAsWithoutASpeaker() {
        Quotation q = containing(Extracted.from("The river town is widely seen as a bellwether for the whole county."),
                "bellwether");
        assertEquals("The river town as a bellwether for the whole county", q.text());
        assertEquals(2, q.spans().size());
        assertNull(q.speaker());
    }

    @Test
    void aPassiveViewForSomethingEndsAtItsFirstComma() {
        Quotation q = containing(Extracted.from("The old judge was known for his long rulings, which few lawyers read."),
                "rulings");
        assertEquals("The old judge for his long rulings", q.text());
    }

    @Test
    void aViewAfterAModalIsNoAttribution() {
        List<Quotation> quotes = Extracted.from("The new bridge could be seen as a gift to the builders.");
        assertFalse(anyContaining(quotes, "gift"));
    }

    @Test
    void aJudgementRightAfterThePassiveGivesTheSubjectAndTheJudgement() {
        Quotation q = containing(Extracted.from("The tall farmer was declared the winner of the pumpkin contest."),
                "winner");
        assertEquals("The tall farmer the winner of the pumpkin contest", q.text());
        assertEquals(2, q.spans().size());
        assertNull(q.speaker());
    }

    @Test
    void aChargeGivesTheSubjectAndWhatItIsCharged() {
        Quotation q = containing(Extracted.from("The night clerk was charged with stealing two bikes from the depot."),
                "bikes");
        assertEquals("The night clerk with stealing two bikes from the depot", q.text());
        assertNull(q.speaker());
    }

    @Test
    void theJudgementEndsBeforeItsAgent() {
        Quotation q = containing(Extracted.from("The old mill is considered a landmark by most people in the valley."),
                "landmark");
        assertEquals("The old mill a landmark", q.text());
    }

    @Test
    void aParticipleBeforeAPrepositionOrAnInfinitiveGivesNoJudgement() {
        List<Quotation> quotes = Extracted.from("The old mill was considered for a grant last year, and it was "
                + "declared in March to be safe for visitors.");
        assertFalse(anyContaining(quotes, "grant"));
        assertFalse(anyContaining(quotes, "visitors"));
    }

    @Test
    void aViewInThePerfectIsStatedAsFirmly() {
        Quotation q = containing(Extracted.from("The old ferry has long been seen as a symbol of the harbor town."),
                "symbol");
        assertEquals("The old ferry as a symbol of the harbor town", q.text());
        assertNull(q.speaker());
    }

    @Test
    void aViewAfterAModalPerfectIsNoAttribution() {
        List<Quotation> quotes = Extracted.from("The old ferry could have been seen as a symbol of the harbor town.");
        assertFalse(anyContaining(quotes, "symbol"));
    }
}
