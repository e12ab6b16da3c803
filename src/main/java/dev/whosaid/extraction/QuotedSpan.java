package dev.whosaid.extraction;

/**
 * Text between quote marks.
 *
 * @param open         offset of the opening mark
 * @param contentStart offset after the opening mark
 * @param contentEnd   offset of the closing mark, or the end of the last paragraph where the quote never closes
 * @param close        offset after the closing mark (equal to {@code contentEnd} where it never closes)
 */
record QuotedSpan(int open, int contentStart, int contentEnd, int close) {

    QuotedSpan {
        if (open < 0 || contentStart < open || contentEnd < contentStart || close < contentEnd) {
            throw new IllegalArgumentException("bad quoted span " + open + " " + contentStart + " " + contentEnd + " " + close);
        }
    }

    boolean contains(int offset) {
        return offset >= contentStart && offset < contentEnd;
    }

    Span content() {
        return new Span(contentStart, contentEnd);
    }
}
