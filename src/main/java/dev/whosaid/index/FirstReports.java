package dev.whosaid.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The index as searches see it: the later reports of a statement ({@link QuoteFields#DUPLICATE} 1) hidden as
 * if deleted, so every query skips them through the live docs, at no cost per match, instead of checking a
 * doc-values filter on each candidate (which also turned every conjunction into a two-phase one that block-max
 * scoring could not skip through). Computed once per generation. A view: the wrapped reader stays the owner,
 * and lookups that need the later reports (by id, the other reports of a statement) read that one. The norms of
 * the fields that rank are read from the heap ({@link HeapNorms}), and the statement priors computed once.
 */
final class FirstReports extends FilterDirectoryReader {

    FirstReports(DirectoryReader all) throws IOException {
        super(all, new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader reader) {
                try {
                    return new Leaf(reader);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("cannot read the duplicate flags of " + reader, e);
                }
            }
        });
    }

    /** The priors of a segment's documents: computed once where the segment is one of these, else read as asked. */
    static StatementPrior.LeafPriors priors(LeafReader reader) throws IOException {
        return reader instanceof Leaf leaf ? leaf.priors : new StatementPrior.LeafPriors(reader);
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
        return new FirstReports(in);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
        return null;   // other live docs than the wrapped reader's: nothing may be cached under its key
    }

    /** One segment with its later reports hidden. */
    private static final class Leaf extends FilterLeafReader {
        /** The fields whose words rank searches: their norms are read for every document scored. */
        private static final List<String> RANKING = List.of(QuoteFields.TEXT, QuoteFields.CONTEXT, QuoteFields.NEARBY, QuoteFields.TITLE);

        private final Bits live;
        private final int numDocs;
        private final Map<String, HeapNorms> norms = new HashMap<>();
        private final StatementPrior.LeafPriors priors;

        Leaf(LeafReader in) throws IOException {
            super(in);
            FixedBitSet first = new FixedBitSet(in.maxDoc());
            Bits deleted = in.getLiveDocs();
            NumericDocValues duplicate = DocValues.getNumeric(in, QuoteFields.DUPLICATE);
            if (deleted == null) {
                first.set(0, in.maxDoc());
            } else {
                for (int doc = 0; doc < in.maxDoc(); doc++) {
                    if (deleted.get(doc)) {
                        first.set(doc);
                    }
                }
            }
            for (int doc = duplicate.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = duplicate.nextDoc()) {
                if (duplicate.longValue() != 0) {
                    first.clear(doc);
                }
            }
            this.live = first;
            this.numDocs = first.cardinality();
            for (String field : RANKING) {
                HeapNorms copy = HeapNorms.copyOf(in.getNormValues(field), in.maxDoc());
                if (copy != null) {
                    norms.put(field, copy);
                }
            }
            this.priors = StatementPrior.LeafPriors.precomputed(in);
        }

        @Override
        public NumericDocValues getNormValues(String field) throws IOException {
            HeapNorms copy = norms.get(field);
            return copy == null ? in.getNormValues(field) : copy.iterator();
        }

        @Override
        public Bits getLiveDocs() {
            return live;
        }

        @Override
        public int numDocs() {
            return numDocs;
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
            return in.getCoreCacheHelper();   // same postings and doc values: cached filters stay valid
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
            return null;
        }
    }
}
