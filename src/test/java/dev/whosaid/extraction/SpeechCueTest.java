package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechCueTest {

    @Test
    void asReportedByOpeningTheSentenceNamesTheSourceOfWhatFollows() {
        Quotation q = containing(Extracted.from(
                "As reported by Politico, the governor vetoed the bill on Friday after months of debate."), "vetoed");
        assertEquals("the governor vetoed the bill on Friday after months of debate", q.text());
        assertEquals("Politico", q.speaker());
    }

    @Test
    void asReportedByClosingTheSentenceNamesTheSourceOfWhatCameBefore() {
        Quotation q = containing(Extracted.from(
                "The senator has raised $4 million since January, as reported by the Associated Press."), "raised");
        assertEquals("The senator has raised $4 million since January", q.text());
        assertEquals("Associated Press", q.speaker());
    }

    @Test
    void asNotedByWorksAsAsReportedByDoes() {
        Quotation q = containing(Extracted.from("The measure passed easily. As noted by the Tax Policy Center, most of"
                + " the cuts go to the wealthiest households."), "wealthiest");
        assertEquals("most of the cuts go to the wealthiest households", q.text());
    }

    @Test
    void asExpectedByNoSpeechVerbReportsNothing() {
        assertFalse(anyContaining(Extracted.from("As expected by most analysts, the bank raised rates on Tuesday."),
                "raised rates"));
    }
}
