package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two quotations claiming the same content are one statement: {@link Repeats}. */
class RepeatsTest {

    private static final String TEXT = "The mayor said the ferry will run again in spring, and the pier will be rebuilt.";

    private static Quotation at(int start, int end, String cue) {
        return new Quotation(TEXT.substring(start, end), List.of(new Span(start, end)), "The mayor", null, null,
                SpeakerKind.PERSON, cue, null, QuoteKind.INDIRECT, null, 0.5);
    }

    @Test
    void aCueWhoseObjectLooksLikeAVerbFindsTheStatementOnce() {
        List<Quotation> quotes = Extracted.from("The mayor tells reporters that the bridge will reopen in May.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("tells", quotes.getFirst().cue());
        assertEquals("The mayor", quotes.getFirst().speaker());
    }

    @Test
    void aQuotationGoesOnWithTheSaidSpeakerNotWithAPhraseAfterHisName() {
        String text = "“The harbour will reopen in May, and the ferries will run again by the summer,” said Tom Baker, "
                + "a harbour supporter. “We have waited long enough for this.”";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals(1, quotes.size(), quotes.toString());
        Quotation q = quotes.getFirst();
        assertEquals("Tom Baker", q.speaker());
        assertEquals("said", q.cue());
        assertEquals(2, q.spans().size());
        assertEquals("We have waited long enough for this.", q.spans().get(1).of(text));
    }

    @Test
    void theCandidatesKeepBothClaimsForTraining() {
        List<Quotation> quotes = Extracted.candidates("The mayor tells reporters that the bridge will reopen in May.");
        assertEquals(2, quotes.stream().filter(q -> q.text().contains("bridge")).count(), quotes.toString());
    }

    @Test
    void ofTwoQuotationsSharingMostLettersTheOneStartingFirstStands() {
        Quotation outer = at(15, 79, "said");
        Quotation inner = at(19, 79, "will");
        assertEquals(List.of(outer), new Repeats(TEXT).dropped(List.of(outer, inner)));
        assertEquals(List.of(outer), new Repeats(TEXT).dropped(List.of(inner, outer)));
    }

    @Test
    void ofTwoStartingTogetherTheLongerStands() {
        Quotation shorter = at(15, 60, "said");
        Quotation longer = at(15, 79, "said");
        assertEquals(List.of(longer), new Repeats(TEXT).dropped(List.of(shorter, longer)));
    }

    @Test
    void ofTheSameContentFoundTwiceTheFirstFoundStands() {
        Quotation first = at(15, 79, "said");
        Quotation second = at(15, 79, "reporters");
        List<Quotation> kept = new Repeats(TEXT).dropped(List.of(first, second));
        assertEquals(1, kept.size());
        assertSame(first, kept.getFirst());
    }

    @Test
    void quotationsSharingLessThanHalfTheirLettersBothStand() {
        Quotation ferry = at(15, 49, "said");
        Quotation both = at(40, 79, "and");
        assertEquals(List.of(ferry, both), new Repeats(TEXT).dropped(List.of(ferry, both)));
    }

    @Test
    void aCandidatesQuotationWhollyInsideALexiconCuesGivesWay() {
        Quotation said = at(15, 79, "said");
        Quotation inner = at(55, 79, "will");
        assertEquals(List.of(said),
                new Repeats(TEXT).dropped(List.of(said, inner), q -> q.cue().equals("said"), q -> false));
    }

    @Test
    void aLexiconCuesQuotationInsideAnotherStands() {
        Quotation outer = at(15, 79, "said");
        Quotation inner = at(55, 79, "told");
        assertEquals(List.of(outer, inner), new Repeats(TEXT).dropped(List.of(outer, inner), q -> true, q -> false));
    }

    @Test
    void aCandidatesQuotationReachingPastALexiconCuesStands() {
        Quotation said = at(15, 49, "said");
        Quotation overlapping = at(40, 79, "will");
        assertEquals(List.of(said, overlapping),
                new Repeats(TEXT).dropped(List.of(said, overlapping), q -> q.cue().equals("said"), q -> false));
    }

    @Test
    void aQuotationHoldingStatementsOfItsOwnKeepsThem() {
        Quotation finding = at(15, 79, "In");
        Quotation inner = at(19, 79, "said");
        assertEquals(List.of(finding, inner),
                new Repeats(TEXT).dropped(List.of(finding, inner), q -> false, q -> q.cue().equals("In")));
    }

    @Test
    void aQuotationInTwoPiecesRepeatsOneHoldingBothPieces() {
        Quotation whole = at(15, 79, "said");
        Quotation pieces = new Quotation("x", List.of(new Span(15, 49), new Span(55, 79)), null, null, null, null,
                "said", null, QuoteKind.INDIRECT, null, 0.5);
        assertEquals(List.of(whole), new Repeats(TEXT).dropped(List.of(whole, pieces)));
    }
}
