package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into words and single punctuation marks; keeps abbreviations ("Mr.", "U.S.") and "'s" apart. */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
            } else if (isLetterOrDigit(c)) {
                i = word(text, i, tokens);
            } else if ((c == '\'' && i + 1 < n && text.charAt(i + 1) == '\'' && !QuoteScanner.closesNestedQuote(text, i))
                    || (c == '`' && i + 1 < n && text.charAt(i + 1) == '`')) {
                tokens.add(Token.of(text, i, i + 2)); // '' and `` stand for double quote marks in some sources
                i += 2;
            } else if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                tokens.add(Token.of(text, i, i + 2));
                i += 2;
            } else {
                tokens.add(Token.of(text, i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int word(String text, int from, List<Token> tokens) {
        int n = text.length();
        int i = from + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (isLetterOrDigit(c)) {
                i++;
            } else if ((c == '\'' || c == '’' || c == '-' || c == '.' || c == ',' || c == '&')
                    && i + 1 < n && isLetterOrDigit(text.charAt(i + 1))
                    && (c != ',' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
                    && (c != '.' || isInitialism(text, from, i))) {
                i++;
            } else {
                break;
            }
        }
        int end = i;
        int clitic = cliticStart(text, from, end);
        if (clitic > from) {
            // "they're" -> "they" "'re": the subject and its auxiliary, which subject and verb finding read apart
            tokens.add(Token.of(text, from, clitic));
            tokens.add(Token.of(text, clitic, end));
            return end;
        }
        // "Ilbo's" -> "Ilbo" "'s": the possessive is not part of a name
        if (end - from > 2 && (text.charAt(end - 2) == '\'' || text.charAt(end - 2) == '’')
                && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            tokens.add(Token.of(text, from, end - 2));
            tokens.add(Token.of(text, end - 2, end));
            return end;
        }
        if (end < n && text.charAt(end) == '.' && (Lexicon.isAbbreviation(text, from, end)
                || Lexicon.isStateBeforeComma(text, from, end))) {
            end++;
            // "U.S.-led", "D.C.-based": a hyphen right after the abbreviation's period joins a word, it is no dash
            while (end + 1 < n && text.charAt(end) == '-' && isLetterOrDigit(text.charAt(end + 1))) {
                end++;
                while (end < n && isLetterOrDigit(text.charAt(end))) {
                    end++;
                }
            }
        }
        tokens.add(Token.of(text, from, end));
        return end;
    }

    /**
     * Where a contracted auxiliary ("'re", "'ve", "'m", "'ll", "'d") starts at the end of the word from {@code from}
     * to {@code end} ("they're", "I'm", "we'll"), or -1; "n't" stays with its auxiliary ("don't"), which is read whole.
     */
    private static int cliticStart(String text, int from, int end) {
        for (int k = Math.max(from + 1, end - 3); k < end - 1; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '’') {
                String rest = text.substring(k + 1, end).toLowerCase(Locale.ROOT);
                return CLITICS.contains(rest) && Character.isLetter(text.charAt(k - 1)) ? k : -1;
            }
        }
        return -1;
    }

    /** The contracted auxiliaries after the apostrophe: "are", "have", "am", "will", "would" or "had". */
    private static final Set<String> CLITICS = Set.of("re", "ve", "m", "ll", "d");

    // The two tests below answer ASCII, most of any text, without Character's tables, as those would answer it.

    /** {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@link Character#isLetterOrDigit}. */
    private static boolean isLetterOrDigit(char c) {
        if (c < 128) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return Character.isLetterOrDigit(c);
    }

    /** A period inside a word continues it only in initialisms such as "U.S" or decimals such as "2.5". */
    private static boolean isInitialism(String text, int from, int dot) {
        if (Character.isDigit(text.charAt(dot - 1))) {
            return Character.isDigit(text.charAt(dot + 1));
        }
        return dot - from <= 3 && Character.isUpperCase(text.charAt(dot + 1)) || dot - from == 1;
    }
}
