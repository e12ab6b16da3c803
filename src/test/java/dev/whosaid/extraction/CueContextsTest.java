package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueContextsTest {

    private static final CueContext BELIEVES_THAT =
            new CueContext("believes", false, "that", true, "name", "-", "-", 0);

    @Test
    void aContextNeverSeenFallsBackOnItsForm() {
        CueContexts contexts = new CueContexts(Map.of("believes", new int[] {9, 10}), 0.5, 0.2, 3.0);
        assertEquals((9 + 3 * 0.1) / 13, contexts.estimate(BELIEVES_THAT), 1e-9);
    }

    @Test
    void aPreciseContextOutweighsAnImpreciseForm() {
        CueContexts contexts = new CueContexts(Map.of("believes", new int[] {10, 100},
                "believes|that|true", new int[] {40, 50}), 0.5, 0.2, 3.0);
        assertTrue(contexts.admits(BELIEVES_THAT, false));
        assertFalse(new CueContexts(Map.of("believes", new int[] {10, 100}), 0.5, 0.2, 3.0).admits(BELIEVES_THAT, false));
    }

    @Test
    void formsOfOneVerbShareTheirStem() {
        assertEquals("believ", CueContext.stem("believes"));
        assertEquals("believ", CueContext.stem("believed"));
        assertEquals("show", CueContext.stem("showing"));
    }

    @Test
    void aCandidateHoldingAnotherAttributionIsLeftToThatOne() {
        CueContexts contexts = new CueContexts(Map.of("quoted", new int[] {50, 50}), 0.5, 0.2, 3.0);
        CueContext holds = new CueContext("quoted", false, "-", true, "organisation", "-", "holds", 0);
        assertFalse(contexts.admits(holds, false));
        assertTrue(contexts.admits(holds, true));
    }

    @Test
    void aBeliefWithThatIsAnAttribution() {
        List<Quotation> quotes = Extracted.from("The governor believes that the budget will pass next month.");
        Quotation q = Extracted.containing(quotes, "the budget will pass");
        assertEquals("The governor", q.speaker());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }
}
