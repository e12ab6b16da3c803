package dev.whosaid.extraction;

import java.util.Set;

/**
 * "The music seemed to match the mood", "Obama is expected to join Clinton on the trail": a raising verb with an
 * infinitive gives an assessment no one in the sentence makes. PolNeAR marks it as an attribution without a source
 * whose content is the subject and the infinitive, in two pieces (on train "be expected to" is marked 75 times of
 * 87, "seems/appears to" 145 of 257); the subject of the verb is no speaker.
 */
final class Appearances {

    /** Forms of "seem" and "appear", which raise their subject whatever auxiliary stands before them. */
    private static final Set<String> SEEM = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    /**
     * Forms that raise their subject only after a form of "be" ("is expected to"; "had expected to" is active); "is
     * said to have" gives hearsay without a source (annotated so 4 times of 4 on train).
     */
    private static final Set<String> PASSIVE_RAISING = Set.of("expected", "said");
    /** Words that end a subject on its left: a clause opens after them. */
    private static final Set<String> SUBJECT_BREAKS = Set.of("that", "who", "which", "but", "because", "while", "if",
            "when", "although", "though", "so", "whether", "where", "why", "how", "unless", "what", "after", "before",
            "since", "until", "once");
    /** Conjunctions that join noun phrases inside a subject, or, right before the verb, verb phrases. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "but");
    /** Relative pronouns that are the whole subject ("a voter who seemed to be confused"). */
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "what");
    /** A subject longer than this is most likely a misread clause: the content is then the infinitive alone. */
    private static final int MAX_SUBJECT_TOKENS = 15;
    /** The most tokens of a subject with insertions between commas, from the start of the sentence. */
    private static final int MAX_INSERTED_SUBJECT_TOKENS = 30;

    /**
     * One raising verb with its pieces.
     *
     * @param cue          the verb's token
     * @param subjectFrom  first token of the subject, or -1 where none was found
     * @param subjectTo    token after the subject, or -1
     * @param from         first token of the infinitive ("to")
     * @param to           token after the infinitive's clause
     */
    record Appearance(int cue, int subjectFrom, int subjectTo, int from, int to) {}

    private Appearances() {}

    /** Whether token {@code i} is a raising verb before an infinitive, within the sentence {@code b..e}. */
    static boolean isRaisingVerb(Document doc, int i, int b, int e) {
        Token t = doc.token(i);
        String w = t.lower();
        if (doc.quoted(i) || t.isCapitalized() || !SEEM.contains(w) && !PASSIVE_RAISING.contains(w)
                || !CueLexicon.isInfinitive(doc, i + 1, e)) {
            return false;
        }
        return SEEM.contains(w) || CueLexicon.auxClass(ContentBounds.verbChain(doc, i, b).aux()).equals("be");
    }

    /** The raising verb at {@code i} ({@link #isRaisingVerb}) with its subject and infinitive. */
    static Appearance at(Document doc, ContentBounds bounds, int i, int b, int e) {
        int from = i + 1;
        // "to sign the measure, potentially teeing up …": the infinitive ends at its first comma
        int to = bounds.firstUnquoted(from + 1, bounds.clauseEnd(from, e, true), ","::equals);
        int chain = ContentBounds.verbChain(doc, i, b).start();
        return withSubject(doc, i, chain, chain, b, from, to);
    }

    /**
     * The appearance of the cue at {@code cue} with the subject that ends where its chain of auxiliaries and adverbs
     * starts ({@code chain}), as one piece up to {@code subjectEnd}, and the content {@code from..to}; without a
     * subject where none stands there.
     */
    static Appearance withSubject(Document doc, int cue, int chain, int subjectEnd, int b, int from, int to) {
        int subjectFrom = chain - 1;
        if (subjectFrom > b && doc.token(subjectFrom).text().equals(",") && !holdsQuote(doc, b, subjectFrom)) {
            // "The central bank, which has held rates near zero, is expected to act": the subject with its insertions
            return subjectEnd - b > MAX_INSERTED_SUBJECT_TOKENS ? new Appearance(cue, -1, -1, from, to)
                    : new Appearance(cue, b, subjectEnd, from, to);
        }
        if (subjectFrom < b || doc.quoted(subjectFrom) || !doc.token(subjectFrom).isWord()
                || CONJUNCTIONS.contains(doc.token(subjectFrom).lower())) {
            return new Appearance(cue, -1, -1, from, to); // "… and appeared to capitulate": a second verb phrase
        }
        if (!RELATIVES.contains(doc.token(subjectFrom).lower())) {
            while (subjectFrom - 1 >= b && !breaksSubject(doc, subjectFrom - 1)) {
                subjectFrom--;
            }
            if (CONJUNCTIONS.contains(doc.token(subjectFrom).lower())) {
                subjectFrom++; // ", and the old ferry was expected to": the conjunction opens the clause
            }
        }
        boolean tooLong = chain - subjectFrom > MAX_SUBJECT_TOKENS;
        return tooLong ? new Appearance(cue, -1, -1, from, to) : new Appearance(cue, subjectFrom, subjectEnd, from, to);
    }

    private static boolean holdsQuote(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.quoted(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} ends, on its left, the subject of a verb after it. */
    private static boolean breaksSubject(Document doc, int k) {
        Token t = doc.token(k);
        return doc.quoted(k) || !t.isWord() && !t.isPossessive() || SUBJECT_BREAKS.contains(t.lower());
    }

}
