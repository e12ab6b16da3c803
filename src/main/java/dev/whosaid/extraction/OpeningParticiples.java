package dev.whosaid.extraction;

import java.util.Set;

/**
 * "Noting that only one senator voted with them, Tester urged …", "But by criticizing the judge, Smith …": a participle
 * that opens its sentence, alone or after a connective or a preposition, is an act of the main clause's subject, which
 * stands after the comma that closes the participle's phrase. On train a lexicon cue opening a sentence so is annotated
 * 29 times of 39, a weaker candidate form 26 of 109 (the cue model tells them apart by the form).
 */
final class OpeningParticiples {

    /** Words that may stand before the participle at the start of its sentence ("But while", "Instead of", "And in"). */
    private static final Set<String> OPENERS = Set.of("but", "and", "yet", "so", "now", "still", ",", "after", "before",
            "while", "when", "by", "in", "since", "despite", "instead", "of", "besides", "upon", "on", "without");
    /** The most words before the participle ("But, after", "And instead of"). */
    private static final int MAX_OPENERS = 3;
    /** The most tokens of a participle's phrase before the comma that closes it. */
    private static final int MAX_PHRASE = 40;
    /** Words that open a main clause's subject in lower case after the comma ("…, the protesters chanted"). */
    private static final Set<String> SUBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "he", "she", "they", "we", "i", "it", "many", "some", "most", "several", "both", "all", "two", "three");

    private OpeningParticiples() {}

    /** Whether the -ing word at {@code i} opens the sentence that begins at {@code b}, after openers at most. */
    static boolean opens(Document doc, int i, int b) {
        String w = doc.token(i).lower();
        if (i - b > MAX_OPENERS || !w.endsWith("ing") || w.equals("according") || doc.quoted(i)) {
            return false;
        }
        for (int k = b; k < i; k++) {
            if (doc.quoted(k) || !OPENERS.contains(doc.token(k).lower())) {
                return false;
            }
        }
        return !(i > b && doc.token(i - 1).is("of")) || i - 2 >= b && doc.token(i - 2).is("instead"); // not "Of"
    }

    /**
     * Where the main clause starts after the phrase of the opening participle at {@code i}: after the first comma (or
     * the quote mark it closes) that a subject follows (a name, a pronoun or a determiner; not "reform …" of a list inside the phrase); or -1.
     */
    static int mainClause(Document doc, int i, int e) {
        for (int k = i + 1; k + 1 < e && k <= i + MAX_PHRASE; k++) {
            if (!doc.token(k).is(",")) {
                continue;
            }
            // "Citing “obligations at home,” the spokeswoman …": a comma inside the closing quote mark closes it too
            int after = !doc.quoted(k) ? k + 1
                    : k + 2 < e && Lexicon.isQuoteMark(doc.token(k + 1).text()) ? k + 2 : -1;
            Token next = after < 0 ? null : doc.token(after);
            if (next != null && !doc.quoted(after) && next.isWord()
                    && (next.isCapitalized() || SUBJECT_OPENERS.contains(next.lower()))) {
                return after;
            }
        }
        return -1;
    }
}
