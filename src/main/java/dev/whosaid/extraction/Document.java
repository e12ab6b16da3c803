package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One article's text analysed once: tokens, quoted stretches, sentences and paragraphs. Built per article and
 * never shared, so the extractor itself stays stateless.
 */
final class Document {

    final String text;
    /** An array, not a list: {@link #token} is the most frequent call of extraction, and an array is one load nearer. */
    private final Token[] tokens;
    final List<QuotedSpan> quotes;
    /** For each token, the index of the quotation whose content holds it, or -1. */
    final int[] quoteOf;
    /** For each token, its paragraph number. */
    final int[] paragraphOf;
    /** Sentences as token ranges: sentence k is tokens [sentenceStart[k], sentenceStart[k + 1]). */
    final int[] sentenceStart;
    /** For each token, its sentence number. */
    final int[] sentenceOf;

    /** Abbreviations that may end a sentence with their own period; titles such as "Mr." never do. */
    private static final java.util.Set<String> ENDS_WITH_ITS_PERIOD = java.util.Set.of("a.m.", "p.m.", "etc.");
    /**
     * Words that open a sentence and never a name: after initials ("attacks in the U.S. He says …", "in Washington,
     * D.C. The museum …") their period ends the sentence, where "the U.S. Senate" goes on.
     */
    private static final java.util.Set<String> OPENERS = java.util.Set.of("he", "she", "it", "they", "we", "i", "you",
            "the", "this", "these", "those", "there", "but", "and", "as", "while", "yet", "so", "if", "when", "his",
            "her", "their", "its", "our", "my");

    /** Initials with their periods as one token ("U.S.", "D.C."), not a single initial ("W."). */
    private static boolean isInitials(Token t) {
        String w = t.text();
        if (w.length() < 4 || w.length() % 2 != 0) {
            return false;
        }
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (k % 2 == 0 ? c < 'A' || c > 'Z' : c != '.') {
                return false;
            }
        }
        return true;
    }

    Document(String text) {
        this.text = text;
        this.tokens = Tokenizer.tokenize(text).toArray(new Token[0]);
        this.quotes = QuoteScanner.scan(text);
        int n = size();
        quoteOf = new int[n];
        paragraphOf = new int[n];
        int q = 0;
        int paragraph = 0;
        int nextNewline = text.indexOf('\n');
        for (int i = 0; i < n; i++) {
            Token t = token(i);
            if (nextNewline >= 0 && nextNewline < t.start()) {
                paragraph++;
                nextNewline = text.indexOf('\n', t.start());
            }
            paragraphOf[i] = paragraph;
            while (q < quotes.size() && quotes.get(q).contentEnd() <= t.start()) {
                q++;
            }
            quoteOf[i] = q < quotes.size() && quotes.get(q).contains(t.start()) ? q : -1;
        }
        sentenceStart = splitSentences();
        sentenceOf = new int[n];
        for (int s = 0; s + 1 < sentenceStart.length; s++) {
            for (int i = sentenceStart[s]; i < sentenceStart[s + 1]; i++) {
                sentenceOf[i] = s;
            }
        }
    }

    int sentenceCount() {
        return sentenceStart.length - 1;
    }

    int sentenceBegin(int s) {
        return sentenceStart[s];
    }

    int sentenceEnd(int s) {
        return sentenceStart[s + 1];
    }

    Token token(int i) {
        return tokens[i];
    }

    int size() {
        return tokens.length;
    }

    boolean quoted(int i) {
        return quoteOf[i] >= 0;
    }

    boolean isQuoteMarkToken(int i) {
        return Lexicon.isQuoteMark(token(i).text()) && quoteOf[i] < 0;
    }

    /** The index of the quotation whose content holds {@code offset}, or -1. */
    int quoteAt(int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuotedSpan q = quotes.get(mid);
            if (offset < q.contentStart()) {
                hi = mid - 1;
            } else if (offset >= q.contentEnd()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The first token starting at or after {@code offset}. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (token(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] splitSentences() {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        int n = size();
        for (int i = 0; i + 1 < n; i++) {
            if (paragraphOf[i + 1] != paragraphOf[i]) {
                starts.add(i + 1);
                continue;
            }
            Token t = token(i);
            boolean terminal = t.text().equals(".") || t.text().equals("!") || t.text().equals("?") || t.text().equals("…")
                    || ENDS_WITH_ITS_PERIOD.contains(t.lower()) // "at 10:44 a.m. When police arrived"
                    || isInitials(t) && token(i + 1).isCapitalized() && OPENERS.contains(token(i + 1).lower());
            if (!terminal || quoteOf[i] >= 0 && !closesQuote(i)) {
                continue;
            }
            int next = i + 1;
            while (next < n && (isClosing(token(next).text()) && !opensQuote(next))) {
                next++;
            }
            if (next >= n || paragraphOf[next] != paragraphOf[i]) {
                continue;
            }
            if (next + 1 < n && token(next).text().equals("(") && (token(next + 1).isCapitalized() || opensQuote(next + 1))) {
                starts.add(next); // "… as the crowd booed. (“I don’t want …”": an aside in brackets opens a sentence
                i = next - 1;
                continue;
            }
            Token following = token(next);
            boolean quoteEnded = next > i + 1;
            if (following.isCapitalized() || Character.isDigit(following.text().charAt(0)) || opensQuote(next)
                    || (!quoteEnded && quoteOf[i] < 0 && Lexicon.isQuoteMark(following.text()))) {
                if (quoteEnded && quoteOf[i] >= 0 && following.isCapitalized() && attributionFollows(next)
                        && onlyQuoteSince(starts.getLast(), quoteOf[i])) {
                    continue; // "Why?" Trump asked.
                }
                starts.add(next);
                i = next - 1;
            }
        }
        starts.add(n);
        return starts.stream().distinct().mapToInt(Integer::intValue).toArray();
    }

    /** A sentence end inside a quotation ends the sentence only where the quotation closes right after it. */
    private boolean closesQuote(int i) {
        int q = quoteOf[i];
        if (q < 0) {
            return true;
        }
        int j = i + 1;
        while (j < size() && token(j).start() < quotes.get(q).contentEnd()) {
            if (Character.isLetterOrDigit(token(j).text().charAt(0))) {
                return false;
            }
            j++;
        }
        return true;
    }

    boolean opensQuote(int i) {
        int q = i + 1 < size() ? quoteOf[i + 1] : -1;
        return q >= 0 && quotes.get(q).open() == token(i).start();
    }

    /** Whether the sentence from token {@code begin} is nothing but quotation {@code q} so far. */
    private boolean onlyQuoteSince(int begin, int q) {
        for (int k = begin; k < size() && token(k).start() < quotes.get(q).open(); k++) {
            if (token(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a colon, a "that" or a quotation mark right after a verb of saying at {@code k - 1} opens its content. */
    private boolean opensOwnContent(int k) {
        return k < size() && (token(k).text().equals(":") || token(k).is("that") || opensQuote(k));
    }

    private boolean attributionFollows(int i) {
        for (int j = i + 1; j < Math.min(size(), i + 4); j++) {
            String w = token(j).lower();
            if (w.equals("said") || w.equals("says") || w.equals("asked") || w.equals("added") || w.equals("told")) {
                return !opensOwnContent(j + 1); // not "“…” He added: “…”", whose cue has words of its own
            }
            if (!token(j).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    private static boolean isClosing(String t) {
        return Lexicon.isQuoteMark(t) || t.equals(")") || t.equals("]");
    }
}
