package dev.whosaid.index;

import static dev.whosaid.index.QuoteFields.*;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Span;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexedQuote} into a Lucene document and back. */
final class QuoteDocuments {

    private QuoteDocuments() {}

    /** Quotation text: analysed, with positions (phrase queries) and offsets. Shown from {@link QuoteFields#HIT}. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    /**
     * The document of a quotation. Nothing is stored: what a hit shows is one binary doc value ({@link #hitRecord}),
     * read without decompressing a block of other documents' fields.
     */
    static Document document(IndexedQuote q) {
        Document doc = new Document();
        // Exact term: lookup by id and in-place doc-values updates; sorted doc values: the last tie-break.
        doc.add(new StringField(ID, q.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(q.id())));
        // BM25 with English stemming over the words.
        doc.add(new Field(TEXT, q.text(), TEXT_TYPE));
        // The paragraph: a second, weaker text field (boosted down at query time).
        doc.add(new TextField(CONTEXT, q.context(), Field.Store.NO));
        // Title and neighbouring paragraphs: the weakest text field, never shown.
        doc.add(new TextField(NEARBY, q.nearby(), Field.Store.NO));
        // The title alone: a topic's tie-break across the whole index at a fraction of the neighbouring paragraphs' cost.
        doc.add(new TextField(TITLE, q.article().title(), Field.Store.NO));
        if (q.speaker() != null) {
            // Exact name: the speaker filter; sorted-set doc values: speaker facet and speaker directory.
            doc.add(new StringField(SPEAKER, q.speaker(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(SPEAKER, new BytesRef(q.speaker())));
            // Folded, lower-cased words of the name: fielded "speaker:nauert" for names the directory lacks.
            doc.add(new TextField(SPEAKER_TEXT, q.speaker(), Field.Store.NO));
        }
        if (q.speakerKind() != null) {
            doc.add(new SortedDocValuesField(SPEAKER_KIND, new BytesRef(q.speakerKind().label())));
        }
        if (q.role() != null) {
            // Words for "the secretary of state"; the exact value for the role facet.
            doc.add(new TextField(ROLE_TEXT, q.role(), Field.Store.NO));
            doc.add(new SortedSetDocValuesField(ROLE, new BytesRef(q.role())));
        }
        if (q.date() != null) {
            long day = q.date().toEpochDay();
            // Point: from/to ranges; doc values: sort by date (and the index's order). Year: exact filter and facet.
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new IntPoint(YEAR, q.date().getYear()));
            doc.add(new NumericDocValuesField(YEAR, q.date().getYear()));
        }
        ArticleRef a = q.article();
        // Article id as a term: the other quotations of the same article (/api/quotes "sameSpeaker").
        doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.NO));
        if (!a.source().isEmpty()) {
            // Exact publisher: facet; folded words: "source:washington post".
            doc.add(new SortedSetDocValuesField(SOURCE, new BytesRef(a.source())));
            doc.add(new TextField(SOURCE_TEXT, a.source(), Field.Store.NO));
        }
        // Kind: exact filter (kind:direct); doc values: the statement prior ranks the speaker's own words first.
        doc.add(new StringField(KIND, q.kind().label(), Field.Store.NO));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(q.kind().label())));
        // Reports of one statement share this term; the later ones get DUPLICATE=1 when the build commits,
        // an in-place doc-values update, so searches show each statement once.
        String duplicateKey = duplicateHash(q);
        doc.add(new StringField(DUP_KEY, duplicateKey, Field.Store.NO));
        doc.add(new NumericDocValuesField(DUPLICATE, 0));
        doc.add(new BinaryDocValuesField(HIT, hitRecord(q, duplicateKey)));
        return doc;
    }

    /** A quotation as the index reads it back, and the key its statement's reports share. */
    record Stored(IndexedQuote quote, String duplicateKey) {}

    /** Everything {@link #stored} gives back, in one value: strings as UTF-8, numbers as variable-length ints. */
    static BytesRef hitRecord(IndexedQuote q, String duplicateKey) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            out.writeString(q.id());
            out.writeString(q.text());
            writeOptional(out, q.speaker());
            writeOptional(out, q.speakerKind() == null ? null : q.speakerKind().label());
            writeOptional(out, q.role());
            writeDay(out, q.date());
            out.writeString(q.kind().label());
            writeOptional(out, q.cue());
            out.writeLong(Double.doubleToLongBits(q.confidence()));
            out.writeString(q.context());
            out.writeVInt(q.start());
            out.writeVInt(q.end());
            out.writeVInt(q.spans().size());
            for (Span span : q.spans()) {
                out.writeVInt(span.start());
                out.writeVInt(span.end());
            }
            ArticleRef a = q.article();
            out.writeString(a.id());
            out.writeString(a.title());
            out.writeString(a.source());
            out.writeString(a.url());
            writeDay(out, a.date());
            out.writeString(duplicateKey);
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to memory", e);   // an in-memory output does not fail
        }
    }

    /** Reads back what {@link #hitRecord} wrote. */
    static Stored stored(BytesRef record) {
        try {
            ByteArrayDataInput in = new ByteArrayDataInput(record.bytes, record.offset, record.length);
            String id = in.readString();
            String text = in.readString();
            String speaker = readOptional(in);
            String speakerKind = readOptional(in);
            String role = readOptional(in);
            LocalDate date = readDay(in);
            QuoteKind kind = QuoteKind.parse(in.readString());
            String cue = readOptional(in);
            double confidence = Double.longBitsToDouble(in.readLong());
            String context = in.readString();
            int start = in.readVInt();
            int end = in.readVInt();
            List<Span> spans = new ArrayList<>();
            for (int n = in.readVInt(); n > 0; n--) {
                spans.add(new Span(in.readVInt(), in.readVInt()));
            }
            ArticleRef article = new ArticleRef(in.readString(), in.readString(), in.readString(), in.readString(), readDay(in));
            String duplicateKey = in.readString();
            return new Stored(new IndexedQuote(id, text, speaker, speakerKind == null ? null : SpeakerKind.parse(speakerKind), role,
                    date, kind, cue, confidence, context, start, end, spans, article, ""), duplicateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a hit record", e);   // an in-memory input does not fail
        }
    }

    /**
     * The hit records of {@code docs} (top-level doc ids), in that order. Each segment's values are read in
     * increasing doc id order, as doc values must be.
     */
    static List<Stored> read(IndexReader reader, int[] docs) throws IOException {
        Integer[] byDoc = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            byDoc[i] = i;
        }
        Arrays.sort(byDoc, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = reader.leaves();
        Stored[] stored = new Stored[docs.length];
        BinaryDocValues values = null;
        int leaf = -1;
        for (int i : byDoc) {
            int at = ReaderUtil.subIndex(docs[i], leaves);
            if (at != leaf) {
                leaf = at;
                values = leaves.get(at).reader().getBinaryDocValues(HIT);
            }
            if (values == null || !values.advanceExact(docs[i] - leaves.get(at).docBase)) {
                throw new IllegalStateException("quotation " + docs[i] + " has no hit record in " + reader);
            }
            stored[i] = stored(values.binaryValue());
        }
        return Arrays.asList(stored);
    }

    private static void writeOptional(DataOutput out, String value) throws IOException {
        out.writeByte((byte) (value == null ? 0 : 1));
        if (value != null) {
            out.writeString(value);
        }
    }

    private static String readOptional(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : in.readString();
    }

    private static void writeDay(DataOutput out, LocalDate day) throws IOException {
        out.writeByte((byte) (day == null ? 0 : 1));
        if (day != null) {
            out.writeZLong(day.toEpochDay());
        }
    }

    private static LocalDate readDay(DataInput in) throws IOException {
        return in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.readZLong());
    }

    static String duplicateHash(IndexedQuote q) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(q.duplicateKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
