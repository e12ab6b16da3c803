package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
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
}
