package dev.whosaid.extraction;

import java.util.Set;

/**
 * "The union is widely regarded as one of the more liberal", "Reagan was known for his hatred of …": a passive verb of
 * perception gives a view no one in the sentence holds. PolNeAR marks it as an attribution without a source whose
 * content is the subject and what comes after "as" or "for", in two pieces. On train these verbs after a finite "is",
 * "are", "was" or "were" are a cue 33 times of 48 ("is seen as" 13 of 22, "was known for/as" 10 of 12); after
 * "be", "been" or "being" ("can be seen as", "being viewed as") they seldom are, so only the finite form counts. The
 * verbs are those of these phrases that train marks more often than not.
 */
final class Perceptions {

    /** Participles whose passive after a finite "be" states a common view ("is seen as a bellwether"). */
    private static final Set<String> VERBS = Set.of("seen", "viewed", "regarded", "known", "described", "billed",
            "criticized");
    /** What opens the view after the participle. */
    private static final Set<String> OPENERS = Set.of("as", "for");
    /** The finite forms of "be" before the participle. */
    private static final Set<String> FINITE_BE = Set.of("is", "are", "was", "were");

    private Perceptions() {}

    /** Whether token {@code i} is a passive verb of perception ("is widely seen as …") within the sentence {@code b..e}. */
    static boolean isPerception(Document doc, int i, int b, int e) {
        Token t = doc.token(i);
        if (doc.quoted(i) || t.isCapitalized() || !VERBS.contains(t.lower()) || i + 2 >= e
                || !OPENERS.contains(doc.token(i + 1).lower()) || doc.quoted(i + 1)) {
            return false;
        }
        return FINITE_BE.contains(ContentBounds.verbChain(doc, i, b).aux()); // the auxiliary nearest the participle
    }

    /** The verb at {@code i} ({@link #isPerception}) with its subject and the view after "as" or "for". */
    static Appearances.Appearance at(Document doc, ContentBounds bounds, int i, int b, int e) {
        int from = i + 2;
        // "known for his hatred of the “Evil Empire,” voicing …": the view ends at its first comma
        int to = bounds.firstUnquoted(from + 1, bounds.clauseEnd(from, e, true), ","::equals);
        int chain = ContentBounds.verbChain(doc, i, b).start();
        return Appearances.withSubject(doc, i, chain, chain, b, from, to);
    }
}
