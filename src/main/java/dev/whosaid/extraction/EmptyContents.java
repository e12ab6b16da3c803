package dev.whosaid.extraction;

import java.util.Set;

/**
 * Contents that hold nothing said, whatever their cue: the document a statement comes in ("issued a statement",
 * "released the following statement": its words follow, under a cue of their own), adverbs alone ("As the Post
 * reported just today, …", "But, she told the mayors, …") and headings after a label ("Kasich: Now or never.").
 * Out of fold on train nearly every such content the extractor kept was false or missed the gold bounds (12 of 12
 * document noun phrases, 8 of 9 adverb contents, 10 of 10 headings of three words or fewer).
 */
final class EmptyContents {

    /** The most words of a document's noun phrase ("a brief follow-up statement"). */
    private static final int MAX_DOCUMENT_WORDS = 4;
    /** The most words of a heading after a label ("Now or never"). */
    private static final int MAX_HEADING_WORDS = 3;

    private EmptyContents() {}

    /** Whether the content from token {@code from} to {@code to} (exclusive) of the cue at {@code cue} says nothing. */
    static boolean saysNothing(Document doc, int cue, int from, int to) {
        return isDocumentIntroduced(doc, from, to) || isAdverbsOnly(doc, from, to) || isHeading(doc, cue, from, to);
    }

    /**
     * "Kasich: Now or never.", "Q: Does Ted Cruz?": three words or fewer after a label's colon, in no quote marks,
     * head a section or prompt an answer; a label's statement comes in a sentence or in quote marks ("Fiorina: ‘He's
     * fair game.’").
     */
    static boolean isHeading(Document doc, int cue, int from, int to) {
        if (!doc.token(cue).is(":") || from <= cue) {
            return false;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (doc.quoted(k) || doc.opensQuote(k)) {
                return false;
            }
            words += doc.token(k).isWord() ? 1 : 0;
        }
        return words <= MAX_HEADING_WORDS;
    }

    /**
     * "a statement", "a follow-up statement", "the following statement": a document brought in by the indefinite
     * article or "the following" is where the words are, not the words; "blasted the statement" judges one known.
     */
    static boolean isDocumentIntroduced(Document doc, int from, int to) {
        int last = to - 1;
        while (last > from && !doc.token(last).isWord()) {
            last--;
        }
        if (last <= from || doc.quoted(last) || !MentionFinder.DOCUMENT_NOUNS.contains(doc.token(last).lower())
                || last + 1 < doc.size() && doc.token(last + 1).is(":")) {
            return false; // "issued the following statement: “…”": the quotation after the colon takes its cue
        }
        Token first = doc.token(from);
        boolean introduced = first.is("a") || first.is("an")
                || first.is("the") && from + 1 < last && doc.token(from + 1).is("following");
        int words = 0;
        for (int k = from; k <= last; k++) {
            words += doc.token(k).isWord() ? 1 : 0;
        }
        return introduced && words <= MAX_DOCUMENT_WORDS;
    }

    /** "just", "even", "ten days ago", "Then, last week": words of time, degree and linking only. */
    static boolean isAdverbsOnly(Document doc, int from, int to) {
        boolean any = false;
        int k = to - 1;
        while (k >= from) {
            Token t = doc.token(k);
            if (!t.isWord()) {
                k--;
                continue;
            }
            int time = Math.max(TimePhrases.endingAt(doc, k, from), TimePhrases.spanEndingAt(doc, k, from));
            if (time >= from) {
                k = time - 1;
            } else if (LINKS.contains(t.lower()) || Lexicon.ADVERBS.contains(t.lower())) {
                k--;
            } else {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Conjunctions and degree words that open or link a clause but say nothing of their own. */
    private static final Set<String> LINKS = Set.of("but", "and", "so", "yet", "even", "just", "only", "now", "then",
            "still", "too", "ago");
}
