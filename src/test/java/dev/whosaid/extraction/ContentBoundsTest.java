package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where reported content ends: the conventions annotators follow, one phenomenon per test. */
class ContentBoundsTest {

    @Test
    void reportedContentRunsOnAcrossADash() {
        Quotation q = Extracted.from("Mary Jones said polls show the mayor could win the state — assuming a two-way race "
                + "against the governor.").getFirst();
        assertEquals("polls show the mayor could win the state — assuming a two-way race against the governor", q.text());
    }

    @Test
    void reportedContentEndsAtASemicolon() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the bridge would reopen in May; the tunnel stays closed.");
        assertEquals("the bridge would reopen in May", containing(quotes, "bridge").text());
    }
}
