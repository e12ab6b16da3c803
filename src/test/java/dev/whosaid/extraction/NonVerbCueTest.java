package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Attributions whose cue is no finite verb of saying: passive expectations, nouns, phrases. */
class NonVerbCueTest {

    @Test
    void anExpectationNoOneHoldsGivesItsSubjectAndInfinitiveWithoutASpeaker() {
        List<Quotation> quotes = Extracted.from("The orchestra is widely expected to cancel its winter tour.");
        Quotation q = containing(quotes, "orchestra");
        assertEquals(List.of("The orchestra", "to cancel its winter tour"),
                q.spans().stream().map(s -> s.of("The orchestra is widely expected to cancel its winter tour.")).toList());
        assertEquals(null, q.speaker());
        assertEquals("is widely expected", q.cue());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void anExpectationsSubjectStartsAfterTheConjunctionOrRelativePronounOpeningItsClause() {
        String text = "The river rose overnight, and the old ferry was expected to stay in port, which is expected to anger farmers.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("the old ferry to stay in port", containing(quotes, "ferry").text());
        assertEquals("which to anger farmers", containing(quotes, "farmers").text());
    }

    @Test
    void anExpectationWithoutAnInfinitiveOrASubjectIsNoQuotation() {
        assertFalse(Extracted.anyContaining(Extracted.from("The storm came sooner than expected by the coast guard."),
                "storm"));
        assertFalse(Extracted.anyContaining(Extracted.from("Expected to close at noon, the bridge stayed open."),
                "bridge"));
    }
}
