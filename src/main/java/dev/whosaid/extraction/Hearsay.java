package dev.whosaid.extraction;

import java.util.Set;

/**
 * "The FBI is reportedly making arrangements to interview her": an adverb of hearsay passes on a claim whose source
 * the sentence does not name. PolNeAR marks it as an attribution without a source whose content is the subject with
 * its auxiliaries and the predicate after the adverb, in two pieces (on train "reportedly" is a cue 16 times of 27;
 * "allegedly" 1 of 12 and "supposedly" 1 of 9 are mostly the writer's doubt, not a report).
 */
final class Hearsay {

    /** Adverbs that pass on what was reported. */
    private static final Set<String> ADVERBS = Set.of("reportedly");

    private Hearsay() {}

    /**
     * Whether token {@code i} is an adverb of hearsay within the sentence {@code b..e} before a predicate of its own:
     * before a verb of saying ("reportedly told aides") the verb's attribution reports it.
     */
    static boolean isHearsay(Document doc, CueLexicon cues, int i, int b, int e) {
        Token t = doc.token(i);
        return !doc.quoted(i) && ADVERBS.contains(t.lower()) && (i == b || !t.isCapitalized()) && i + 2 < e
                && !cues.isCue(doc.token(i + 1).lower());
    }

    /** The adverb at {@code i} ({@link #isHearsay}) with its subject and predicate. */
    static Appearances.Appearance at(Document doc, ContentBounds bounds, int i, int b, int e) {
        int from = doc.token(i + 1).text().equals(",") ? i + 2 : i + 1; // "Reportedly, he made …"
        int to = bounds.clauseEnd(from, e);
        if (i == b || !doc.token(i - 1).isWord()) {
            return new Appearances.Appearance(i, -1, -1, from, to); // "…, reportedly winning over delegates"
        }
        // "The Club for Growth is reportedly spending …": the subject with its auxiliary is one piece
        return Appearances.withSubject(doc, i, ContentBounds.verbChain(doc, i, b).start(), i, b, from, to);
    }
}
