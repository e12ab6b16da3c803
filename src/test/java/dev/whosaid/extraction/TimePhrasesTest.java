package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The one grammar of time phrases: what it steps over forwards and backwards, and what it leaves alone. */
class TimePhrasesTest {

    /** The words of {@code text} after the time phrase that opens at its word {@code at}. */
    private static String after(String text, int at) {
        Document doc = new Document(text);
        int end = TimePhrases.after(doc, at, doc.size());
        return end >= doc.size() ? "" : text.substring(doc.token(end).start());
    }

    @Test
    void aWeekdayWithAnOpenerAndAPartOfTheDayIsOnePhrase() {
        assertEquals("that the bill failed", after("late on Tuesday night that the bill failed", 0));
    }

    @Test
    void aDayWithAPartOfTheDayIsOnePhrase() {
        assertEquals("the road was closed", after("yesterday morning the road was closed", 0));
    }

    @Test
    void aTimeBeforeACommaOrAVerbIsNoSpeaker() {
        String text = "Yesterday morning also saw a fire in the port. On Monday morning, the harbour master announced "
                + "that the port would reopen.";
        assertFalse(Extracted.from(text).stream().anyMatch(q -> q.speaker() != null && q.speaker().contains("morning")));
        Quotation q = Extracted.containing(Extracted.from(text), "port would reopen");
        assertEquals("the harbour master", q.speakerMention().of(text));
    }

    @Test
    void openersChainBeforeAUnitOfTime() {
        assertEquals("that it would close", after("earlier this month that it would close", 0));
    }

    @Test
    void pastOpensAUnitOfTimeAloneOrAfterThis() {
        assertEquals("unveiled the plan", after("this past weekend unveiled the plan", 0));
        assertEquals("the council voted", after("past month the council voted", 0));
    }

    @Test
    void aPartOfTheDayOrAUnitAloneIsNoTime() {
        assertEquals("night was long", after("night was long", 0));
        assertEquals("year ahead", after("year ahead", 0));
    }

    @Test
    void aWeekdayInANameIsNoTime() {
        assertEquals("Tuesday results", after("on Super Tuesday results", 2));
    }

    @Test
    void aQuotedDayIsContentNotTime() {
        Document doc = new Document("\"Tuesday\" is the day");
        assertEquals(1, TimePhrases.after(doc, 1, doc.size()));
    }

    @Test
    void theLongestPhraseEndingAtAWordIsFoundBackwards() {
        Document doc = new Document("Smith late on Friday night said");
        assertEquals(1, TimePhrases.endingAt(doc, 4, 0));
        assertEquals(-1, TimePhrases.endingAt(doc, 0, 0));
    }

    @Test
    void theBackwardSearchStopsAtItsFloor() {
        Document doc = new Document("Smith last week said");
        assertEquals(-1, TimePhrases.endingAt(doc, 2, 2));
        assertEquals(1, TimePhrases.endingAt(doc, 2, 0));
    }

    /** The words of the counted span of time that ends with the word {@code last} of {@code text}, or "". */
    private static String span(String text, String last) {
        Document doc = new Document(text);
        for (int k = 0; k < doc.size(); k++) {
            if (doc.token(k).text().equals(last)) {
                int first = TimePhrases.spanEndingAt(doc, k, 0);
                return first < 0 ? "" : text.substring(doc.token(first).start(), doc.token(k).end());
            }
        }
        throw new AssertionError(last + " not in " + text);
    }

    @Test
    void aCountedSpanOfTimeRunsBackOverItsCountAndModifiers() {
        assertEquals("a month", span("When Ann Roe a month later announced the cuts", "month"));
        assertEquals("less than two weeks ago", span("The council less than two weeks ago said so", "ago"));
        assertEquals("the last two weeks", span("Still, the last two weeks have signaled a change", "weeks"));
    }

    @Test
    void aSpanAfterAPrepositionBelongsToTheLongerPhraseAndAUnitAloneIsNoSpan() {
        assertEquals("", span("Voters who heard her speeches over the decades said so", "decades"));
        assertEquals("", span("A clerk of nearly four years said so", "years"));
        assertEquals("", span("Months passed", "Months"));
    }
}
