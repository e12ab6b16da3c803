package dev.whosaid.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where given terms stand in a quotation's text, read from the text field's postings (positions and offsets are
 * indexed): the tokens {@link Highlights} marks, without running the analyzer over every hit's text again.
 * Each term is looked up once per segment, and its postings opened once per hit.
 */
final class TextPositions {

    private final List<LeafReaderContext> leaves;
    private final List<String> terms;
    /** The terms as the terms enum seeks them, made once rather than per hit. */
    private final BytesRef[] bytes;
    /** Per segment, per term: where its postings are, or null where the segment lacks it; null: not yet looked up. */
    private final TermState[][] states;
    private final TermsEnum[] enums;
    private PostingsEnum postings;

    TextPositions(IndexReader reader, Set<String> terms) {
        this.leaves = reader.leaves();
        this.terms = List.copyOf(terms);
        this.bytes = this.terms.stream().map(BytesRef::new).toArray(BytesRef[]::new);
        this.states = new TermState[leaves.size()][];
        this.enums = new TermsEnum[leaves.size()];
    }

    /** The tokens of the terms in document {@code doc} (a top-level doc id), in text order. */
    List<Highlights.Token> at(int doc) throws IOException {
        int leaf = ReaderUtil.subIndex(doc, leaves);
        TermsEnum termsEnum = lookUp(leaf);
        List<Highlights.Token> tokens = new ArrayList<>();
        if (termsEnum == null) {
            return tokens;
        }
        int local = doc - leaves.get(leaf).docBase;
        for (int t = 0; t < terms.size(); t++) {
            TermState state = states[leaf][t];
            if (state == null) {
                continue;
            }
            termsEnum.seekExact(bytes[t], state);
            postings = termsEnum.postings(postings, PostingsEnum.OFFSETS);
            if (postings.advance(local) != local) {
                continue;
            }
            for (int i = postings.freq(); i > 0; i--) {
                int position = postings.nextPosition();
                tokens.add(new Highlights.Token(terms.get(t), position, postings.startOffset(), postings.endOffset()));
            }
        }
        tokens.sort(Comparator.comparingInt(Highlights.Token::position));
        return tokens;
    }

    /** The segment's terms enum, its terms looked up on first use; null where it has no text field. */
    private TermsEnum lookUp(int leaf) throws IOException {
        if (states[leaf] == null) {
            Terms text = leaves.get(leaf).reader().terms(QuoteFields.TEXT);
            states[leaf] = new TermState[terms.size()];
            if (text != null) {
                enums[leaf] = text.iterator();
                for (int t = 0; t < terms.size(); t++) {
                    if (enums[leaf].seekExact(bytes[t])) {
                        states[leaf][t] = enums[leaf].termState();
                    }
                }
            }
        }
        return enums[leaf];
    }
}
