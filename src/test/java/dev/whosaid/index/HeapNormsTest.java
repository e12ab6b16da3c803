package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapNormsTest {

    @TempDir
    Path dir;

    /** Texts of 1, 3, 40 and 300 words, and documents without the field between them (no norm there). */
    private DirectoryReader segment(FSDirectory directory) throws Exception {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(QuoteFields.textAnalyzer()))) {
            for (int words : new int[] {1, 0, 3, 40, 0, 0, 300}) {
                Document doc = new Document();
                doc.add(new StringField(QuoteFields.ID, "doc" + words, Field.Store.NO));
                if (words > 0) {
                    doc.add(new TextField(QuoteFields.TEXT, "minister ".repeat(words), Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        }
        return DirectoryReader.open(directory);
    }

    @Test
    void theCopyHoldsTheSameNormsForTheSameDocumentsAsTheIndex() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = segment(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            HeapNorms copy = HeapNorms.copyOf(leaf.getNormValues(QuoteFields.TEXT), leaf.maxDoc());
            NumericDocValues original = leaf.getNormValues(QuoteFields.TEXT);
            NumericDocValues heap = copy.iterator();
            List<Long> seen = new ArrayList<>();
            for (int doc = original.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = original.nextDoc()) {
                assertEquals(doc, heap.nextDoc());
                assertEquals(original.longValue(), heap.longValue(), "norm of document " + doc);
                seen.add(heap.longValue());
            }
            assertEquals(DocIdSetIterator.NO_MORE_DOCS, heap.nextDoc());
            assertEquals(4, seen.size());
            assertEquals(4, copy.iterator().cost());
            NumericDocValues exact = copy.iterator();
            assertFalse(exact.advanceExact(1), "the second document has no text");
            assertTrue(exact.advanceExact(2));
            assertEquals(seen.get(1), exact.longValue());
            assertEquals(6, copy.iterator().advance(4));
        }
    }

    @Test
    void aFieldWithoutNormsHasNoCopy() throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = segment(directory)) {
            LeafReader leaf = reader.leaves().getFirst().reader();
            assertNull(HeapNorms.copyOf(leaf.getNormValues(QuoteFields.CONTEXT), leaf.maxDoc()));
        }
    }
}
