package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmptyContentsTest {

    @Test
    void aStatementBroughtInByItsArticleIsNotWhatWasSaid() {
        List<Quotation> quotes = Extracted.candidates("After the storm the harbour board released a statement. "
                + "Ann Roe, its chair, sent out a short press release.");
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("a statement")), quotes.toString());
        assertFalse(quotes.stream().anyMatch(q -> q.text().contains("press release")), quotes.toString());
    }

    @Test
    void aStatementAlreadyKnownCanStillBeJudged() {
        List<Quotation> quotes = Extracted.candidates("Ann Roe blasted the statement as cowardly.");
        assertTrue(Extracted.anyContaining(quotes, "the statement"), quotes.toString());
    }

    @Test
    void theFollowingStatementBeforeAColonLeavesTheQuotationItsSpeaker() {
        String text = "The harbour board issued the following statement: “We will rebuild the pier before the summer.”";
        Quotation q = containing(Extracted.from(text), "rebuild the pier");
        assertEquals("The harbour board", q.speakerMention().of(text));
    }

    @Test
    void anAdverbAloneIsNoContent() {
        List<Quotation> quotes = Extracted.candidates("As the Daily Courier reported just today, the pier will close. "
                + "Then, last week, Tom Baker called. But, she told the council, the money was gone.");
        assertFalse(quotes.stream().anyMatch(q -> q.text().equals("just") || q.text().startsWith("Then")
                || q.text().equals("But")), quotes.toString());
    }

    @Test
    void aFewWordsAfterALabelHeadASectionButAQuotedLineIsSaid() {
        List<Quotation> quotes = Extracted.candidates("Where the candidates stand.\n\nRoe: Now or never.\n\nRoe needs a "
                + "win in the north.\n\nBaker: ‘Count every vote.’");
        assertFalse(Extracted.anyContaining(quotes, "Now or never"), quotes.toString());
        assertTrue(Extracted.anyContaining(quotes, "Count every vote"), quotes.toString());
    }
}
