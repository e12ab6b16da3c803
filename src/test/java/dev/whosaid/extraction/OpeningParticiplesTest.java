package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Participles that open their sentence speak for the main clause's subject after the comma. */
class OpeningParticiplesTest {

    @Test
    void aSentenceOpeningParticipleSpeaksForTheSubjectAfterItsPhrase() {
        String text = "The vote was close. Noting that only two aldermen backed the levy, Ruth Baker urged the board to wait.";
        Quotation q = containing(Extracted.candidates(text), "aldermen");
        assertEquals("Noting", q.cue());
        assertEquals("Ruth Baker", q.speaker());
        assertTrue(q.text().endsWith("backed the levy"), q.text());
    }

    @Test
    void aTitledNameAfterTheOpeningPhraseIsReadWhole() {
        String text = "The island shut its offices. When announcing the closure on Monday, Prime Minister Tom Reyes called "
                + "on families to stay home.";
        Quotation q = containing(Extracted.candidates(text), "the closure");
        assertEquals("Tom Reyes", q.speaker());
        assertEquals("Prime Minister Tom Reyes", q.speakerMention().of(text));
    }

    @Test
    void aParticipleAfterAConnectiveAndAPrepositionOpensTheSentenceToo() {
        String text = "The vote was close. But in rejecting the harbour levy, the county board angered the fishermen.";
        Quotation q = containing(Extracted.candidates(text), "harbour levy");
        assertEquals("rejecting", q.cue());
        assertEquals("the harbour levy", q.text());
        assertEquals("the county board", q.speakerMention().of(text));
    }

    @Test
    void aListInsideTheParticiplesPhraseDoesNotEndItBeforeTheSubject() {
        String text = "The mayor spoke last. Promising cheaper buses, wider roads, safer parks and more jobs, Ruth Baker "
                + "won the crowd over.";
        Quotation q = containing(Extracted.candidates(text), "cheaper buses");
        assertEquals("Ruth Baker", q.speaker());
        assertTrue(q.text().endsWith("more jobs"), q.text());
    }

    @Test
    void anOpeningParticipleWithoutASubjectAfterACommaIsNoCandidate() {
        List<Quotation> quotes = Extracted.candidates("The mayor spoke last. Noting the late hour she left the hall.");
        assertFalse(anyContaining(quotes, "late hour"));
    }

    @Test
    void aContractedAuxiliaryLeavesThePronounAsTheSubjectOfTheVerb() {
        String text = "The unions met on Monday. Yet they're mostly proposing things the city already does.";
        Quotation q = containing(Extracted.candidates(text), "the city already does");
        assertEquals("proposing", q.cue());
        assertEquals("they", q.speakerMention().of(text));
    }

    @Test
    void aParticipleAfterACommaSpeaksForTheCommonNounPhraseOpeningTheSentence() {
        String text = "The trial ended in May. The head nurse later sued the clinic, claiming the quarantine was unlawful.";
        Quotation q = containing(Extracted.candidates(text), "quarantine");
        assertEquals("claiming", q.cue());
        assertTrue(q.speakerMention().of(text).endsWith("nurse"), q.speakerMention().of(text));
    }

    @Test
    void aCommaInsideTheClosingQuoteMarkEndsTheParticiplesPhrase() {
        String text = "The mayor stayed away. Citing “duties at the harbour,” the deputy mayor declined the invitation.";
        Quotation q = containing(Extracted.candidates(text).stream().filter(x -> "Citing".equals(x.cue())).toList(),
                "harbour");
        assertEquals("the deputy mayor", q.speakerMention().of(text));
        assertTrue(q.text().contains("duties at the harbour"), q.text());
    }
}
