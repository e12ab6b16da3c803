package dev.whosaid.index;

import java.io.IOException;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * One field's norms (its length in terms, as BM25 keeps it in one byte) of one segment, copied to the heap once
 * per generation. Ranking reads a norm for every document it scores, at random places: from a mapped file each
 * read goes through the memory segment's checks and was about a tenth of a search's CPU; from an array it is
 * one load. A megabyte per field per million quotations.
 */
final class HeapNorms {

    private final byte[] values;
    /** The documents that have the field (and so a norm). */
    private final FixedBitSet present;
    private final int count;

    private HeapNorms(byte[] values, FixedBitSet present) {
        this.values = values;
        this.present = present;
        this.count = present.cardinality();
    }

    /** A copy of {@code norms} (null when the segment has none for the field) over {@code maxDoc} documents. */
    static HeapNorms copyOf(NumericDocValues norms, int maxDoc) throws IOException {
        if (norms == null) {
            return null;
        }
        byte[] values = new byte[maxDoc];
        FixedBitSet present = new FixedBitSet(Math.max(1, maxDoc));
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
            long norm = norms.longValue();
            if (norm != (byte) norm) {
                throw new IllegalStateException("a norm of more than one byte: " + norm + " at document " + doc);
            }
            values[doc] = (byte) norm;
            present.set(doc);
        }
        return new HeapNorms(values, present);
    }

    /** A fresh iterator over the copy, as {@link org.apache.lucene.index.LeafReader#getNormValues} must return. */
    NumericDocValues iterator() {
        return new NumericDocValues() {
            private int doc = -1;

            @Override
            public long longValue() {
                return values[doc];
            }

            @Override
            public boolean advanceExact(int target) {
                doc = target;
                return present.get(target);
            }

            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) {
                doc = target >= values.length ? NO_MORE_DOCS : present.nextSetBit(target);
                return doc;
            }

            @Override
            public long cost() {
                return count;
            }
        };
    }
}
