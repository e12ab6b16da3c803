package dev.whosaid.extraction;

import java.util.Set;

/**
 * "a super PAC backing the governor", "pastors supporting the senator": a participle right after a noun phrase that
 * can speak, with an object after it, tells what that group holds. On train a cue or candidate form standing so
 * (noun, participle, then a determiner or a name) is annotated about a third of the time, most often for stances
 * ("supporting" 14 of 41, "backing" 5 of 12); the cue model judges each by its form and what stands around it.
 */
final class NounParticiples {

    /** Prepositions that, inside the phrase before the participle, leave its head elsewhere ("one of many"). */
    private static final Set<String> INSIDE_PHRASE = Set.of("of", "from", "for", "in", "on", "at", "with", "without",
            "about", "among", "by", "to");

    private NounParticiples() {}

    /**
     * The speaker of the participle at {@code i} where a mention that can speak ends right before it, within the
     * sentence from {@code b} to {@code e}, and a determiner or a capitalised word opens its object; else null.
     */
    static Mention holder(Document doc, MentionFinder finder, int i, int b, int e) {
        if (i - 1 <= b || i + 1 >= e || doc.quoted(i - 1) || doc.quoted(i + 1)) {
            return null;
        }
        Token before = doc.token(i - 1);
        Token object = doc.token(i + 1);
        if (!before.isWord() || Lexicon.STOP.contains(before.lower()) || ContentBounds.isChainAdverb(before)
                || !object.isWord() || !(object.isCapitalized() || Lexicon.DETERMINERS.contains(object.lower()))) {
            return null;
        }
        if (Lexicon.HONORIFICS.contains(before.lower()) || Lexicon.TIME_WORDS.contains(before.lower())
                || Lexicon.MONTHS.contains(before.lower())) {
            return null; // "Mrs. Clinton", "Tuesday night showing": no noun phrase ends before the participle
        }
        Mention m = finder.leftOf(i - 1, b);
        if (m == null || m.last() != i - 1 || m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.RELATIVE) {
            return null;
        }
        for (int k = Math.max(b, m.first() - 1); k < m.last(); k++) {
            if (INSIDE_PHRASE.contains(doc.token(k).lower())) {
                // "one of the donors backing", "a report from the agency saying": the phrase is no speaker, or only a
                // part of the one that is
                return null;
            }
        }
        return m;
    }
}
