package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueContextsTest {

    private static final CueContext BELIEVES_THAT = new CueContext("believes", false, "that", true, "name", "-", "-",
            "that", "smith", "clause", "none", "candidate", "-", "-", "-", "-", "-", "-", 0);

    @Test
    void theProbabilityIsTheLogisticOfTheWeightsOfTheContextsFeatures() {
        CueContexts contexts = new CueContexts(Map.of(CueContexts.BIAS, -1.0, "believes", 0.5, "next:that", 1.5),
                0.5, 0.2);
        assertEquals(1 / (1 + Math.exp(-1.0)), contexts.probability(BELIEVES_THAT), 1e-9);
    }

    @Test
    void aFormNeverSeenIsJudgedByItsFormFreeFeatures() {
        CueContext touts = new CueContext("touts", false, "that", true, "name", "-", "-", "that", "smith", "clause",
                "none", "open", "-", "-", "-", "-", "-", "-", 0);
        CueContexts contexts = new CueContexts(Map.of(CueContexts.BIAS, -2.0, "*open|s|that|true|-|name", 3.0), 0.5, 0.2);
        assertTrue(contexts.admits(touts, false));
        assertFalse(contexts.admits(new CueContext("touts", false, "-", true, "name", "-", "-", "the", "smith", "clause",
                "none", "open", "-", "-", "-", "-", "-", "-", 0), false));
    }

    @Test
    void formsOfOneVerbShareTheirStem() {
        assertEquals("believ", CueContext.stem("believes"));
        assertEquals("believ", CueContext.stem("believed"));
        assertEquals("show", CueContext.stem("showing"));
    }

    @Test
    void aLexiconCueOpeningItsContentWithThatIsReportedSpeechWhateverTheModelSays() {
        CueContexts contexts = new CueContexts(Map.of(CueContexts.BIAS, -5.0), 0.5, 0.2);
        CueContext toldThat = new CueContext("told", true, "that", true, "name", "-", "-", "reporters", "jones", "short",
                "none", "cue", "word", "-", "-", "after", "clause", "0", 0);
        assertTrue(contexts.admits(toldThat, true));
        assertFalse(contexts.admits(toldThat, false));
        assertFalse(contexts.admits(new CueContext("told", true, "-", true, "name", "-", "-", "reporters", "jones",
                "short", "none", "cue", "word", "-", "-", "after", "clause", "0", 0), true));
    }

    @Test
    void aCandidateHoldingAnotherAttributionIsJudgedByTheModelForTheOneItHoldsEndsItsContent() {
        CueContext holds = new CueContext("quoted", false, "-", true, "organisation", "-", "holds", "a", "times", "long",
                "none", "candidate", "-", "-", "-", "-", "-", "-", 0);
        assertTrue(new CueContexts(Map.of(CueContexts.BIAS, 5.0), 0.5, 0.2).admits(holds, false));
        assertFalse(new CueContexts(Map.of(CueContexts.BIAS, -5.0), 0.5, 0.2).admits(holds, false));
    }

    @Test
    void aCueNestedInAnotherContentIsLeftToThatOneWhileOneJoinedAfterItIsJudged() {
        CueContexts contexts = new CueContexts(Map.of(CueContexts.BIAS, 5.0), 0.5, 0.2);
        assertFalse(contexts.admits(claimed("inside"), true), "\"said the governor claimed that …\"");
        assertTrue(contexts.admits(claimed("next"), true), "\"…, and the governor claimed that …\"");
        assertTrue(contexts.admits(claimed("also"), false), "\"…, and claimed that …\"");
        assertTrue(contexts.admits(claimed("under"), true), "\"landed in trouble by claiming that …\"");
        assertFalse(new CueContexts(Map.of(CueContexts.BIAS, -5.0), 0.5, 0.2).admits(claimed("next"), false));
    }

    private static CueContext claimed(String nesting) {
        return new CueContext("claimed", true, "that", true, "name", "-", nesting, "that", "governor", "clause", "none",
                "cue", "-", "-", "-", "before", "clause", "0", 0);
    }

    @Test
    void trainingLearnsToTellARightContextFromAWrongOne() {
        List<CueContextTraining.Example> examples = new java.util.ArrayList<>();
        for (int k = 0; k < 50; k++) {
            examples.add(new CueContextTraining.Example(List.of("next:that"), true));
            examples.add(new CueContextTraining.Example(List.of("next:the"), false));
        }
        CueContexts contexts = new CueContexts(CueContextTraining.fit(examples), 0.5, 0.2);
        assertTrue(contexts.admits(BELIEVES_THAT, false));
        assertFalse(contexts.admits(new CueContext("believes", false, "-", true, "name", "-", "-", "the", "smith",
                "clause", "none", "candidate", "-", "-", "-", "-", "-", "-", 0), false));
    }

    @Test
    void aBeliefWithThatIsAnAttribution() {
        List<Quotation> quotes = Extracted.from("The governor believes that the budget will pass next month.");
        Quotation q = Extracted.containing(quotes, "the budget will pass");
        assertEquals("The governor", q.speaker());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void theShapeOfAWordAfterItsAuxiliaryTellsWhetherItCanBeTheVerb() {
        CueLexicon cues = CueLexicon.STANDARD;
        assertTrue(cues.looksLikeVerb("questioning", "is"));
        assertFalse(cues.looksLikeVerb("questioned", "was"), "an -ed form after \"was\" is passive");
        assertTrue(cues.looksLikeVerb("detailed", "has"));
        assertFalse(cues.looksLikeVerb("detailing", "has"));
        assertTrue(cues.looksLikeVerb("demand", "will"));
        assertTrue(cues.looksLikeVerb("urges", ""));
        assertTrue(cues.looksLikeVerb("backed", ""));
        assertTrue(cues.looksLikeVerb("think", ""), "a bare form training had as a cue");
        assertFalse(cues.looksLikeVerb("campaign", ""), "a bare form seldom a cue where it occurs");
        assertFalse(cues.looksLikeVerb("quickly", ""));
        assertEquals("modal", CueLexicon.auxClass("didn’t"));
    }
}
