package dev.whosaid.index;

import dev.whosaid.extraction.QuoteKind;
import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
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
 * keeps it): no stored field is loaded. The prior is at most 1, so the wrapped query's maximum scores stay
 * upper bounds and the page search still skips blocks that cannot compete.
 */
final class StatementPrior extends Query {

    /** A paraphrase carrying some of the speaker's words, and a plain paraphrase, against a direct quotation's 1. */
    static final double MIXED = 0.8;
    static final double INDIRECT = 0.5;
    /**
     * Terms (stop words left out) from which a paraphrase counts as a whole statement; shorter ones count in
     * proportion. A direct quotation is the speaker's words however short ("For Mexico, this individual is a
     * terrorist").
     */
    static final int FULL_LENGTH = 10;

    private final Query in;

    private StatementPrior(Query in) {
        this.in = Objects.requireNonNull(in, "query");
    }

    /** {@code query}, each score multiplied by the quotation's prior. */
    static Query boost(Query query) {
        return new StatementPrior(query);
    }

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

    /** The priors of one segment's documents, read in increasing doc id order. */
    private static final class LeafPriors {
        private final SortedDocValues kinds;
        private final NumericDocValues norms;
        private final QuoteKind[] kindOfOrd;

        LeafPriors(LeafReaderContext ctx) throws IOException {
            kinds = ctx.reader().getSortedDocValues(QuoteFields.KIND);
            norms = ctx.reader().getNormValues(QuoteFields.TEXT);
            kindOfOrd = new QuoteKind[kinds == null ? 0 : kinds.getValueCount()];
            for (int ord = 0; ord < kindOfOrd.length; ord++) {
                kindOfOrd[ord] = QuoteKind.parse(kinds.lookupOrd(ord).utf8ToString());
            }
        }

        double at(int doc) throws IOException {
            QuoteKind kind = kinds != null && kinds.advanceExact(doc) ? kindOfOrd[kinds.ordValue()] : QuoteKind.DIRECT;
            int terms = norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : FULL_LENGTH;
            return of(kind, terms);
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            return inner;   // counting and filtering: the prior changes no match
        }
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(ctx);
                return supplier == null ? null : new PriorSupplier(supplier, new LeafPriors(ctx));
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation e = in.explain(ctx, doc);
                if (!e.isMatch()) {
                    return e;
                }
                double prior = new LeafPriors(ctx).at(doc);
                return Explanation.match((float) (e.getValue().floatValue() * prior), "product of:", e,
                        Explanation.match((float) prior, "statement prior (kind and length)"));
            }
        };
    }

    private static final class PriorSupplier extends ScorerSupplier {
        private final ScorerSupplier supplier;
        private final LeafPriors priors;

        PriorSupplier(ScorerSupplier supplier, LeafPriors priors) {
            this.supplier = supplier;
            this.priors = priors;
        }

        @Override
        public Scorer get(long leadCost) throws IOException {
            return new FilterScorer(supplier.get(leadCost)) {
                private float minCompetitive;

                @Override
                public float score() throws IOException {
                    float score = in.score();
                    // Below the least competitive score before the prior, it stays below after: the collector
                    // drops it either way, so its doc values need no reading (most matches on a large index).
                    return score < minCompetitive ? score : (float) (score * priors.at(in.docID()));
                }

                @Override
                public float getMaxScore(int upTo) throws IOException {
                    return in.getMaxScore(upTo);   // the prior is at most 1
                }

                @Override
                public int advanceShallow(int target) throws IOException {
                    return in.advanceShallow(target);
                }

                @Override
                public void setMinCompetitiveScore(float minScore) throws IOException {
                    minCompetitive = minScore;
                    in.setMinCompetitiveScore(minScore);   // a document scoring less before the prior scores less after
                }
            };
        }

        @Override
        public long cost() {
            return supplier.cost();
        }

        @Override
        public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new StatementPrior(rewritten);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "prior(" + in.toString(field) + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && in.equals(((StatementPrior) o).in);
    }

    @Override
    public int hashCode() {
        return 31 * classHash() + in.hashCode();
    }
}
