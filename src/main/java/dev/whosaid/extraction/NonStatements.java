package dev.whosaid.extraction;

/**
 * Quoted text that is not a statement: titles of songs, albums, books and films, nicknames, scare quotes and
 * terms ("so-called “fake news”"). Told apart by the word before the quotation (song, album, dubbed,
 * so-called) and by shape: a few words in title case, or one to three words with no sentence in them.
 */
final class NonStatements {

    private static final int MAX_TITLE_WORDS = 6;
    private static final int MAX_TERM_WORDS = 3;

    private NonStatements() {}

    /** A title, name or nickname by the word before it or by its title case (a single quoted word may be said). */
    static boolean isTitle(Document doc, int quoteIndex) {
        QuotedSpan q = doc.quotes.get(quoteIndex);
        int before = doc.tokenAt(q.open()) - 1;
        if (before >= 0 && !doc.quoted(before) && Lexicon.TITLE_TRIGGERS.contains(doc.token(before).lower())) {
            return true;
        }
        return isTitleCased(doc, quoteIndex);
    }

    /** A title by its shape: two to six words, each capitalised but for short function words. */
    static boolean isTitleCased(Document doc, int quoteIndex) {
        QuotedSpan q = doc.quotes.get(quoteIndex);
        int first = doc.tokenAt(q.contentStart());
        int end = doc.tokenAt(q.contentEnd());
        int words = 0;
        for (int i = first; i < end; i++) {
            Token t = doc.token(i);
            if (t.isWord()) {
                words++;
                if (!t.isCapitalized() && t.text().length() > 3) {
                    return false;
                }
            }
        }
        return words >= 2 && words <= MAX_TITLE_WORDS && doc.token(first).isCapitalized();
    }

    /**
     * A title named by the word before it, a comma between or not ("the memoir, “Tough Choices”"); after a comma only
     * in title case, as a sentence there is what the paper or campaign said ("According to the campaign, “The speech
     * will be …”").
     */
    static boolean isNamedTitle(Document doc, int quoteIndex) {
        int before = doc.tokenAt(doc.quotes.get(quoteIndex).open()) - 1;
        boolean comma = before >= 1 && doc.token(before).text().equals(",");
        if (comma) {
            before--;
        }
        return before >= 0 && !doc.quoted(before) && Lexicon.TITLE_TRIGGERS.contains(doc.token(before).lower())
                && !CALLING.contains(doc.token(before).lower()) && (!comma || isTitleCased(doc, quoteIndex));
    }

    /** Triggers that call something by words one may quote as said ("what he called “a disaster”"). */
    private static final java.util.Set<String> CALLING = java.util.Set.of("as", "called", "dubbed", "nicknamed", "named",
            "labeled", "labelled", "branded", "coined", "known", "so-called", "term", "phrase", "word", "words", "slogan",
            "mantra", "catchphrase", "motto", "hashtag", "headline");

    static boolean isNonStatement(Document doc, int quoteIndex) {
        QuotedSpan q = doc.quotes.get(quoteIndex);
        int first = doc.tokenAt(q.contentStart());
        int end = doc.tokenAt(q.contentEnd());
        int words = 0;
        int capitalized = 0;
        boolean sentencePunctuation = false;
        for (int i = first; i < end; i++) {
            Token t = doc.token(i);
            if (t.isWord()) {
                words++;
                if (t.isCapitalized() || t.text().length() <= 3 || Character.isDigit(t.text().charAt(0))) {
                    capitalized++;
                }
            } else if (t.text().equals("!") || t.text().equals("?")) {
                sentencePunctuation = true;
            }
        }
        if (words == 0) {
            return true;
        }
        int before = doc.tokenAt(q.open()) - 1;
        if (before >= 0 && !doc.quoted(before) && words <= MAX_TITLE_WORDS * 2
                && Lexicon.TITLE_TRIGGERS.contains(doc.token(before).lower())) {
            return true;
        }
        if (before >= 1 && doc.token(before).lower().equals("as") && doc.token(before - 1).lower().equals("known")) {
            return true;
        }
        if (sentencePunctuation) {
            return false;
        }
        boolean titleCase = capitalized == words && doc.token(first).isCapitalized();
        if (words <= MAX_TITLE_WORDS && titleCase && words >= 2) {
            return true;
        }
        return words <= MAX_TERM_WORDS && !endsClause(doc, q, end);
    }

    /** A short quotation ending in a comma or a full stop before an attribution can still be said ("Great," he said). */
    private static boolean endsClause(Document doc, QuotedSpan q, int end) {
        char last = doc.text.charAt(Math.max(q.contentStart(), q.contentEnd() - 1));
        if (last != ',' && last != '.') {
            return false;
        }
        int after = doc.tokenAt(q.close());
        return after < doc.size() && after + 1 < doc.size()
                && (Lexicon.PRONOUNS.contains(doc.token(after).lower()) || doc.token(after).isCapitalized())
                && CueLexicon.STANDARD.isCue(doc.token(after + 1).lower());
    }
}
