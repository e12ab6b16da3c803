package dev.whosaid.index;

import static dev.whosaid.index.QuoteFields.*;

import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Span;
import dev.whosaid.extraction.SpeakerKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link IndexedQuote} into a Lucene document and back. */
final class QuoteDocuments {

    private QuoteDocuments() {}

    /** Quotation text: analysed, stored, with positions (phrase queries) and offsets (highlighting). */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    static Document document(IndexedQuote q) {
        Document doc = new Document();
        // Exact term: lookup by id and in-place doc-values updates; sorted doc values: the last tie-break.
        doc.add(new StringField(ID, q.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(q.id())));
        // BM25 with English stemming over the words; stored to show them.
        doc.add(new Field(TEXT, q.text(), TEXT_TYPE));
        // The paragraph: a second, weaker text field (boosted down at query time); stored for /api/quotes.
        doc.add(new TextField(CONTEXT, q.context(), Field.Store.YES));
        // Title and neighbouring paragraphs: the weakest text field, indexed only (never shown, so not stored).
        doc.add(new TextField(NEARBY, q.nearby(), Field.Store.NO));
        if (q.speaker() != null) {
            // Exact name: the speaker filter; sorted-set doc values: speaker facet and speaker directory.
            doc.add(new StringField(SPEAKER, q.speaker(), Field.Store.YES));
            doc.add(new SortedSetDocValuesField(SPEAKER, new BytesRef(q.speaker())));
            // Folded, lower-cased words of the name: fielded "speaker:nauert" for names the directory lacks.
            doc.add(new TextField(SPEAKER_TEXT, q.speaker(), Field.Store.NO));
        }
        if (q.speakerKind() != null) {
            doc.add(new StringField(SPEAKER_KIND, q.speakerKind().label(), Field.Store.YES));
            doc.add(new SortedDocValuesField(SPEAKER_KIND, new BytesRef(q.speakerKind().label())));
        }
        if (q.role() != null) {
            // Words for "the secretary of state"; the exact value for the role facet.
            doc.add(new TextField(ROLE_TEXT, q.role(), Field.Store.NO));
            doc.add(new StringField(ROLE, q.role(), Field.Store.YES));
            doc.add(new SortedSetDocValuesField(ROLE, new BytesRef(q.role())));
        }
        if (q.date() != null) {
            long day = q.date().toEpochDay();
            // Point: from/to ranges; doc values: sort by date; stored: shown. Year: exact filter and facet.
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE, day));
            doc.add(new IntPoint(YEAR, q.date().getYear()));
            doc.add(new NumericDocValuesField(YEAR, q.date().getYear()));
        }
        ArticleRef a = q.article();
        // Article id as a term: the other quotations of the same article (/api/quotes "sameSpeaker").
        doc.add(new StringField(ARTICLE_ID, a.id(), Field.Store.YES));
        doc.add(new StoredField(ARTICLE_TITLE, a.title()));
        doc.add(new StoredField(ARTICLE_URL, a.url()));
        if (a.date() != null) {
            doc.add(new StoredField(ARTICLE_DATE, a.date().toEpochDay()));
        }
        if (!a.source().isEmpty()) {
            // Exact publisher: facet; folded words: "source:washington post".
            doc.add(new StringField(SOURCE, a.source(), Field.Store.YES));
            doc.add(new SortedSetDocValuesField(SOURCE, new BytesRef(a.source())));
            doc.add(new TextField(SOURCE_TEXT, a.source(), Field.Store.NO));
        }
        // Kind: exact filter (kind:direct); doc values: the statement prior ranks the speaker's own words first.
        doc.add(new StringField(KIND, q.kind().label(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KIND, new BytesRef(q.kind().label())));
        // Shown, never searched.
        if (q.cue() != null) {
            doc.add(new StoredField(CUE, q.cue()));
        }
        doc.add(new StoredField(CONFIDENCE, q.confidence()));
        doc.add(new StoredField(START, q.start()));
        doc.add(new StoredField(END, q.end()));
        doc.add(new StoredField(SPANS, spansToString(q.spans())));
        // Reports of one statement share this term; the later ones get DUPLICATE=1 when the build commits,
        // an in-place doc-values update, so searches show each statement once.
        doc.add(new StringField(DUP_KEY, duplicateHash(q), Field.Store.YES));
        doc.add(new NumericDocValuesField(DUPLICATE, 0));
        return doc;
    }

    static IndexedQuote quote(Document doc) {
        String kind = doc.get(SPEAKER_KIND);
        return new IndexedQuote(doc.get(ID), doc.get(TEXT), doc.get(SPEAKER),
                kind == null ? null : SpeakerKind.parse(kind), doc.get(ROLE), day(doc, DATE), QuoteKind.parse(doc.get(KIND)),
                doc.get(CUE), doc.getField(CONFIDENCE).numericValue().doubleValue(), doc.get(CONTEXT),
                doc.getField(START).numericValue().intValue(), doc.getField(END).numericValue().intValue(),
                spansFromString(doc.get(SPANS)), article(doc), "");
    }

    static ArticleRef article(Document doc) {
        return new ArticleRef(doc.get(ARTICLE_ID), doc.get(ARTICLE_TITLE), doc.get(SOURCE), doc.get(ARTICLE_URL),
                day(doc, ARTICLE_DATE));
    }

    static String duplicateHash(IndexedQuote q) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(q.duplicateKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static LocalDate day(Document doc, String field) {
        var f = doc.getField(field);
        return f == null ? null : LocalDate.ofEpochDay(f.numericValue().longValue());
    }

    private static String spansToString(List<Span> spans) {
        StringBuilder s = new StringBuilder();
        for (Span span : spans) {
            s.append(s.isEmpty() ? "" : ",").append(span.start()).append('-').append(span.end());
        }
        return s.toString();
    }

    private static List<Span> spansFromString(String s) {
        List<Span> spans = new ArrayList<>();
        for (String piece : s.split(",")) {
            int dash = piece.indexOf('-');
            spans.add(new Span(Integer.parseInt(piece.substring(0, dash)), Integer.parseInt(piece.substring(dash + 1))));
        }
        return spans;
    }
}
