package dev.whosaid.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Each document's speaker, role and source ordinals and year, read from doc values once per generation into
 * arrays (16 bytes a quotation): counting facets then costs an array read per match instead of four doc-values
 * look-ups. The values of the ordinals are read once too: looking up the counted ones in the doc values' terms
 * dictionary decompressed a block per value, about a sixth of counting a common topic. A quotation has at most
 * one speaker, role and source; {@link #NONE} where it has none.
 */
final class FacetOrdinals {

    static final int NONE = -1;
    /** The year of a quotation without a date. */
    static final int NO_YEAR = Integer.MIN_VALUE;

    /**
     * One segment's values: speaker, role, source and year of each document side by side, so one match costs
     * one cache line, not four; and the speaker, role and source of each ordinal.
     */
    record Leaf(int[] values, String[] speakers, String[] roles, String[] sources) {
        int speaker(int doc) {
            return values[doc << 2];
        }

        int role(int doc) {
            return values[(doc << 2) + 1];
        }

        int source(int doc) {
            return values[(doc << 2) + 2];
        }

        int year(int doc) {
            return values[(doc << 2) + 3];
        }
    }

    private final List<Leaf> leaves;

    private FacetOrdinals(List<Leaf> leaves) {
        this.leaves = leaves;
    }

    static FacetOrdinals of(IndexReader reader) throws IOException {
        List<Leaf> leaves = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            int[][] columns = {ordinals(r, QuoteFields.SPEAKER), ordinals(r, QuoteFields.ROLE), ordinals(r, QuoteFields.SOURCE),
                years(r)};
            int[] values = new int[Math.multiplyExact(r.maxDoc(), columns.length)];
            for (int doc = 0; doc < r.maxDoc(); doc++) {
                for (int c = 0; c < columns.length; c++) {
                    values[doc * columns.length + c] = columns[c][doc];
                }
            }
            leaves.add(new Leaf(values, names(r, QuoteFields.SPEAKER), names(r, QuoteFields.ROLE), names(r, QuoteFields.SOURCE)));
        }
        return new FacetOrdinals(List.copyOf(leaves));
    }

    Leaf leaf(LeafReaderContext context) {
        return leaves.get(context.ord);
    }

    private static int[] ordinals(LeafReader reader, String field) throws IOException {
        int[] ords = new int[reader.maxDoc()];
        Arrays.fill(ords, NONE);
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        SortedDocValues single = DocValues.unwrapSingleton(values);
        if (single != null) {
            for (int doc = single.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = single.nextDoc()) {
                ords[doc] = single.ordValue();
            }
            return ords;
        }
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            if (values.docValueCount() > 1) {
                throw new IllegalStateException("quotation " + doc + " of " + reader + " has " + values.docValueCount()
                        + " values of " + field + "; the index holds one");
            }
            ords[doc] = Math.toIntExact(values.nextOrd());
        }
        return ords;
    }

    private static String[] names(LeafReader reader, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(reader, field);
        String[] names = new String[Math.toIntExact(values.getValueCount())];
        for (int ord = 0; ord < names.length; ord++) {
            names[ord] = values.lookupOrd(ord).utf8ToString();
        }
        return names;
    }

    private static int[] years(LeafReader reader) throws IOException {
        int[] years = new int[reader.maxDoc()];
        Arrays.fill(years, NO_YEAR);
        NumericDocValues values = DocValues.getNumeric(reader, QuoteFields.YEAR);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            years[doc] = Math.toIntExact(values.longValue());
        }
        return years;
    }
}
