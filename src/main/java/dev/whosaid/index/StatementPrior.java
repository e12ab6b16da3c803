package dev.whosaid.index;

import dev.whosaid.extraction.QuoteKind;
import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.SmallFloat;

/**
 * How much a quotation looks like a statement worth reading first, whatever the question: the speaker's own
 * words over a paraphrase, and a paraphrase of a sentence over a fragment of two or three words ("Khashoggi's
 * killing", "support for the impeachment inquiry"). It multiplies the BM25 score, so among quotations that
 * match a topic about as well the statement wins, while a quotation matching the topic far better still
 * does. BM25's length normalisation alone favours exactly those fragments: a topic word in a short field
 * scores high.
 *
 * <p>Read per document from the kind's doc values and the text field's norm (its length in terms, as BM25
 * keeps it): no stored field is loaded.
 */
final class StatementPrior extends DoubleValuesSource {

    static final StatementPrior INSTANCE = new StatementPrior();

    /** A paraphrase carrying some of the speaker's words, and a plain paraphrase, against a direct quotation's 1. */
    static final double MIXED = 0.8;
    static final double INDIRECT = 0.5;
    /**
     * Terms (stop words left out) from which a paraphrase counts as a whole statement; shorter ones count in
     * proportion. A direct quotation is the speaker's words however short ("For Mexico, this individual is a
     * terrorist").
     */
    static final int FULL_LENGTH = 10;

    private StatementPrior() {}

    /** The prior of one quotation: its kind's weight, times its share of a full length unless it is direct. */
    static double of(QuoteKind kind, int terms) {
        return switch (kind) {
            case DIRECT -> 1;
            case MIXED -> MIXED * lengthShare(terms);
            case INDIRECT -> INDIRECT * lengthShare(terms);
        };
    }

    private static double lengthShare(int terms) {
        return Math.min(1.0, Math.max(1, terms) / (double) FULL_LENGTH);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        SortedDocValues kinds = ctx.reader().getSortedDocValues(QuoteFields.KIND);
        NumericDocValues norms = ctx.reader().getNormValues(QuoteFields.TEXT);
        QuoteKind[] kindOfOrd = new QuoteKind[kinds == null ? 0 : kinds.getValueCount()];
        for (int ord = 0; ord < kindOfOrd.length; ord++) {
            kindOfOrd[ord] = QuoteKind.parse(kinds.lookupOrd(ord).utf8ToString());
        }
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                QuoteKind kind = kinds != null && kinds.advanceExact(doc) ? kindOfOrd[kinds.ordValue()] : QuoteKind.DIRECT;
                int terms = norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : FULL_LENGTH;
                value = of(kind, terms);
                return true;
            }
        };
    }
    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }

    @Override
    public int hashCode() {
        return StatementPrior.class.hashCode();
    }

    @Override
    public String toString() {
        return "statement prior";
    }
}
