package dev.whosaid.extraction;

import java.util.List;

/** The pieces of a quotation in the text: their edges, their kind (direct, indirect, mixed) and their words. */
final class Pieces {

    private final Document doc;
    private final ContentBounds bounds;

    Pieces(Document doc, ContentBounds bounds) {
        this.doc = doc;
        this.bounds = bounds;
    }

    static String stripMarks(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isMarkOrSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isMarkOrSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isMarkOrSpace(char c) {
        return Character.isWhitespace(c) || "\"“”„«»‘’'`".indexOf(c) >= 0;
    }

    /** The characters of tokens [from, to) without punctuation at the edges; null where no word is left. */
    Span contentSpan(int from, int to) {
        while (from < to && !doc.token(from).isWord() && !doc.opensQuote(from)) {
            from++;
        }
        while (to > from && !doc.token(to - 1).isWord() && !bounds.isClosingMark(to - 1)) {
            to--;
        }
        if (to <= from || bounds.wordsIn(from, to) == 0) {
            return null;
        }
        int end = doc.token(to - 1).end();
        int q = doc.quoteAt(end - 1);
        if (q >= 0 && doc.quotes.get(q).contentEnd() > end && doc.quotes.get(q).contentStart() >= doc.token(from).start() - 1) {
            end = doc.quotes.get(q).contentEnd(); // a quotation the content ends inside goes on to its end
        }
        return new Span(doc.token(from).start(), end);
    }

    /** Content that is nothing but a title in quote marks ("wrote in her memoir, “Tough Choices.”"). */
    boolean isTitleOnly(Span content) {
        int first = doc.tokenAt(content.start());
        int q = doc.quoteAt(content.start()) >= 0 ? doc.quoteAt(content.start())
                : first + 1 < doc.size() && doc.opensQuote(first) ? doc.quoteOf[first + 1] : -1;
        return q >= 0 && doc.quotes.get(q).contentEnd() >= content.end() - 1 && NonStatements.isNamedTitle(doc, q);
    }

    QuoteKind kindOf(List<Span> spans) {
        int inside = 0;
        int outside = 0;
        boolean statementQuote = false;
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                if (!Character.isLetterOrDigit(doc.text.charAt(i))) {
                    continue;
                }
                int q = doc.quoteAt(i);
                if (q >= 0) {
                    inside++;
                    statementQuote |= !NonStatements.isTitle(doc, q);
                } else {
                    outside++;
                }
            }
        }
        if (inside == 0) {
            return QuoteKind.INDIRECT;
        }
        if (outside <= inside / 50) {
            return QuoteKind.DIRECT;
        }
        return statementQuote ? QuoteKind.MIXED : QuoteKind.INDIRECT;
    }

    Span trimToQuote(Span s) {
        int from = s.start();
        int to = s.end();
        while (from < to && !Character.isLetterOrDigit(doc.text.charAt(from)) && doc.quoteAt(from) < 0) {
            from++;
        }
        while (to > from && doc.quoteAt(to - 1) < 0 && !Character.isLetterOrDigit(doc.text.charAt(to - 1))) {
            to--;
        }
        return new Span(from, to);
    }
}
