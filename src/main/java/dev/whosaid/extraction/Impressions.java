package dev.whosaid.extraction;

import java.util.Set;

/**
 * "Trump's supporters seemed equally unperturbed", "the race appears closer in Ohio": "seem" or "appear" with a
 * predicate (no infinitive, see {@link Appearances}) gives an impression no one in the sentence states. PolNeAR marks
 * it as an attribution without a source whose content is the subject and the predicate, in two pieces: on train
 * "seems", "seemed", "appears" and "appeared" before such a predicate are a cue 55 times of 94 (the bare "seem" and
 * "appear", after a modal or "to", only 12 of 31; after "it" or "there" the verb has no subject of its own).
 */
final class Impressions {

    /** Finite forms of "seem" and "appear". */
    private static final Set<String> VERBS = Set.of("seems", "seemed", "appears", "appeared");
    /**
     * Words after the verb that open no predicate of the subject: "to" opens a raising verb's infinitive, a preposition
     * a place ("appeared on television"), a determiner or conjunction something else.
     */
    private static final Set<String> NO_PREDICATE = Set.of("to", "on", "at", "in", "with", "before", "onstage",
            "alongside", "together", "as", "for", "during", "from", "live", "via", "after", "briefly", "here", "there",
            "under", "inside", "outside", "near", "by", "over", "and", "or", "but", "that", "this", "the", "a", "an",
            "his", "her", "their", "its");
    /** Subjects that stand for no one: "it seems that …", "there appeared …". */
    private static final Set<String> EMPTY_SUBJECTS = Set.of("it", "there");

    private Impressions() {}

    /** Whether token {@code i} is "seems" or "appeared" before a predicate, within the sentence {@code b..e}. */
    static boolean isImpression(Document doc, int i, int b, int e) {
        Token t = doc.token(i);
        if (doc.quoted(i) || t.isCapitalized() || !VERBS.contains(t.lower()) || i + 2 >= e || doc.quoted(i + 1)) {
            return false;
        }
        Token next = doc.token(i + 1);
        int chain = Appearances.chainStart(doc, i, b);
        return next.isWord() && !next.isCapitalized() && !NO_PREDICATE.contains(next.lower())
                && !(chain > b && EMPTY_SUBJECTS.contains(doc.token(chain - 1).lower()));
    }

    /** The verb at {@code i} ({@link #isImpression}) with its subject and predicate. */
    static Appearances.Appearance at(Document doc, ContentBounds bounds, int i, int b, int e) {
        int from = i + 1;
        // "seemed most concerned with the economy, an indication that …": the predicate ends at its first comma
        int to = bounds.firstUnquoted(from + 1, bounds.clauseEnd(from, e, true), ","::equals);
        int chain = Appearances.chainStart(doc, i, b);
        return Appearances.withSubject(doc, i, chain, chain, b, from, to);
    }
}
