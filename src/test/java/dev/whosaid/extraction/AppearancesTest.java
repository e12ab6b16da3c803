package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AppearancesTest {

    @Test
    void aSubjectExpectedToActIsAnAssessmentWithoutASourceInTwoPieces() {
        Quotation q = containing(Extracted.from("The city council is expected to approve the new budget next week."),
                "approve");
        assertEquals("The city council to approve the new budget next week", q.text());
        assertEquals(2, q.spans().size());
        assertNull(q.speaker());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void seemingToDoSomethingGivesTheSubjectAndTheInfinitiveWithoutASpeaker() {
        Quotation q = containing(Extracted.from("After the vote, the old mayor seemed to lose his patience with the crowd."),
                "patience");
        assertEquals("the old mayor to lose his patience with the crowd", q.text());
        assertNull(q.speaker());
    }

    @Test
    void theInfinitiveEndsAtItsFirstComma() {
        Quotation q = containing(Extracted.from("The governor is expected to sign the bill, ending a long fight over taxes."),
                "sign");
        assertEquals("The governor to sign the bill", q.text());
    }

    @Test
    void aSubjectWithInsertionsBetweenCommasIsKeptWhole() {
        Quotation q = containing(Extracted.from(
                "The central bank, which has kept rates low for years, is widely expected to raise them in March."), "raise");
        assertEquals("The central bank, which has kept rates low for years to raise them in March", q.text());
    }

    @Test
    void aRelativePronounIsTheWholeSubject() {
        Quotation q = containing(Extracted.from("She spoke to a farmer who appeared to know every road in the county."),
                "every road");
        assertEquals("who to know every road in the county", q.text());
    }

    @Test
    void aSubjectStartsAfterAConjunctionOfTime() {
        Quotation q = containing(Extracted.from("Shortly after the council appeared to back down, the crowd went home."),
                "back down");
        assertEquals("the council to back down", q.text());
    }

    @Test
    void aSecondVerbPhraseHasOnlyItsInfinitive() {
        Quotation q = containing(Extracted.from("The mayor fought the plan for years and appeared to give up the fight."),
                "give up");
        assertEquals("to give up the fight", q.text());
        assertEquals(1, q.spans().size());
    }

    @Test
    void anActiveExpectationHasItsSpeakerAndIsNoAssessment() {
        List<Quotation> quotes = Extracted.from("Many voters had expected to see the candidate at the fair.");
        assertFalse(quotes.stream().anyMatch(q -> q.cue() != null && q.cue().equals("expected") && q.speaker() == null));
    }

    @Test
    void aRaisingVerbInsideReportedContentIsLeftToTheStatement() {
        List<Quotation> quotes = Extracted.from("Jane Smith said the budget appeared to be balanced at last.");
        assertEquals("Jane Smith", containing(quotes, "balanced").speaker());
        assertFalse(anyContaining(quotes.stream().filter(q -> q.speaker() == null).toList(), "balanced"));
    }
}
