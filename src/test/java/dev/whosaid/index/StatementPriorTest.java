package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement prior over a real index: one speaker, one article, a two-word paraphrase naming the topic and
 * the speaker's full statement, which names it once in a longer text. BM25 alone puts the fragment first.
 */
class StatementPriorTest {

    static final Article ARTICLE = new Article("prince-1", "Crown prince on the murder", LocalDate.of(2019, 9, 26), "Wikinews",
            "https://example.org/prince-1",
            "The crown prince spoke of Khashoggi's killing in an interview. \"The murder of Khashoggi happened under my"
                    + " watch. I get all the responsibility, because it happened under my watch,\" he said.");
    static final String FRAGMENT = "Khashoggi's killing";
    static final String STATEMENT = "The murder of Khashoggi happened under my watch. I get all the responsibility, because it"
            + " happened under my watch,";

    @TempDir
    Path dir;

    @Test
    void theSpeakersOwnFullStatementOutranksAParaphrasedFragmentOfTheTopic() throws IOException {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, List.of(
                    Fixtures.quote(ARTICLE, FRAGMENT, "Mohammad bin Salman", "Crown Prince", QuoteKind.INDIRECT, SpeakerKind.PERSON),
                    Fixtures.quote(ARTICLE, STATEMENT, "Mohammad bin Salman", "Crown Prince", QuoteKind.DIRECT, SpeakerKind.PERSON)));
            SearchPage page = index.search(new SearchRequest(List.of("Mohammad bin Salman"), "Khashoggi", List.of(), null, null,
                    null, null, null, null, SortOrder.RELEVANCE, 1, 10));
            assertEquals(List.of(STATEMENT, FRAGMENT), page.hits().stream().map(h -> h.quote().text()).toList());
        }
    }

    @Test
    void wordsRankedAsOneFlatDisjunctionKeepTheMatchesScoresAndOrder() throws IOException {
        // The quotations with "letter" or "missile" match; Pompeo's and Kim Yong Chol's have "talks" in their
        // paragraphs only, which ranks but must not make a match.
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, Fixtures.quotes());
            try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index.root().resolve(index.servedGeneration().orElseThrow())))) {
                IndexSearcher searcher = new IndexSearcher(new FirstReports(reader));
                QueryBuilder words = new QueryBuilder(QuoteFields.textAnalyzer());
                String topic = "letter missile talks";
                Query query = new BooleanQuery.Builder()
                        .add(words.createBooleanQuery(QuoteFields.TEXT, topic), BooleanClause.Occur.MUST)
                        .add(new BoostQuery(words.createBooleanQuery(QuoteFields.CONTEXT, topic), 0.3f), BooleanClause.Occur.SHOULD)
                        .build();
                TopDocs nested = searcher.search(StatementPrior.boost(query), 10);
                TopDocs flat = searcher.search(StatementPrior.boostFlat(query), 10);
                assertEquals(2, nested.scoreDocs.length);
                assertEquals(2, searcher.count(StatementPrior.boostFlat(query)));
                assertEquals(nested.scoreDocs.length, flat.scoreDocs.length);
                for (int i = 0; i < flat.scoreDocs.length; i++) {
                    assertEquals(nested.scoreDocs[i].doc, flat.scoreDocs[i].doc);
                    assertEquals(nested.scoreDocs[i].score, flat.scoreDocs[i].score, 1e-5);
                }
            }
        }
    }

    @Test
    void aDirectQuotationCountsFullyHoweverShortAndAParaphraseByItsShareOfAFullLength() {
        assertEquals(1.0, StatementPrior.of(QuoteKind.DIRECT, 3));
        assertEquals(StatementPrior.INDIRECT, StatementPrior.of(QuoteKind.INDIRECT, StatementPrior.FULL_LENGTH * 2));
        assertEquals(StatementPrior.MIXED / 2, StatementPrior.of(QuoteKind.MIXED, StatementPrior.FULL_LENGTH / 2), 1e-9);
        assertTrue(StatementPrior.of(QuoteKind.INDIRECT, 2) < StatementPrior.of(QuoteKind.INDIRECT, 9));
    }

    @Test
    void priorsComputedOnceForASegmentAreThoseReadFromItsDocValues() throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir)) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(QuoteFields.textAnalyzer()))) {
                for (int words = 1; words <= 2 * StatementPrior.FULL_LENGTH + 3; words++) {
                    for (QuoteKind kind : QuoteKind.values()) {
                        Document doc = new Document();
                        doc.add(new TextField(QuoteFields.TEXT, "minister ".repeat(words), Field.Store.NO));
                        doc.add(new SortedDocValuesField(QuoteFields.KIND, new BytesRef(kind.label())));
                        writer.addDocument(doc);
                    }
                    Document unknownKind = new Document();
                    unknownKind.add(new TextField(QuoteFields.TEXT, "minister ".repeat(words), Field.Store.NO));
                    writer.addDocument(unknownKind);
                }
                writer.forceMerge(1);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                LeafReader leaf = reader.leaves().getFirst().reader();
                StatementPrior.LeafPriors once = StatementPrior.LeafPriors.precomputed(leaf);
                StatementPrior.LeafPriors read = new StatementPrior.LeafPriors(leaf);
                int perLength = QuoteKind.values().length + 1;
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    int words = doc / perLength + 1;
                    int k = doc % perLength;
                    QuoteKind kind = k < QuoteKind.values().length ? QuoteKind.values()[k] : QuoteKind.DIRECT;
                    assertEquals(StatementPrior.of(kind, words), read.at(doc), "document " + doc);
                    assertEquals(read.at(doc), once.at(doc), "document " + doc);
                }
            }
        }
    }
}
