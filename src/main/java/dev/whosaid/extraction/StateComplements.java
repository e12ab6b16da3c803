package dev.whosaid.extraction;

import java.util.Set;

/**
 * "Sanders is confident that …", "Democrats are worried that …", "Cruz was eager to …": a state of mind after a
 * form of "be", whose clause or infinitive is what its subject believes, fears or intends. After "be" a word is
 * otherwise taken for a passive; only a verb of saying stays one there ("was told that": the subject is the
 * listener). Whether an annotator would mark the state ("is able to", "was forced to" seldom) is for the model to
 * judge.
 */
final class StateComplements {

    private StateComplements() {}

    /**
     * The word at {@code i} stands after a form of "be", adverbs between ("is increasingly confident"), and after a
     * subject that can hold a state of mind: "It is clear that", "There is hope that" have none.
     */
    static boolean afterBe(Document doc, int i) {
        int b = doc.sentenceBegin(doc.sentenceOf[i]);
        ContentBounds.VerbChain chain = ContentBounds.verbChain(doc, i, b);
        return CueLexicon.auxClass(chain.aux()).equals("be")
                && !(chain.subjectEnd() >= b && EXPLETIVES.contains(doc.token(chain.subjectEnd()).lower()));
    }

    private static final Set<String> EXPLETIVES = Set.of("it", "there");

    /** Participles without -ed, passive after "be" like the others ("was forecast to reach", "is set to"). */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("forecast", "set", "put", "cut", "known", "shown",
            "seen", "given", "taken", "held", "made", "found", "sent", "built", "thought", "bound", "born", "chosen",
            "drawn", "written", "spoken", "led", "paid", "sworn", "meant", "left", "brought", "caught", "elected");

    /**
     * "was told that", "is said to", "was urged to": the subject of a verb of saying in the passive is the one
     * spoken to or of, it holds nothing; "is convinced that" is a belief.
     */
    private static boolean isPassiveOfSpeech(String w) {
        return !w.equals("convinced") && (ContentBounds.SAY_FORMS.contains(w) || ContentBounds.TELL_CUES.contains(w));
    }

    /**
     * Whether the word at {@code i} stands after "be" and before an unquoted "that" ("is convinced that") or, where
     * it has no -ed, an infinitive ("is eager to"), and is no passive of a verb of saying: the candidates that the
     * passive rule would otherwise drop.
     */
    static boolean opens(Document doc, int i, int e) {
        String w = doc.token(i).lower();
        if (i + 1 >= e || doc.quoted(i + 1) || isPassiveOfSpeech(w)) {
            return false;
        }
        // "was forced to", "is projected to win", "was required to": before an infinitive an -ed form is passive
        boolean infinitive = !CueContext.shape(w).equals("ed") && !IRREGULAR_PARTICIPLES.contains(w)
                && CueLexicon.isInfinitive(doc, i + 1, e);
        return (doc.token(i + 1).is("that") || infinitive) && afterBe(doc, i);
    }
}
