package dev.whosaid.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Where a search's words stand in a quotation: every occurrence of a topic word, and each exact phrase from
 * its first word to its last. Words are compared as the text field analyses them (stemmed, stop words out,
 * positions kept), so "letters" marks "letter". Built once per search and applied to the page's hits only:
 * one pass of the analyzer over a short text, not an in-memory index per hit.
 */
final class Highlights {

    private final Analyzer analyzer;
    private final Set<String> words;
    private final List<List<Token>> phrases;

    /** An analysed word and its place: position, and {@code [start, end)} in the text. */
    record Token(String term, int position, int start, int end) {}

    Highlights(Analyzer analyzer, String topic, List<String> phrases) {
        this.analyzer = analyzer;
        this.words = new HashSet<>();
        if (topic != null) {
            tokens(topic).forEach(t -> words.add(t.term()));
        }
        this.phrases = phrases.stream().map(this::tokens).filter(p -> !p.isEmpty()).toList();
    }

    boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty();
    }

    /** The analysed words the marks are made of: the topic's and the phrases'. */
    Set<String> terms() {
        Set<String> terms = new HashSet<>(words);
        phrases.forEach(p -> p.forEach(t -> terms.add(t.term())));
        return terms;
    }

    /** {@code [start, end)} offsets in {@code text}, in order, overlapping or touching ones joined. */
    List<int[]> in(String text) {
        return isEmpty() ? List.of() : marks(tokens(text));
    }

    /**
     * The same marks from {@code tokens}, the text's tokens in text order, of which only those of {@link #terms()}
     * count: the index's postings give them without analysing the text again.
     */
    List<int[]> marks(List<Token> tokens) {
        if (isEmpty()) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>();
        for (Token t : tokens) {
            if (words.contains(t.term())) {
                found.add(new int[] {t.start(), t.end()});
            }
        }
        if (!phrases.isEmpty()) {
            Map<Integer, Token> byPosition = new HashMap<>();
            tokens.forEach(t -> byPosition.put(t.position(), t));
            for (List<Token> phrase : phrases) {
                for (Token first : tokens) {
                    int[] span = phraseAt(phrase, first, byPosition);
                    if (span != null) {
                        found.add(span);
                    }
                }
            }
            found.sort(Comparator.comparingInt((int[] o) -> o[0]).thenComparingInt(o -> o[1]));
        }
        List<int[]> joined = new ArrayList<>();
        for (int[] span : found) {
            if (!joined.isEmpty() && joined.getLast()[1] >= span[0]) {
                joined.getLast()[1] = Math.max(joined.getLast()[1], span[1]);
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    /** The phrase's span when it starts at {@code first}, each word at its relative position; else null. */
    private static int[] phraseAt(List<Token> phrase, Token first, Map<Integer, Token> byPosition) {
        int base = first.position() - phrase.getFirst().position();
        int end = first.end();
        for (Token p : phrase) {
            Token t = byPosition.get(base + p.position());
            if (t == null || !t.term().equals(p.term())) {
                return null;
            }
            end = Math.max(end, t.end());
        }
        return new int[] {first.start(), end};
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(QuoteFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text for highlighting", e);   // in-memory text: does not happen
        }
        return tokens;
    }
}
