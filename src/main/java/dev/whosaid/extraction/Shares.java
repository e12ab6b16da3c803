package dev.whosaid.extraction;

import java.util.Set;

/**
 * "About 6 in 10 white men supported Sanders", "Most believe that the economy has improved", "A majority of
 * Republicans support deportation": a share of a poll's respondents that opens a clause speaks for them, whatever
 * the verb. PolNeAR gives the share as the source of a belief, a wish or a stance so reported (on train 53 such
 * clauses with a verb other than "say" were annotated and missed before); the learned {@link CueContext} model
 * tells them from mere facts ("about 3 in 10 were Hispanic"), and knows the share apart from other subjects.
 */
final class Shares {

    /** Words that may stand before the share itself ("only about", "more than", "the vast", "a slim"). */
    private static final Set<String> MODIFIERS = Set.of("about", "nearly", "only", "roughly", "almost", "just", "some",
            "over", "around", "more", "fewer", "less", "than", "at", "least", "a", "an", "the", "full", "vast", "slim",
            "narrow", "bare", "clear", "solid", "overwhelming", "barely", "well", "under", "fully");
    /** Shares named by a word of their own. */
    private static final Set<String> FRACTIONS = Set.of("most", "half", "majority", "plurality", "minority", "third",
            "thirds", "quarter", "quarters", "fifth", "fifths", "two-thirds", "three-quarters", "three-fourths",
            "three-fifths", "four-fifths", "one-third", "one-quarter", "one-fifth", "two-fifths");
    /** Numbers written as words, as in "six in 10" or "two out of three". */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    /** Words that join a share to the group it is a share of ("of Republicans", "in each state", "among them"). */
    private static final Set<String> GROUP_LINKS = Set.of("of", "in", "among");
    /** Conjunctions after which a share opens a clause of its own ("while about 4 in 10 want …"). */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "while", "whereas", "though", "although",
            "yet", "that", "when", "where");
    /** The most tokens of a share with its group ("Only about 4 in 10 Republican voters in each state"). */
    private static final int MAX_TOKENS = 14;

    private Shares() {}

    /**
     * The share that opens a clause in the sentence from {@code b} and ends at token {@code k}, right before a verb
     * ("About three-quarters | support"), as an anonymous speaker; or null.
     */
    static Mention subjectBefore(Document doc, int k, int b) {
        for (int first = Math.max(b, k - MAX_TOKENS + 1); first <= k; first++) {
            if (opensClause(doc, first, b) && isShare(doc, first, k)) {
                Span span = new Span(doc.token(first).start(), doc.token(k).end());
                return new Mention(first, k, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
            }
        }
        return null;
    }

    /** Whether the mention names a share of a group ({@link #subjectBefore}). */
    static boolean isShare(Document doc, Mention m) {
        return isShare(doc, m.first(), m.last());
    }

    /** Whether tokens {@code first..last} are modifiers, a share, and the group it is a share of ("of Republicans"). */
    private static boolean isShare(Document doc, int first, int last) {
        int q = first;
        while (q < last && MODIFIERS.contains(doc.token(q).lower())) {
            q++;
        }
        int end = shareEnd(doc, q, last);
        if (end < 0 || GROUP_LINKS.contains(doc.token(last).lower())
                || doc.token(q).is("most") && q > first && doc.token(q - 1).is("the")) {
            return false; // "the most" ranks, it is no share
        }
        for (int k = end + 1; k <= last; k++) {
            Token t = doc.token(k);
            String w = t.lower();
            if (doc.quoted(k) || !t.isWord() || !CueLexicon.auxClass(w).equals("-") || w.endsWith("ly")
                    || Lexicon.STOP.contains(w) && !GROUP_LINKS.contains(w)) {
                return false; // "half of those who said" holds a clause; "most recently" is an adverb
            }
        }
        return true;
    }

    /** The last token of the share opening at {@code q} ("42 percent", "six in 10", "two out of three", "half"), or -1. */
    private static int shareEnd(Document doc, int q, int last) {
        Token t = doc.token(q);
        String w = t.lower();
        if (FRACTIONS.contains(w)) {
            return q;
        }
        boolean number = Character.isDigit(w.charAt(0)) || NUMBER_WORDS.contains(w);
        if (!number || q + 1 > last) {
            return -1;
        }
        String next = doc.token(q + 1).lower();
        if (Character.isDigit(w.charAt(0)) && (next.equals("percent") || next.equals("%"))) {
            return q + 1;
        }
        int of = next.equals("out") && q + 2 <= last && doc.token(q + 2).is("of") ? q + 2
                : next.equals("in") || next.equals("of") ? q + 1 : -1;
        if (of < 0 || of + 1 > last) {
            return -1;
        }
        String base = doc.token(of + 1).lower();
        return Character.isDigit(base.charAt(0)) || NUMBER_WORDS.contains(base) ? of + 1 : -1;
    }

    /** Whether token {@code k} opens a clause: the sentence's first, or after a comma, dash, colon or conjunction. */
    private static boolean opensClause(Document doc, int k, int b) {
        if (k == b) {
            return true;
        }
        String prev = doc.token(k - 1).lower();
        return prev.equals(",") || prev.equals(":") || prev.equals(";") || Lexicon.isDash(prev)
                || CLAUSE_LINKS.contains(prev);
    }
}
