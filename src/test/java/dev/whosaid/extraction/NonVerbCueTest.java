package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions whose cue is no finite verb of saying: passive expectations, nouns, phrases. */
class NonVerbCueTest {

    @Test
    void anExpectationNoOneHoldsGivesItsSubjectAndInfinitiveWithoutASpeaker() {
        List<Quotation> quotes = Extracted.from("The orchestra is widely expected to cancel its winter tour.");
        Quotation q = containing(quotes, "orchestra");
        assertEquals(List.of("The orchestra", "to cancel its winter tour"),
                q.spans().stream().map(s -> s.of("The orchestra is widely expected to cancel its winter tour.")).toList());
        assertEquals(null, q.speaker());
        assertEquals("is widely expected", q.cue());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void anExpectationsSubjectStartsAfterTheConjunctionOrRelativePronounOpeningItsClause() {
        String text = "The river rose overnight, and the old ferry was expected to stay in port, which is expected to anger farmers.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("the old ferry to stay in port", containing(quotes, "ferry").text());
        assertEquals("which to anger farmers", containing(quotes, "farmers").text());
    }

    @Test
    void anExpectationWithoutAnInfinitiveOrASubjectIsNoQuotation() {
        assertFalse(Extracted.anyContaining(Extracted.from("The storm came sooner than expected by the coast guard."),
                "storm"));
        assertFalse(Extracted.anyContaining(Extracted.from("Expected to close at noon, the bridge stayed open."),
                "bridge"));
    }

    @Test
    void anImpressionGivesItsSubjectAndInfinitiveUpToTheCommaWithoutASpeaker() {
        Quotation q = containing(Extracted.from("The old mill seemed to be falling apart, despite the new roof."), "mill");
        assertEquals("The old mill to be falling apart", q.text());
        assertEquals(null, q.speaker());
        assertEquals("seemed", q.cue());
    }

    @Test
    void anImpressionInsideSomeonesReportedWordsIsTheirsNotANewQuotation() {
        List<Quotation> quotes = Extracted.from("The mayor said the old mill appeared to be falling apart.");
        Quotation q = containing(quotes, "mill");
        assertEquals("the old mill appeared to be falling apart", q.text());
        assertEquals("The mayor", q.speaker());
    }

    @Test
    void anImpressionOfSayingSomethingIsNoImpressionOfItsSubject() {
        assertFalse(Extracted.anyContaining(Extracted.from("The mayor appeared to suggest that the mill would close."),
                "The mayor to suggest"));
    }

    @Test
    void aSpeakerNamedAfterSaidKeepsTheQuotationBeforeThoughTheSentenceGoesOn() {
        Quotation q = Extracted.from("“We will carry the county,” said Tom Baker during the second debate.").getFirst();
        assertEquals("We will carry the county,", q.text());
        assertEquals("Tom Baker", q.speaker());
        Quotation aide = Extracted.from("“We will carry the county,” said a party aide who asked not to be named.").getFirst();
        assertEquals("a party aide", aide.speaker());
    }

    @Test
    void accordingToAfterAConjunctionStillOpensTheSentence() {
        Quotation q = containing(Extracted.from("But according to the harbour master, the ferry will sail again on Monday."),
                "ferry");
        assertEquals("the ferry will sail again on Monday", q.text());
        assertEquals("the harbour master", q.speaker());
    }

    @Test
    void aLongSourceOpeningTheSentenceEndsAtItsCommaThoughItHoldsAPossessiveOrASlash() {
        List<Quotation> quotes = Extracted.from("According to the clerk in charge of the county's ferry office that week, "
                + "the timetable was never changed.\n\nAccording to a Harbour Times/Coast Radio survey out Friday, most "
                + "residents want a second ferry.\n\nAccording to a report by the Port Authority for the town council and "
                + "the regional board last winter, most residents want a second ferry.");
        assertEquals("the timetable was never changed", containing(quotes, "timetable").text());
        assertEquals(2, quotes.stream().filter(q -> q.text().equals("most residents want a second ferry")).count(),
                quotes::toString);
        assertEquals(3, quotes.size(), quotes::toString); // "ferry office that" opens no content of its own
    }

    @Test
    void anUnnamedSourceAfterAccordingToEndsWhereItsRelativeClauseBegins() {
        Quotation q = containing(Extracted.from(
                "The ferry will sail again on Monday, according to two sailors who spoke on condition of anonymity."),
                "ferry");
        assertEquals("two sailors", q.speaker());
    }

    @Test
    void theWordsOpeningTheClauseOfSaySpeakWhereNoNameOrGroupIs() {
        Quotation q = containing(Extracted.from("Nearly nine out of 10 say the ferry should sail on Sundays."), "ferry");
        assertEquals("Nearly nine out of 10", q.speaker());
        Quotation others = containing(Extracted.from("Others say the ferry should sail on Sundays."), "ferry");
        assertEquals("Others", others.speaker());
    }

    @Test
    void aContractedHasOrAnIngFormIsNoSpeakerOfSay() {
        List<Quotation> quotes = Extracted.from("While he's said the ferry should sail, the board has other plans.");
        assertFalse(quotes.stream().anyMatch(q -> "he's".equals(q.speaker())));
    }
}
