package dev.whosaid.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts the matches of a query and their speaker, role, source and year, by ordinal per segment (ordinals
 * become strings once per segment, not once per document).
 *
 * <p>A few thousand matches are counted exactly. A larger match set (a common word, a prolific speaker, the
 * whole index) is counted over a systematic sample instead: the doc ids are cut into small windows, every
 * k-th window is counted (the postings skip the others) and the counts are scaled by k. The cost then stays
 * near {@value #SAMPLE} matches however many match, and windows spread evenly over the index, so the
 * estimate holds though the index keeps each speaker's statements together (a speaker with a large share of
 * the matches spans many windows; one with a few may be missed or over-counted, and is rarely among the
 * largest counts shown). The result says which it is.
 */
final class FacetCounter {

    /** Up to about this many matches (as the query's cost estimates them), every match is counted. */
    static final long EXACT_UP_TO = 5_000;
    /** About how many matches a sample counts. */
    private static final int SAMPLE = 1_500;
    /** A sample spans at least this many windows, so it covers the whole index rather than a few stretches. */
    private static final int MIN_WINDOWS = 128;
    /** Years 0..2999 are counted in an array; any other (a typo in a source) in a map. */
    private static final int YEARS = 3000;

    private final int top;
    private final FacetOrdinals ordinals;

    FacetCounter(int top, FacetOrdinals ordinals) {
        this.top = top;
        this.ordinals = ordinals;
    }

    /**
     * The number of matching documents and their facets.
     *
     * @param exact false when {@code total} and the facet counts are estimates from a sample
     */
    record Result(long total, boolean exact, Facets facets) {}

    /** Counts {@code query} (rewritten) in the index of {@code searcher}, without scoring. */
    Result count(IndexSearcher searcher, Query query) throws IOException {
        Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScorerSupplier[] first = new ScorerSupplier[leaves.size()];
        long cost = 0;
        for (int i = 0; i < first.length; i++) {
            first[i] = weight.scorerSupplier(leaves.get(i));
            cost += first[i] == null ? 0 : first[i].cost();
        }
        Windows windows = Windows.forCost(searcher.getIndexReader().maxDoc(), cost);
        Counts counts = new Counts(ordinals, top);
        scan(leaves, first, windows, counts);
        // The cost over-estimates conjunctions and overlapping words: a sample that came out thin is widened.
        while (windows.step > 1 && counts.total < SAMPLE / 2) {
            windows = windows.widened();
            ScorerSupplier[] again = new ScorerSupplier[leaves.size()];
            for (int i = 0; i < again.length; i++) {
                again[i] = weight.scorerSupplier(leaves.get(i));
            }
            scan(leaves, again, windows, counts);
            windows = windows.merged();
        }
        counts.finish();
        double scale = windows.step == 1 ? 1 : (double) searcher.getIndexReader().maxDoc() / windows.covered();
        return new Result(Math.round(counts.total * scale), windows.step == 1, new Facets(top(counts.speaker, top, scale),
                top(counts.role, top, scale), top(counts.source, top, scale), top(counts.year, top, scale)));
    }

    /** The {@code top} largest counts, each scaled (at least 1), ties by value. */
    static List<FacetCount> top(Map<String, Integer> counts, int top, double scale) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new FacetCount(e.getKey(), (int) Math.max(1, Math.round(e.getValue() * scale))))
                .toList();
    }

    private static void scan(List<LeafReaderContext> leaves, ScorerSupplier[] suppliers, Windows windows, Counts counts)
            throws IOException {
        for (int i = 0; i < suppliers.length; i++) {
            if (suppliers[i] != null) {
                LeafReaderContext leaf = leaves.get(i);
                scan(suppliers[i].get(Long.MAX_VALUE), leaf.docBase, leaf.reader().maxDoc(), leaf.reader().getLiveDocs(),
                        windows, counts.leaf(leaf));
            }
        }
    }

    /** Collects the matches of one segment that fall in the windows, skipping to the next window between them. */
    private static void scan(Scorer scorer, int docBase, int maxDoc, Bits live, Windows windows, Counts.Leaf into)
            throws IOException {
        TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
        DocIdSetIterator docs = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
        long start = windows.nextCounted(docBase) - docBase;
        int doc = start >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : docs.advance((int) start);
        while (doc != DocIdSetIterator.NO_MORE_DOCS) {
            long next = windows.nextCounted(docBase + doc) - docBase;
            if (next != doc) {
                doc = next >= maxDoc ? DocIdSetIterator.NO_MORE_DOCS : docs.advance((int) next);
                continue;
            }
            if ((live == null || live.get(doc)) && (twoPhase == null || twoPhase.matches())) {
                into.collect(doc);
            }
            doc = docs.nextDoc();
        }
    }

    /**
     * Which doc ids are counted: windows of {@code 2^shift} ids, those whose number is {@code offset} modulo
     * {@code step} (a power of two). Step 1 counts everything.
     */
    private record Windows(int maxDoc, int shift, int step, int offset) {

        static Windows forCost(int maxDoc, long cost) {
            if (cost <= EXACT_UP_TO) {
                return new Windows(maxDoc, 30, 1, 0);
            }
            int step = Integer.highestOneBit((int) Math.min(1 << 20, Math.max(1, cost / SAMPLE)));
            long size = Math.max(1, (long) maxDoc / ((long) step * MIN_WINDOWS));
            int shift = Math.max(4, Math.min(12, 63 - Long.numberOfLeadingZeros(size)));
            return new Windows(maxDoc, shift, step, 0);
        }

        /** The windows halfway between the counted ones: counting them too halves the step. */
        Windows widened() {
            return new Windows(maxDoc, shift, step, offset + step / 2);
        }

        /** After a widened pass: both sets of windows, as one with half the step. */
        Windows merged() {
            return new Windows(maxDoc, shift, step / 2, 0);
        }

        /** The first doc id at or after {@code doc} that is counted. */
        long nextCounted(int doc) {
            long window = doc >>> shift;
            long behind = (window - offset) & (step - 1);
            return behind == 0 ? doc : (window + step - behind) << shift;
        }

        /** How many doc ids the counted windows hold. */
        long covered() {
            long docs = 0;
            for (long start = (long) offset << shift; start < maxDoc; start += (long) step << shift) {
                docs += Math.min(maxDoc, start + (1L << shift)) - start;
            }
            return docs;
        }
    }

    /** The counts so far, as strings; each segment counts by ordinal and adds its counts here when done. */
    private static final class Counts {
        private final FacetOrdinals ordinals;
        long total;
        final Map<String, Integer> speaker = new HashMap<>();
        final Map<String, Integer> role = new HashMap<>();
        final Map<String, Integer> source = new HashMap<>();
        final Map<String, Integer> year = new HashMap<>();

        private final int top;
        /** By segment: a wider sample's second pass adds to the same counts. */
        private final Map<Integer, Leaf> leaves = new HashMap<>();

        Counts(FacetOrdinals ordinals, int top) {
            this.ordinals = ordinals;
            this.top = top;
        }

        Leaf leaf(LeafReaderContext context) {
            Leaf leaf = leaves.get(context.ord);
            if (leaf == null) {
                leaf = new Leaf(ordinals.leaf(context), context.parent == null || context.parent.leaves().size() == 1);
                leaves.put(context.ord, leaf);
            }
            return leaf;
        }

        /** Turns the segments' counts into counts by value, once every pass is done. */
        void finish() {
            for (Leaf leaf : leaves.values()) {
                leaf.finish();
            }
        }

        private final class Leaf {
            private final FacetOrdinals.Leaf values;
            private final int[] speakerCounts, roleCounts, sourceCounts;
            private final int[] yearCounts = new int[YEARS];

            /** Whether this segment is the whole index: then only the values that can be shown are looked up. */
            private final boolean onlyLeaf;

            Leaf(FacetOrdinals.Leaf values, boolean onlyLeaf) {
                this.onlyLeaf = onlyLeaf;
                this.values = values;
                speakerCounts = new int[values.speakers().length];
                roleCounts = new int[values.roles().length];
                sourceCounts = new int[values.sources().length];
            }

            /** Array reads only, no string or boxing per document: this runs for every match. */
            void collect(int doc) {
                total++;
                count(values.speaker(doc), speakerCounts);
                count(values.role(doc), roleCounts);
                count(values.source(doc), sourceCounts);
                int y = values.year(doc);
                if (y >= 0 && y < yearCounts.length) {
                    yearCounts[y]++;
                } else if (y != FacetOrdinals.NO_YEAR) {
                    year.merge(Integer.toString(y), 1, Integer::sum);
                }
            }

            void finish() {
                resolve(values.speakers(), speakerCounts, speaker, onlyLeaf ? top : Integer.MAX_VALUE);
                resolve(values.roles(), roleCounts, role, onlyLeaf ? top : Integer.MAX_VALUE);
                resolve(values.sources(), sourceCounts, source, onlyLeaf ? top : Integer.MAX_VALUE);
                for (int y = 0; y < yearCounts.length; y++) {
                    if (yearCounts[y] > 0) {
                        year.merge(Integer.toString(y), yearCounts[y], Integer::sum);
                    }
                }
            }

            private static void count(int ord, int[] counts) {
                if (ord != FacetOrdinals.NONE) {
                    counts[ord]++;
                }
            }

            /**
             * Adds the counted values as strings. Where the segment is the index's only one, the values below
             * the {@code top} largest counts cannot be shown and are not looked up (every value tied with the
             * last shown one is, so ties still break by value).
             */
            private static void resolve(String[] names, int[] counts, Map<String, Integer> into, int top) {
                int least = Math.max(1, kthLargest(counts, top));
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] >= least) {
                        into.merge(names[ord], counts[ord], Integer::sum);
                    }
                }
            }

            /** The {@code k}-th largest of {@code counts}, 0 when fewer hold a count (or k is unbounded). */
            private static int kthLargest(int[] counts, int k) {
                if (k >= counts.length) {
                    return 0;
                }
                int[] best = new int[k];   // ascending: best[0] is the least of the k largest so far
                for (int c : counts) {
                    if (c > best[0]) {
                        int i = 0;
                        while (i + 1 < k && best[i + 1] < c) {
                            best[i] = best[i + 1];
                            i++;
                        }
                        best[i] = c;
                    }
                }
                return best[0];
            }
        }
    }
}
