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

    @Test
    void aParticipleAfterAQuotationClosingOnACommaSpeaksForTheSameSpeaker() {
        List<Quotation> quotes = Extracted.from("“The budget is a mess,” Mayor Lena Ortiz said on Monday, adding, “We will"
                + " fix it before the summer.”");
        Quotation added = containing(quotes, "fix it");
        assertEquals("We will fix it before the summer.", added.text());
        assertEquals("Lena Ortiz", added.speaker());
        assertEquals("adding", added.cue());
    }

    @Test
    void aParticipleRightAfterAQuotedCommaSpeaksToo() {
        Quotation q = containing(Extracted.from("The governor told reporters that the plan was “dead on arrival,” adding"
                + " that the legislature would not take it up."), "legislature");
        assertEquals("that the legislature would not take it up", q.text());
        assertEquals("adding", q.cue());
    }

    @Test
    void aSecondVerbOfSayingAfterAConjunctionAndAnAdverbHasTheSentencesSubject() {
        Quotation q = containing(Extracted.from("Senator Ruth Kemp visited the plant and later said, “These jobs are"
                + " not going anywhere.”"), "jobs");
        assertEquals("These jobs are not going anywhere.", q.text());
        assertEquals("Ruth Kemp", q.speaker());
    }

    @Test
    void uponSayingSpeaksForTheSubjectAsAfterSayingDoes() {
        Quotation q = containing(Extracted.from("The comedian drew boos from the crowd upon saying that the primary"
                + " had been fair."), "primary");
        assertEquals("that the primary had been fair", q.text());
        assertEquals("saying", q.cue());
    }

    @Test
    void lowerCaseWordsDescribingTheSpeakerBeforeTheNameBelongToTheSpeaker() {
        Quotation q = containing(Extracted.from("Nobody expected the vote to be close. “The suburbs decided this race,”"
                + " veteran pollster Dana Miles wrote on Tuesday."), "suburbs");
        assertEquals("The suburbs decided this race,", q.text());
        assertEquals("Dana Miles", q.speaker());
    }

    @Test
    void aSubjectSetOffByDashesSpeaksAfterItsInsertion() {
        Quotation q = containing(Extracted.from("The county clerk -- who has run every election here since 1998 and"
                + " trained most of the poll workers -- said the count would be finished by Friday."), "count would");
        assertEquals("the count would be finished by Friday", q.text());
        assertEquals("The county clerk", q.speaker());
    }

    @Test
    void aLongAppositionBetweenTheSubjectAndItsCueStillLeavesTheSubjectSpeaking() {
        Quotation q = containing(Extracted.from("Marta Ruiz, whose first campaign for the state senate was paid for by"
                + " her neighbours because she had no money of her own after the flood of 2011, said she would run again."),
                "run again");
        assertEquals("she would run again", q.text());
        assertEquals("Marta Ruiz", q.speaker());
    }

    @Test
    void lowerCaseWordsBetweenTheCommaAndAClosingVerbOfSayingAreWhoSpoke() {
        List<Quotation> quotes = Extracted.from("The depot will close in the spring, people familiar with the plans said.\n\n"
                + "The audit found no missing funds, current and former board members said.\n\n"
                + "Ferry fares will rise next year, port workers and union officials told the Gazette.");
        Quotation depot = containing(quotes, "depot");
        assertEquals("The depot will close in the spring", depot.text());
        assertEquals("people familiar with the plans", depot.speaker());
        assertEquals("current and former board members", containing(quotes, "audit").speaker());
        assertEquals("port workers and union officials", containing(quotes, "Ferry fares").speaker());
    }

    @Test
    void aNamedSpeakerAfterTheCommaKeepsTheirName() {
        Quotation q = containing(Extracted.from("The depot will close in the spring, spokeswoman Lena Ortiz said."), "depot");
        assertEquals("Lena Ortiz", q.speaker());
    }

    @Test
    void theSubjectBeforeARelativeClauseRunningUpToTheVerbOfSayingSpeaks() {
        List<Quotation> quotes = Extracted.from("The county clerks whose offices were audited last year say the rules "
                + "are unclear.\n\nA neighbour who lives by the plant and who did not want to be named said the air "
                + "smells of sulfur at night.");
        Quotation clerks = containing(quotes, "rules");
        assertEquals("the rules are unclear", clerks.text());
        assertEquals("The county clerks", clerks.speaker());
        assertEquals("A neighbour", containing(quotes, "sulfur").speaker());
    }

    @Test
    void wordsOpeningWithADeterminerAfterAnInvertedVerbOfSayingAreWhoSpoke() {
        List<Quotation> quotes = Extracted.from("“The budget is a mess,” said a Liberal councillor who asked not to be "
                + "named.\n\n“We were never told,” said one of three drivers at the depot.\n\n"
                + "The depot will close, said a handful of Green members who oppose the plan.");
        assertEquals("a Liberal councillor", containing(quotes, "budget").speaker());
        assertEquals("one of three drivers at the depot", containing(quotes, "never told").speaker());
        Quotation depot = containing(quotes, "depot");
        assertEquals("The depot will close", depot.text());
        assertEquals("a handful of Green members", depot.speaker());
    }
}
