package dev.whosaid.index;

import dev.whosaid.extraction.QuoteKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
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

    /** What matches, and unless {@link #ranking} is set, what scores. */
    private final Query in;
    /** Null, or the scoring words of {@link #in} as one flat disjunction (see {@link #boostFlat}). */
    private final Query ranking;

    private StatementPrior(Query in, Query ranking) {
        this.in = Objects.requireNonNull(in, "query");
        this.ranking = ranking;
    }

    /** {@code query}, each score multiplied by the quotation's prior. */
    static Query boost(Query query) {
        return new StatementPrior(query, null);
    }

    /**
     * The matches of {@code query}, scored as the sum of its scoring clauses (the same sum, added up flat) times
     * the prior. Where required words stand beside optional ones (the quotation's words must match, its
     * paragraph and nearby text only rank), Lucene scores every match of the required part to add the
     * optional scores; over one flat disjunction it skips the blocks that cannot reach the page (block-max
     * scores), and checks the required part only for the documents left. Every scoring clause must add to
     * the score wherever it matches: pure disjunctions below the top, as the topic's queries are.
     */
    static Query boostFlat(Query query) {
        List<Query> terms = scoringTerms(query);
        if (terms == null || terms.isEmpty()) {
            return boost(query);
        }
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        terms.forEach(t -> ranking.add(t, Occur.SHOULD));
        return new StatementPrior(query, ranking.build());
    }

    /**
     * The scoring leaves of a boolean query (its MUST and SHOULD clauses, nested disjunctions opened), each
     * with the boost it carries, so that their sum is its score wherever it matches; null where that does not
     * hold (a nested clause other than a plain disjunction's).
     */
    static List<Query> scoringTerms(Query query) {
        List<Query> terms = new ArrayList<>();
        return query instanceof BooleanQuery top && flatten(top, 1f, terms, true) ? terms : null;
    }

    private static boolean flatten(Query query, float boost, List<Query> terms, boolean top) {
        if (query instanceof BoostQuery b) {
            return flatten(b.getQuery(), boost * b.getBoost(), terms, false);
        }
        if (query instanceof BooleanQuery b) {
            if (!top && b.getMinimumNumberShouldMatch() > 0) {
                return false;
            }
            for (BooleanClause c : b.clauses()) {
                boolean scores = c.occur() == Occur.SHOULD || c.occur() == Occur.MUST;
                if ((!top && c.occur() != Occur.SHOULD) || (scores && !flatten(c.query(), boost, terms, false))) {
                    return false;   // below the top, only a disjunction's score is the sum of what matched
                }
            }
            return true;
        }
        terms.add(boost == 1f ? query : new BoostQuery(query, boost));
        return true;
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

    /**
     * The priors of one segment's documents. A prior takes few values (the kind, and a paraphrase's length up to
     * {@link #FULL_LENGTH} terms), so a segment searched many times keeps a one-byte code per document into a
     * table of them ({@link #precomputed}, once per generation by {@link FirstReports}): ranking reads the prior
     * of most documents it scores, and reading kind and norm from doc values each time cost about a twentieth
     * of a topic search's CPU on a large index. Otherwise they are read from doc values, in increasing doc id order.
     */
    static final class LeafPriors {
        /** The prior of each code: 0 a direct quotation, 1 to 10 a mixed one of so many terms, 11 to 20 a paraphrase. */
        private static final double[] OF_CODE = new double[1 + 2 * FULL_LENGTH];

        static {
            OF_CODE[0] = of(QuoteKind.DIRECT, FULL_LENGTH);
            for (int terms = 1; terms <= FULL_LENGTH; terms++) {
                OF_CODE[terms] = of(QuoteKind.MIXED, terms);
                OF_CODE[FULL_LENGTH + terms] = of(QuoteKind.INDIRECT, terms);
            }
        }

        private final SortedDocValues kinds;
        private final NumericDocValues norms;
        private final QuoteKind[] kindOfOrd;
        /** Every document's code, or null: read from doc values. */
        private final byte[] codes;

        LeafPriors(LeafReader reader) throws IOException {
            kinds = reader.getSortedDocValues(QuoteFields.KIND);
            norms = reader.getNormValues(QuoteFields.TEXT);
            kindOfOrd = new QuoteKind[kinds == null ? 0 : kinds.getValueCount()];
            for (int ord = 0; ord < kindOfOrd.length; ord++) {
                kindOfOrd[ord] = QuoteKind.parse(kinds.lookupOrd(ord).utf8ToString());
            }
            codes = null;
        }

        private LeafPriors(byte[] codes) {
            this.kinds = null;
            this.norms = null;
            this.kindOfOrd = null;
            this.codes = codes;
        }

        /** The codes of all of {@code reader}'s documents, read once. */
        static LeafPriors precomputed(LeafReader reader) throws IOException {
            LeafPriors read = new LeafPriors(reader);
            byte[] codes = new byte[reader.maxDoc()];
            for (int doc = 0; doc < codes.length; doc++) {
                codes[doc] = (byte) read.code(doc);
            }
            return new LeafPriors(codes);
        }

        double at(int doc) throws IOException {
            return OF_CODE[codes != null ? codes[doc] : code(doc)];
        }

        private int code(int doc) throws IOException {
            QuoteKind kind = kinds != null && kinds.advanceExact(doc) ? kindOfOrd[kinds.ordValue()] : QuoteKind.DIRECT;
            int terms = norms != null && norms.advanceExact(doc) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : FULL_LENGTH;
            int clipped = Math.min(FULL_LENGTH, Math.max(1, terms));
            return switch (kind) {
                case DIRECT -> 0;
                case MIXED -> clipped;
                case INDIRECT -> FULL_LENGTH + clipped;
            };
        }
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return in.createWeight(searcher, scoreMode, boost);   // counting and filtering: the prior changes no match
        }
        if (ranking == null) {
            return new PriorWeight(this, in.createWeight(searcher, scoreMode, boost), null);
        }
        return new PriorWeight(this, ranking.createWeight(searcher, scoreMode, boost),
                in.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f));
    }

    /** Scores of {@code scoring} times the prior; with {@code required}, only where that matches too. */
    private static final class PriorWeight extends Weight {
        private final Weight scoring;
        private final Weight required;

        PriorWeight(Query parent, Weight scoring, Weight required) {
            super(parent);
            this.scoring = scoring;
            this.required = required;
        }

        @Override
        public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
            ScorerSupplier supplier = scoring.scorerSupplier(ctx);
            ScorerSupplier must = required == null ? null : required.scorerSupplier(ctx);
            if (supplier == null || (required != null && must == null)) {
                return null;
            }
            LeafPriors priors = FirstReports.priors(ctx.reader());
            return new ScorerSupplier() {
                @Override
                public Scorer get(long leadCost) throws IOException {
                    return new PriorScorer(supplier.get(leadCost), priors, must == null ? null : must.get(leadCost));
                }

                /**
                 * The flat disjunction's own bulk scorer (block-max "MaxScore", faster than a scorer driven doc
                 * by doc), the prior and the required part applied as it hands documents to the collector.
                 */
                @Override
                public BulkScorer bulkScorer() throws IOException {
                    BulkScorer bulk = supplier.bulkScorer();
                    RequiredDocs requiredDocs = must == null ? null : new RequiredDocs(must.get(Long.MAX_VALUE));
                    return new BulkScorer() {
                        @Override
                        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                            return bulk.score(new PriorCollector(collector, priors, requiredDocs), acceptDocs, min, max);
                        }

                        @Override
                        public long cost() {
                            return bulk.cost();
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
            };
        }

        @Override
        public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
            Explanation e = scoring.explain(ctx, doc);
            if (!e.isMatch() || (required != null && !required.explain(ctx, doc).isMatch())) {
                return Explanation.noMatch("no match", e);
            }
            double prior = FirstReports.priors(ctx.reader()).at(doc);
            return Explanation.match((float) (e.getValue().floatValue() * prior), "product of:", e,
                    Explanation.match((float) prior, "statement prior (kind and length)"));
        }

        @Override
        public boolean isCacheable(LeafReaderContext ctx) {
            return false;
        }
    }

    /**
     * A scorer's scores times the prior. With {@code required}, a document the scorer finds matches only where
     * {@code required} matches too (checked after the scorer's own, cheaper, skipping).
     */
    static final class PriorScorer extends Scorer {
        private final Scorer in;
        private final LeafPriors priors;
        private final TwoPhaseIterator twoPhase;
        private float minCompetitive;

        PriorScorer(Scorer in, LeafPriors priors, Scorer required) {
            this.in = in;
            this.priors = priors;
            this.twoPhase = required == null ? null : new RequiredMatch(in.iterator(), required);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return twoPhase == null ? in.iterator() : TwoPhaseIterator.asDocIdSetIterator(twoPhase);
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return twoPhase;
        }

        @Override
        public float score() throws IOException {
            float score = in.score();
            // Below the least competitive score before the prior, it stays below after: the collector drops it
            // either way, so its doc values need no reading (most matches on a large index).
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
    }

    /** The documents of an approximation that another scorer matches too. */
    private static final class RequiredMatch extends TwoPhaseIterator {
        private final RequiredDocs required;

        RequiredMatch(DocIdSetIterator approximation, Scorer required) {
            super(approximation);
            this.required = new RequiredDocs(required);
        }

        @Override
        public boolean matches() throws IOException {
            return required.matches(approximation.docID());
        }

        @Override
        public float matchCost() {
            return required.matchCost();
        }
    }

    /** Whether a scorer matches documents asked for in increasing order. */
    private static final class RequiredDocs {
        private final DocIdSetIterator docs;
        private final TwoPhaseIterator twoPhase;

        RequiredDocs(Scorer scorer) {
            this.twoPhase = scorer.twoPhaseIterator();
            this.docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        }

        boolean matches(int doc) throws IOException {
            if (docs.docID() < doc) {
                docs.advance(doc);
            }
            return docs.docID() == doc && (twoPhase == null || twoPhase.matches());
        }

        float matchCost() {
            return 10 + (twoPhase == null ? 0 : twoPhase.matchCost());
        }
    }

    /** Hands a bulk scorer's documents on with their prior, those the required part matches only. */
    private static final class PriorCollector implements LeafCollector {
        private final LeafCollector in;
        private final LeafPriors priors;
        private final RequiredDocs required;
        private int doc = -1;

        PriorCollector(LeafCollector in, LeafPriors priors, RequiredDocs required) {
            this.in = in;
            this.priors = priors;
            this.required = required;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(new Scorable() {
                private float minCompetitive;

                @Override
                public float score() throws IOException {
                    float score = scorer.score();
                    return score < minCompetitive ? score : (float) (score * priors.at(doc));
                }

                @Override
                public void setMinCompetitiveScore(float minScore) throws IOException {
                    minCompetitive = minScore;
                    scorer.setMinCompetitiveScore(minScore);   // the prior is at most 1
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            if (required == null || required.matches(doc)) {
                this.doc = doc;
                in.collect(doc);
            }
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
            return in.competitiveIterator();
        }

        @Override
        public void finish() throws IOException {
            in.finish();
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        Query rankingRewritten = ranking == null ? null : ranking.rewrite(searcher);
        return rewritten == in && rankingRewritten == ranking ? this : new StatementPrior(rewritten, rankingRewritten);
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
        return sameClassAs(o) && in.equals(((StatementPrior) o).in) && Objects.equals(ranking, ((StatementPrior) o).ranking);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + in.hashCode()) + Objects.hashCode(ranking);
    }
}
