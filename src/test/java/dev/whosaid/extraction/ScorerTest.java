package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final String TEXT = "Heather Nauert said the letter was delivered. She said it was fine.";

    private static Scorer.GoldPiece gold(int start, int end, String speaker, int speakerStart, int speakerEnd, String canonical) {
        return new Scorer.GoldPiece(start, end, speaker, speakerStart, speakerEnd, canonical, null, null, "indirect", null);
    }

    @Test
    void namesAgreeWhenOnesWordsAllStandInTheOther() {
        assertTrue(Scorer.namesAgree("Nauert", "Heather Nauert"));
        assertTrue(Scorer.namesAgree("Mr. Trump", "Donald Trump"));
        assertTrue(Scorer.namesAgree("Château", "chateau"));
        assertFalse(Scorer.namesAgree("she", "she"));
        assertFalse(Scorer.namesAgree("Kim Jong Un", "Kim Yong Chol"));
    }

    @Test
    void aPairNeedsHalfTheLettersInCommon() {
        Scorer scorer = new Scorer(0.5, 0);
        int start = TEXT.indexOf("the letter");
        int end = TEXT.indexOf(". She");
        scorer.add("a", TEXT, List.of(gold(start, end, "Heather Nauert", 0, 14, null)),
                List.of(new Scorer.Predicted(List.of(new Span(start, start + 3)), "Heather Nauert", 0, 14)));
        assertEquals(0, scorer.figures().paired());
        assertEquals(1, scorer.figures().gold());
    }

    @Test
    void anOverlappingMentionIsTheRightSpeakerWhereNoFullNameIsAnnotated() {
        Scorer scorer = new Scorer(0.5, 0);
        int she = TEXT.indexOf("She");
        int start = TEXT.indexOf("it was fine");
        scorer.add("a", TEXT, List.of(gold(start, start + 11, "She", she, she + 3, null)),
                List.of(new Scorer.Predicted(List.of(new Span(start, start + 11)), "Heather Nauert", she, she + 3)));
        assertEquals(1.0, scorer.figures().attributedF1());
        assertEquals(1.0, scorer.figures().speakerAccuracy());
    }

    @Test
    void aResolvedFullNameMustAgreeWithThePredictedName() {
        Scorer scorer = new Scorer(0.5, 5);
        int she = TEXT.indexOf("She");
        int start = TEXT.indexOf("it was fine");
        scorer.add("a", TEXT, List.of(gold(start, start + 11, "She", she, she + 3, "Heather Nauert")),
                List.of(new Scorer.Predicted(List.of(new Span(start, start + 11)), "She", she, she + 3)));
        assertEquals(0.0, scorer.figures().attributedF1());
        assertEquals(1.0, scorer.figures().quoteF1());
        assertEquals(1, scorer.wrongSpeakers().size());
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Scorer(1.5, 0));
        assertTrue(e.getMessage().contains("1.5"));
    }
}
