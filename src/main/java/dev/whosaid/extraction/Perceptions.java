package dev.whosaid.extraction;

import java.util.Map;
import java.util.Set;

/**
 * "The union is widely regarded as one of the more liberal", "Reagan was known for his hatred of …": a passive verb of
 * perception gives a view no one in the sentence holds. PolNeAR marks it as an attribution without a source whose
 * content is the subject and the view from "as" or "for" on, in two pieces. On train these verbs after a finite "is",
 * "are", "was" or "were" are a cue 33 times of 48 ("is seen as" 13 of 22, "was known for/as" 10 of 12); after
 * "be", "been" or "being" ("can be seen as", "being viewed as") they seldom are, so only the finite form counts, and
 * the perfect ("has long been seen as"). The verbs are those of these phrases that train marks more often than not.
 * Judgements and charges read alike: "Sanders was declared the winner", "The plan is considered a long shot" (the
 * view right after the participle: "considered", "declared", "deemed" are marked 15 times of 23 after a finite "be"),
 * "The aide was charged with lying" (8 of 12 with "accused of" and "charged with"). Without a source these are
 * judged by these counts, not by the cue model.
 */
final class Perceptions {

    /** What opens the view after most participles ("seen as", "known for"). */
    private static final Set<String> AS_FOR = Set.of("as", "for");
    /**
     * Participles whose passive after a finite "be" states a common view ("is seen as a bellwether") or a charge
     * ("was accused of fraud"), with the words that open it.
     */
    private static final Map<String, Set<String>> OPENERS = Map.of("seen", AS_FOR, "viewed", AS_FOR, "regarded", AS_FOR,
            "known", AS_FOR, "described", AS_FOR, "billed", AS_FOR, "criticized", AS_FOR, "accused", Set.of("of"),
            "charged", Set.of("with"));
    /** Participles whose view follows them with no word to open it ("was declared the winner"). */
    private static final Set<String> DIRECT = Set.of("considered", "declared", "deemed");
    /** The finite forms of "be" before the participle. */
    private static final Set<String> FINITE_BE = Set.of("is", "are", "was", "were");

    private Perceptions() {}

    /** Whether token {@code i} is a passive verb of perception ("is widely seen as …") within the sentence {@code b..e}. */
    static boolean isPerception(Document doc, int i, int b, int e) {
        Token t = doc.token(i);
        if (doc.quoted(i) || t.isCapitalized() || i + 2 >= e || doc.quoted(i + 1) || viewFrom(doc, i) < 0) {
            return false;
        }
        ContentBounds.VerbChain chain = ContentBounds.verbChain(doc, i, b);
        return FINITE_BE.contains(chain.aux()) || chain.aux().equals("been") && opensWithHave(doc, chain.start(), i);
    }

    /**
     * "has long been seen as", "have been criticized for": the perfect states the view as firmly as "is" (8 times of
     * 13 on train); "could have been", "will have been" are no statement.
     */
    private static boolean opensWithHave(Document doc, int from, int to) {
        for (int k = from; k < to; k++) {
            String aux = CueLexicon.auxClass(doc.token(k).lower());
            if (!aux.equals("-")) {
                return aux.equals("have");
            }
        }
        return false;
    }

    /** The verb at {@code i} ({@link #isPerception}) with its subject and its view ("as a bellwether"). */
    static Appearances.Appearance at(Document doc, ContentBounds bounds, int i, int b, int e) {
        int from = viewFrom(doc, i);
        // "known for his hatred of the “Evil Empire,” voicing …": the view ends at its first comma; "considered
        // unclean by many": the agent who holds it is none of it
        int to = bounds.firstUnquoted(from + 1, bounds.clauseEnd(from, e, true), w -> w.equals(",") || w.equals("by"));
        int chain = ContentBounds.verbChain(doc, i, b).start();
        return Appearances.withSubject(doc, i, chain, chain, b, from, to);
    }

    /**
     * Where the view after the participle at {@code i} starts: at its opener, which PolNeAR marks with it ("as a
     * bellwether"), or right after a participle of {@link #DIRECT} where a noun phrase or adjective follows
     * ("considered a moderate", not "considered by many" nor "considered to be"); -1 where it has none.
     */
    private static int viewFrom(Document doc, int i) {
        String w = doc.token(i).lower();
        String next = doc.token(i + 1).lower();
        boolean opened = OPENERS.getOrDefault(w, Set.of()).contains(next);
        boolean direct = DIRECT.contains(w) && doc.token(i + 1).isWord() && !Lexicon.STOP.contains(next);
        return opened || direct ? i + 1 : -1;
    }
}
