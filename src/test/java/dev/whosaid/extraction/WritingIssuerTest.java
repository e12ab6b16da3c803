package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A writing that says something speaks as the one the article names as its issuer ({@link Writings}). */
class WritingIssuerTest {

    private static final String JUDGE = "Judge Harold Baxter of the district court struck down the rule on Monday. ";
    private static final String OFFICE = "The Weather Prediction Office (WPO) tracked the storm overnight. The WPO "
            + "advisory indicated winds of 120 mph would reach the coast by Friday.";

    @Test
    void aStatementOwnedByATitledSurnameSpeaksAsThePersonAndKeepsItsMention() {
        String text = JUDGE + "\"The law does not allow it,\" reads Judge Baxter's statement.";
        Quotation q = containing(Extracted.from(text), "does not allow");
        assertEquals("Harold Baxter", q.speaker());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
        assertEquals(text.indexOf("Judge Baxter's statement"), q.speakerMention().start());
    }

    @Test
    void theJudgesStatementSpeaksAsTheJudgeNamedBefore() {
        Quotation q = containing(Extracted.from(JUDGE + "Part of the judge's statement says \"the agency "
                + "overstepped\"."), "overstepped");
        assertEquals("Harold Baxter", q.speaker());
    }

    @Test
    void anAcronymBeforeTheWritingSpeaksAsTheBodyItSpellsOut() {
        Quotation q = containing(Extracted.from(OFFICE), "120 mph");
        assertEquals("Weather Prediction Office", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void theBareWritingAfterAnOwnedOneSpeaksAsItsOwner() {
        Quotation q = containing(Extracted.from(OFFICE + " Ferries stayed in port. The advisory also said flooding "
                + "was likely in low-lying towns."), "flooding");
        assertEquals("Weather Prediction Office", q.speaker());
    }

    @Test
    void theBareWritingAfterOneIssuedInAnOpeningPhraseSpeaksAsThatPhrasesSubject() {
        Quotation q = containing(Extracted.from("In an advisory issued on Sunday, the Weather Prediction Office "
                + "upgraded the storm to a hurricane. Ferries stayed in port. The advisory said roads along the coast "
                + "would close."), "roads along");
        assertEquals("Weather Prediction Office", q.speaker());
    }

    @Test
    void theBareWritingAfterTwoOwnersStaysAsItIs() {
        Quotation q = containing(Extracted.from("The Harbour Trust criticised the plan. The Harbour Trust letter said "
                + "the fees were too high. The Fishermen's Union letter said the quay was unsafe. The letter said the "
                + "council had ignored them."), "ignored them");
        assertTrue(q.speaker().contains("letter"), q.speaker());
    }

    @Test
    void aPressReleaseSpeaksAsTheBodyNamedBeforeIt() {
        Quotation q = containing(Extracted.from("Quantum Wrestling announced its next show on Monday. A QWL press "
                + "release said the main event would feature two former champions."), "main event");
        assertEquals("QWL", q.speaker());
    }

    @Test
    void aPossessivePronounsStatementSpeaksAsThePersonNotAsTheirStatement() {
        Quotation q = containing(Extracted.from("Tom Baker, the harbour master, resigned on Friday. His statement said "
                + "he had been treated unfairly."), "treated unfairly");
        assertEquals("Tom Baker", q.speaker());
    }

    @Test
    void aWritingBySomeoneSpeaksAsThem() {
        Quotation q = containing(Extracted.from("The hospital was evacuated on Sunday, according to a tweet on Monday "
                + "by Mayor Janet Fields of Riverton."), "evacuated");
        assertEquals("Janet Fields", q.speaker());
    }

    @Test
    void aWritingFromABodyAndTheBareOneAfterItSpeakAsTheBody() {
        List<Quotation> quotes = Extracted.from("A report from the Coastal Safety Board found the ferry had been "
                + "overloaded. Three crew members were dismissed. The report said the crew had ignored warnings.");
        assertEquals("Coastal Safety Board", containing(quotes, "ignored warnings").speaker());
    }

    @Test
    void aMinistrysStatementSpeaksAsTheMinistryNamedBefore() {
        Quotation q = containing(Extracted.from("The Ministry of Fisheries issued new rules on Tuesday. The ministry's "
                + "statement said quotas would be cut by half."), "quotas");
        assertEquals("Ministry of Fisheries", q.speaker());
    }

    @Test
    void aWritingWithNoOneNamedStaysAsItIs() {
        List<Quotation> quotes = Extracted.from("A report said the river was polluted. The study found that fish "
                + "stocks had fallen.");
        assertTrue(containing(quotes, "polluted").speaker().contains("report"));
        assertTrue(containing(quotes, "fish").speaker().contains("study"));
    }

    @Test
    void aWritingOnAServiceIsNotTheServices() {
        Quotation q = containing(Extracted.from("The road was closed for hours. A Twitter post said the road was open "
                + "again by noon."), "open");
        assertTrue(q.speaker().contains("post"), q.speaker());
    }

    @Test
    void aPeoplesAdjectiveNamesNoIssuer() {
        Quotation q = containing(Extracted.from("Talks ended on Friday. The Turkish statement called for a safe zone "
                + "along the border."), "safe zone");
        assertTrue(q.speaker().contains("statement"), q.speaker());
    }

    @Test
    void theDirectorOfAStudyIsNoStudy() {
        Quotation q = containing(Extracted.from("Professor Ann Roe, Director of the National Salt Study, said iodine "
                + "levels were falling."), "iodine");
        assertTrue(!q.speaker().equals("National Salt"), q.speaker());
    }

    @Test
    void capitalUsAfterByIsTheCountryNotThePronoun() {
        Quotation q = containing(Extracted.from("The airline was sanctioned in March. \"It moves weapons for the army,\" "
                + "according to a tweet on Monday by US Secretary of State Ann Roe."), "moves weapons");
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void itsWritingInAnOpeningPhraseSpeaksAsTheSubjectAfterIt() {
        Quotation q = containing(Extracted.from("The season was halted on Wednesday. According to its press release, the "
                + "Northern Hockey League was \"pausing all games until further notice\"."), "pausing");
        assertEquals("Northern Hockey League", q.speaker());
    }

    @Test
    void anAcronymSpelledOutInBracketsAfterItSpeaksAsTheFullName() {
        Quotation q = containing(Extracted.from("Lee wrestled for QWL (Quantum Wrestling League) until 2019. \"He was a "
                + "fierce competitor,\" reads a QWL press release."), "fierce competitor");
        assertEquals("Quantum Wrestling League", q.speaker());
    }

    @Test
    void oneWritingOfManyIsNoIssuer() {
        Quotation q = containing(Extracted.from("Polls differ on the race. One poll found the senator ahead by six "
                + "points."), "ahead by six");
        assertTrue(q.speaker().contains("poll"), q.speaker());
    }

    @Test
    void aStatementPostedToSomeonesAccountSpeaksAsThemAndSoDoesItAfter() {
        List<Quotation> quotes = Extracted.from("The singer Ann Roe died on Friday. She died at home in the company of "
                + "her family, according to a statement posted to her official Twitter account. It also stated she had "
                + "been ill since 2019.");
        assertEquals("Ann Roe", containing(quotes, "died at home").speaker());
        assertEquals("Ann Roe", containing(quotes, "ill since").speaker());
    }

    @Test
    void aLongNameAfterAWritingIsReadToItsEnd() {
        Quotation q = containing(Extracted.from("According to a 2019 report from the National Coastal Ferry Safety "
                + "Board, the ferry had been overloaded twice before."), "overloaded");
        assertTrue(q.speaker().endsWith("National Coastal Ferry Safety Board"), q.speaker());
        assertTrue(q.text().startsWith("the ferry"), q.text());
    }

    @Test
    void theCourtsSummarySpeaksAsTheCourtNamedAsASubjectNotOneNamedInPassing() {
        Quotation q = containing(Extracted.from("On Monday, the Court of Appeal in Wessex struck down the ban. The only "
                + "court above it is the High Court of Albion. The court's summary said the ban had no basis in law."),
                "no basis");
        assertEquals("Court of Appeal", q.speaker());
    }

    @Test
    void aWritingWhoseMentionRunsOnToItsIssuerSpeaksForTheIssuer() {
        List<Quotation> quotes = Extracted.from("According to a report from ABC Australia, the stores ran out of paper. "
                + "According to a memo posted online by Senator Juan Dalmau, the courts should decide.");
        assertEquals("ABC Australia", containing(quotes, "ran out").speaker());
        assertEquals("Juan Dalmau", containing(quotes, "courts should").speaker());
    }
}
