package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds quoted text: straight, curly, low-9, guillemet and two-apostrophe marks, in any matching (a straight
 * opening mark may close with a curly one). A quotation whose paragraph ends without a closing mark ends with its
 * paragraph: a quote over several paragraphs (each opening with a mark, only the last closing) is one quotation
 * per paragraph, as annotators record them. Single marks quote only outside double ones; inside, they are nested
 * and stay part of the outer quotation.
 */
final class QuoteScanner {

    private enum Role { OPEN, CLOSE, EITHER }

    private QuoteScanner() {}

    static List<QuotedSpan> scan(String text) {
        List<QuotedSpan> quotes = new ArrayList<>();
        boolean[] insideDouble = new boolean[text.length() + 1];
        scanDouble(text, quotes, insideDouble);
        scanSingle(text, quotes, insideDouble);
        quotes.sort(Comparator.comparingInt(QuotedSpan::open));
        return List.copyOf(quotes);
    }

    private static void scanDouble(String text, List<QuotedSpan> quotes, boolean[] inside) {
        int n = text.length();
        int openAt = -1;
        int openLength = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (openAt >= 0) {
                    int end = trimEnd(text, openAt + openLength, i);
                    add(text, quotes, inside, openAt, openAt + openLength, end, end);
                    openAt = -1;
                }
                continue;
            }
            int length = doubleMarkLength(text, i);
            if (length == 0) {
                continue;
            }
            Role role = classify(text, i, length);
            if (openAt < 0) {
                if (role != Role.CLOSE) {
                    openAt = i;
                    openLength = length;
                }
            } else if (role != Role.OPEN) {
                add(text, quotes, inside, openAt, openAt + openLength, i, i + length);
                openAt = -1;
            } else {
                openAt = i; // an opening mark while open: the earlier one was stray
                openLength = length;
            }
            i += length - 1;
        }
        if (openAt >= 0) {
            int end = trimEnd(text, openAt + openLength, n);
            add(text, quotes, inside, openAt, openAt + openLength, end, end);
        }
    }

    private static void add(String text, List<QuotedSpan> quotes, boolean[] inside, int open, int from, int to, int close) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            quotes.add(new QuotedSpan(open, from, to, close));
            for (int k = open; k < close; k++) {
                inside[k] = true;
            }
        }
    }

    private static void scanSingle(String text, List<QuotedSpan> quotes, boolean[] insideDouble) {
        int n = text.length();
        int openAt = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                openAt = -1;
                continue;
            }
            if ((c != '\'' && c != '‘' && c != '’') || insideDouble[i]) {
                continue;
            }
            boolean before = i > 0 && !isOpeningContext(text.charAt(i - 1));
            boolean after = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
            if (openAt < 0) {
                if (!before && after && c != '’') {
                    openAt = i;
                }
            } else if (before && !after && (i + 1 >= n || isClosingContext(text.charAt(i + 1)))) {
                if (i > openAt + 1) {
                    quotes.add(new QuotedSpan(openAt, openAt + 1, i, i + 1));
                }
                openAt = -1;
            }
        }
    }

    /** Length of a double quote mark at {@code i} (2 for '' and ``), or 0. */
    static int doubleMarkLength(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            case '"', '“', '”', '„', '«', '»' -> 1;
            case '\'' -> i + 1 < text.length() && text.charAt(i + 1) == '\'' && !closesNestedQuote(text, i) ? 2 : 0;
            case '`' -> i + 1 < text.length() && text.charAt(i + 1) == '`' ? 2 : 0;
            default -> 0;
        };
    }

    /**
     * Whether the apostrophe at {@code i} closes a nested quotation right before a closing '' ("''He said, 'No.'''"):
     * of three apostrophes after a word, the last two close the outer quotation.
     */
    static boolean closesNestedQuote(String text, int i) {
        return i > 0 && i + 2 < text.length() && text.charAt(i + 1) == '\'' && text.charAt(i + 2) == '\''
                && !isOpeningContext(text.charAt(i - 1));
    }

    private static Role classify(String text, int i, int length) {
        boolean spaceBefore = i == 0 || isOpeningContext(text.charAt(i - 1));
        int after = i + length;
        boolean spaceAfter = after >= text.length() || Character.isWhitespace(text.charAt(after));
        boolean punctuationAfter = !spaceAfter && isClosingContext(text.charAt(after));
        if (spaceBefore && !spaceAfter) {
            return Role.OPEN;
        }
        if (!spaceBefore && (spaceAfter || punctuationAfter)) {
            return Role.CLOSE;
        }
        char c = text.charAt(i);
        if (c == '“' || c == '„' || c == '«' || c == '`') {
            return Role.OPEN;
        }
        return c == '”' || c == '»' ? Role.CLOSE : Role.EITHER;
    }

    private static boolean isOpeningContext(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || "([{—–-/:".indexOf(c) >= 0;
    }

    private static boolean isClosingContext(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || ".,;:!?)]}—–-/\"”'’".indexOf(c) >= 0;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
