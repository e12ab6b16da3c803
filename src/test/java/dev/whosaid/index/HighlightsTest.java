package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/** Where a search's words are marked in a quotation's text. */
class HighlightsTest {

    static final String TEXT = "The talks were productive, and good-faith negotiations on the talks continue.";

    static String marked(String topic, List<String> phrases) {
        StringBuilder s = new StringBuilder();
        for (int[] span : new Highlights(QuoteFields.textAnalyzer(), topic, phrases).in(TEXT)) {
            s.append('[').append(TEXT, span[0], span[1]).append(']');
        }
        return s.toString();
    }

    @Test
    void everyOccurrenceOfATopicWordIsMarkedAsTheFieldAnalysesIt() {
        assertEquals("[talks][talks]", marked("the talk", List.of()));
        assertEquals("[productive][negotiations]", marked("negotiation productivity", List.of()));
    }

    @Test
    void aPhraseIsMarkedWholeAndOnlyWhereItStandsComplete() {
        assertEquals("[good-faith negotiations]", marked(null, List.of("good faith negotiations")));
        assertEquals("[talks continue]", marked(null, List.of("talks continue")));
        assertEquals("", marked(null, List.of("faith talks")));
    }

    @Test
    void touchingMarksAreJoinedAndNothingToMarkGivesNothing() {
        assertEquals("[good-faith negotiations]", marked("faith", List.of("good faith negotiations")));
        assertEquals("", marked("the of", List.of()));
        assertEquals("", marked(null, List.of()));
    }

    @Test
    void theIndexsPostingsGiveTheSameMarksAsAnalysingTheText() throws Exception {
        Article article = new Article("talks-1", "Talks", LocalDate.of(2019, 5, 1), "Wikinews", "https://example.org/talks",
                "The envoy said \"" + TEXT + "\" on Monday.");
        IndexedQuote quote = Fixtures.quote(article, TEXT, "Ann Envoy", "envoy", QuoteKind.DIRECT, SpeakerKind.PERSON);
        try (Directory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(QuoteFields.perField()))) {
            writer.addDocument(QuoteDocuments.document(quote));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (var asked : List.of(new Object[] {"the talk", List.of()}, new Object[] {"negotiation productivity", List.of()},
                        new Object[] {"faith", List.of("good faith negotiations")}, new Object[] {null, List.of("faith talks")},
                        new Object[] {"missing words", List.of()})) {
                    @SuppressWarnings("unchecked")
                    Highlights highlights = new Highlights(QuoteFields.textAnalyzer(), (String) asked[0], (List<String>) asked[1]);
                    List<int[]> fromPostings = highlights.marks(new TextPositions(reader, highlights.terms()).at(0));
                    assertEquals(spans(highlights.in(TEXT)), spans(fromPostings), String.valueOf(asked[0]) + asked[1]);
                }
            }
        }
    }

    private static List<List<Integer>> spans(List<int[]> marks) {
        return marks.stream().map(m -> List.of(m[0], m[1])).toList();
    }
}
