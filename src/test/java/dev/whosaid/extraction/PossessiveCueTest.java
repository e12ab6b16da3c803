package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PossessiveCueTest {

    @Test
    void aClaimHeldByANamedOwnerIsTheirsWithTheClauseAfterThat() {
        Quotation q = containing(Extracted.from("Voters doubted Smith's assertion that taxes would fall."), "taxes");
        assertEquals("that taxes would fall", q.text());
        assertEquals("Smith", q.speaker());
        assertEquals("assertion", q.cue());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void aPossessivePronounStandsForThePersonItRefersTo() {
        Quotation q = containing(Extracted.from(
                "Mary Smith spoke in Leeds on Monday. Voters doubted her assertion that taxes would fall."), "taxes");
        assertEquals("Mary Smith", q.speaker());
    }

    @Test
    void thePossessedClaimEndsAtItsFirstComma() {
        Quotation q = containing(Extracted.from(
                "Voters doubted Smith's assertion that taxes would fall, which pleased the mayor."), "taxes");
        assertEquals("that taxes would fall", q.text());
    }

    @Test
    void aNounAfterAPossessiveClosingTheSentenceIsNoVerbOfTheWordsBeforeIt() {
        for (String owner : new String[] {"the council's own", "their", "Smith's"}) {
            List<Quotation> quotes = Extracted.from("The mayor praised the stadium deal, " + owner + " plan.");
            assertTrue(quotes.stream().noneMatch(q -> q.cue().equals("plan")), owner + ": " + quotes);
        }
    }

    @Test
    void aPronounContractedWithIsOwnsNoClaim() {
        assertFalse(anyContaining(Extracted.from("It's possible that the meeting will run late."), "meeting"));
    }

    @Test
    void aRelativeThatAfterThePossessedNounOpensNoContent() {
        assertFalse(anyContaining(Extracted.from("Voters doubted Smith's assertion that was printed in the paper."),
                "printed"));
    }

    @Test
    void wouldLikeToStatesAWishOfTheSubject() {
        Quotation q = containing(Extracted.from("Senator Warren would like to raise taxes on the richest families."),
                "raise taxes");
        assertEquals("Warren", q.speaker());
        assertEquals("like", q.cue());
    }

    @Test
    void likeWithoutWouldIsNoWish() {
        assertFalse(anyContaining(Extracted.from("Senator Warren seemed like a good choice to lead the panel."), "lead"));
    }
}
