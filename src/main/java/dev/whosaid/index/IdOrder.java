package dev.whosaid.index;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;

/**
 * The last tie-break of a search's order, the quotation's id, compared by its ordinal in the segment. Lucene's
 * string order copies each competitive hit's id out of the terms dictionary, a block decoded per hit: about a
 * tenth of ranking a common topic on a 1M index. Within one segment ordinals compare as the ids do; the index is
 * merged into one segment when built, and an index of several compares the ids themselves.
 */
final class IdOrder extends FieldComparatorSource {

    /** Where a quotation has no id: first, as Lucene's string order puts a missing value. */
    private static final int MISSING = -1;

    private IdOrder() {}

    /** The id order for searches of {@code reader}. */
    static SortField of(IndexReader reader) {
        return reader.leaves().size() <= 1 ? new SortField(QuoteFields.ID, new IdOrder())
                : new SortField(QuoteFields.ID, SortField.Type.STRING);
    }

    @Override
    public FieldComparator<Integer> newComparator(String field, int numHits, Pruning pruning, boolean reversed) {
        return new OrdinalComparator(field, numHits);
    }

    private static final class OrdinalComparator extends FieldComparator<Integer> {
        private final String field;
        private final int[] slots;
        private int bottom;
        private int top;

        OrdinalComparator(String field, int numHits) {
            this.field = field;
            this.slots = new int[numHits];
        }

        @Override
        public int compare(int slot1, int slot2) {
            return Integer.compare(slots[slot1], slots[slot2]);
        }

        @Override
        public void setTopValue(Integer value) {
            top = value;
        }

        @Override
        public Integer value(int slot) {
            return slots[slot];
        }

        @Override
        public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
            SortedDocValues ids = DocValues.getSorted(context.reader(), field);
            return new LeafFieldComparator() {
                private int ordinal(int doc) throws IOException {
                    return ids.advanceExact(doc) ? ids.ordValue() : MISSING;
                }

                @Override
                public void setBottom(int slot) {
                    bottom = slots[slot];
                }

                @Override
                public int compareBottom(int doc) throws IOException {
                    return Integer.compare(bottom, ordinal(doc));
                }

                @Override
                public int compareTop(int doc) throws IOException {
                    return Integer.compare(top, ordinal(doc));
                }

                @Override
                public void copy(int slot, int doc) throws IOException {
                    slots[slot] = ordinal(doc);
                }

                @Override
                public void setScorer(Scorable scorer) {}
            };
        }
    }
}
