package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttitudeNounTest {

    @Test
    void theObjectOfAnAttitudeNounInAVerbsObjectIsTheContent() {
        Quotation q = containing(Extracted.candidates(
                "The governor raised fresh questions about the harbor bridge budget."), "bridge");
        assertEquals("the harbor bridge budget", q.text());
        assertEquals("raised fresh questions about", q.cue());
    }

    @Test
    void aParticipleTakesTheAttitudeNounToo() {
        Quotation q = containing(Extracted.candidates(
                "Mayor Lena Ortiz toured the port on Friday, expressing deep doubts about the new ferry line."), "ferry");
        assertEquals("the new ferry line", q.text());
        assertEquals("Lena Ortiz", q.speaker());
    }

    @Test
    void anObjectWithoutAnAttitudeNounStaysWhole() {
        Quotation q = containing(Extracted.candidates("The governor criticized the cost of the harbor bridge."),
                "bridge");
        assertEquals("the cost of the harbor bridge", q.text());
    }

    @Test
    void aNamedOwnerOfAnAttitudeNounHoldsTheStance() {
        List<Quotation> quotes = Extracted.candidates(
                "Reporters noted that Senator Greenholt's sharp attacks on the fishing quota had grown louder.");
        Quotation q = quotes.stream().filter(o -> o.text().equals("the fishing quota")).findFirst().orElseThrow();
        assertEquals("Greenholt", q.speaker().substring(q.speaker().lastIndexOf(' ') + 1));
        assertEquals("attacks on", q.cue());
    }

    @Test
    void aPossessivePronounOwnsTheStanceOfThePersonBefore() {
        List<Quotation> quotes = Extracted.candidates(
                "Dana Whitfield chairs the water board. Her criticism of the new reservoir plan, aired in March, surprised few.");
        Quotation q = containing(quotes, "reservoir");
        assertEquals("the new reservoir plan", q.text());
        assertEquals("Dana Whitfield", q.speaker());
    }

    @Test
    void theStanceEndsBeforeTheVerbOfTheSentence() {
        Quotation q = containing(Extracted.candidates("Their opposition to the toll road has delayed the vote."), "toll");
        assertEquals("the toll road", q.text());
    }

    @Test
    void aNameThatOwnsTheNounInAnObjectSpeaksItself() {
        List<Quotation> quotes = Extracted.candidates("Several senators joined Kowalski's call for a new inquiry.");
        assertTrue(quotes.stream().noneMatch(q -> q.cue().startsWith("joined Kowalski")), quotes.toString());
        Quotation q = quotes.stream().filter(o -> o.text().equals("a new inquiry")).findFirst().orElseThrow();
        assertEquals("Kowalski", q.speaker());
    }

    @Test
    void anUnlistedNounOwnsNoContent() {
        assertFalse(anyContaining(Extracted.candidates("Her trip to the coast lasted a week."), "coast"));
    }
}
