package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.candidates;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A poll, survey or record with words after its head speaks through a verb of evidence: {@link Findings}. */
class FindingsTest {

    @Test
    void aSurveyWithItsAuthorAndMonthIsTheSourceOfWhatItFound() {
        String text = "A survey by the harbour trust in April found most ferry riders in favour of a later timetable.";
        Quotation q = containing(candidates(text), "ferry riders");
        assertEquals("A survey by the harbour trust in April", q.speaker());
        assertEquals("found", q.cue());
    }

    @Test
    void pollsWithAnAdverbOfPlaceShowWhatFollows() {
        String text = "Polls there show the mayor is trailing her rival by six points.";
        Quotation q = containing(candidates(text), "trailing");
        assertEquals("Polls there", q.speaker());
    }

    @Test
    void anEmailDatedWithACommaIsOneSource() {
        String text = "A March 3, 2014 email shows the council paid the contractor twice for the same bridge.";
        Quotation q = containing(candidates(text), "contractor");
        assertEquals("A March 3, 2014 email", q.speaker());
    }

    @Test
    void aPollBeforeAParticipleIsItsSource() {
        String text = "Despite recent polls showing him far behind, the senator kept touring the valley.";
        Quotation q = containing(candidates(text), "far behind");
        assertEquals("recent polls", q.speaker());
        assertEquals("showing", q.cue());
    }

    @Test
    void aSpeakerWhoSaysPollsShowKeepsHisOwnWords() {
        List<Quotation> quotes = candidates("Mayor Hanson says polls show the levy will pass easily.");
        assertFalse(quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().contains("Hanson says")));
    }

    @Test
    void aNounThatIsNoRecordFindsNothingThroughThisRule() {
        List<Quotation> quotes = candidates("The old ferry on the north shore showed signs of rust along its hull.");
        assertFalse(quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().contains("north shore")));
    }

    @Test
    void anAdverbBeforeTheVerbIsNoPartOfTheSource() {
        String text = "The county survey also found that most parents want a longer school day.";
        Quotation q = containing(candidates(text).stream().filter(x -> "found".equals(x.cue())).toList(), "school day");
        assertEquals("The county survey", q.speaker());
    }

    @Test
    void aVerbBeforeTheReportEndsTheSourceBeforeIt() {
        String text = "The mayor dismissed a report suggesting the bridge needs repairs before winter.";
        List<Quotation> quotes = candidates(text);
        assertFalse(quotes.stream().anyMatch(q -> q.speaker() != null && q.speaker().contains("dismissed")));
    }

    @Test
    void aPollNamedByItsPollsterAndDateIsTheWholeSource() {
        String text = "A Harbor/Coast poll of Maine released on Monday showed the governor with a narrow lead.";
        Quotation q = containing(candidates(text), "narrow lead");
        assertEquals("A Harbor/Coast poll of Maine released on Monday", q.speaker());
    }
}
