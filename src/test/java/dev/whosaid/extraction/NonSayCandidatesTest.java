package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidates that no verb of saying makes, found where an auxiliary is contracted or a cue takes an infinitive. */
class NonSayCandidatesTest {

    @Test
    void aContractedIsAfterHeLeavesTheVerbItsSubject() {
        String text = "The mayor toured the harbour on Monday. He’s hoping the new ferry will bring more visitors.";
        Quotation q = containing(Extracted.from(text), "new ferry");
        assertEquals("the new ferry will bring more visitors", q.text());
        assertEquals("hoping", q.cue());
        assertEquals("He", q.speakerMention().of(text));
    }

    @Test
    void aContractedHasAfterSheLeavesThePastParticipleItsSubject() {
        String text = "Councillor Dana Whitfield opposed the plan. She's spoken out against the new parking fees downtown.";
        Quotation q = containing(Extracted.from(text), "parking fees");
        assertEquals("the new parking fees downtown", q.text());
        assertEquals("Dana Whitfield", q.speaker());
    }

    @Test
    void aPossessiveAfterANameIsNoContraction() {
        String text = "Whitfield's neighbours said the new parking fees would hurt the bakery.";
        Quotation q = containing(Extracted.from(text), "bakery");
        assertEquals("Whitfield's neighbours", q.speakerMention().of(text));
    }

    @Test
    void aContractedItMakesNoSpeakerOfTheAdjectiveAfterIt() {
        List<Quotation> quotes = Extracted.candidates("It's likely that the ferry will run late again this winter.");
        assertFalse(quotes.stream().anyMatch(q -> "likely".equals(q.cue())));
    }

    @Test
    void aFormACueOnlyAFewTimesInTrainingIsACandidate() {
        // "chiding" was a cue 3 times on train: the model judges it by its stem and shape as much as by the form
        assertTrue(CueLexicon.STANDARD.isCandidate("chiding"));
        String text = "The mayor gave her usual speech on Tuesday, chiding the council for its slow work on housing.";
        Quotation q = containing(Extracted.candidates(text), "slow work");
        assertEquals("the council for its slow work on housing", q.text());
        assertEquals("The mayor", q.speakerMention().of(text));
    }

    @Test
    void seeksTakesItsInfinitiveAsContent() {
        String text = "The new bill seeks to lower the cost of ferry tickets for pensioners.";
        Quotation q = containing(Extracted.candidates(text), "ferry tickets");
        assertEquals("to lower the cost of ferry tickets for pensioners", q.text());
        assertEquals("seeks", q.cue());
    }

    @Test
    void hopingTakesItsInfinitiveAsContent() {
        String text = "The coach is hoping to win the regional cup before the season ends.";
        Quotation q = containing(Extracted.candidates(text), "regional cup");
        assertEquals("to win the regional cup before the season ends", q.text());
    }

    @Test
    void aSubjectSaidToDoSomethingIsHearsayWithoutASpeakerInTwoPieces() {
        String text = "The harbour master was said to be furious with the council over the delay.";
        Quotation q = containing(Extracted.from(text), "furious");
        assertEquals("The harbour master to be furious with the council over the delay", q.text());
        assertEquals(2, q.spans().size());
        assertNull(q.speaker());
    }

    @Test
    void theTopicAfterWhenAskedAboutIsTheQuestionWithoutASpeaker() {
        String text = "“We will see,” the mayor said when asked about the delayed ferry contract.";
        Quotation q = containing(Extracted.from(text), "ferry contract");
        assertEquals("about the delayed ferry contract", q.text());
        assertEquals("asked", q.cue());
        assertNull(q.speaker());
    }

    @Test
    void theRequestAfterWasAskedToIsTheQuestion() {
        String text = "The harbour master was asked to name one ship that had docked on time this year.";
        Quotation q = containing(Extracted.from(text), "docked");
        assertEquals("to name one ship that had docked on time this year", q.text());
        assertNull(q.speaker());
    }

    @Test
    void aPassiveCueGivesItsAgentAsTheSourceOfItsSubject() {
        String text = "The harbour deal was first reported by the Coastal Herald.";
        Quotation q = containing(Extracted.candidates(text), "harbour deal");
        assertEquals("The harbour deal", q.text());
        assertEquals("the Coastal Herald", q.speakerMention().of(text));
    }

    @Test
    void aPassiveCueByTelephoneNamesNoAgent() {
        List<Quotation> quotes = Extracted.candidates("The harbour deal was reported by telephone to the council.");
        assertFalse(quotes.stream().anyMatch(q -> q.cue() != null && q.cue().endsWith("by")));
    }

    @Test
    void aSentenceOpeningPluralNounSpeaks() {
        String text = "Economists believe the new ferry tax will raise prices on the island.";
        Quotation q = containing(Extracted.candidates(text), "ferry tax");
        assertEquals("the new ferry tax will raise prices on the island", q.text());
        assertEquals("Economists", q.speakerMention().of(text));
    }

    @Test
    void anSFormAfterAQuantifierIsTheNounOfTheSubject() {
        String text = "Many economists believe the new ferry tax will raise prices on the island.";
        Quotation q = containing(Extracted.candidates(text), "ferry tax");
        assertEquals("believe", q.cue());
        assertEquals("Many economists", q.speakerMention().of(text));
    }

    @Test
    void namedAfterItsSubjectIsACandidateWithItsObjectAsContent() {
        String text = "The governor named five people to the harbour committee.";
        Quotation q = containing(Extracted.candidates(text), "five people");
        assertEquals("named", q.cue());
        assertEquals("The governor", q.speakerMention().of(text));
    }
}
