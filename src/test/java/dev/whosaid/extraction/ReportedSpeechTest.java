package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportedSpeechTest {

    @Test
    void saidThatGivesTheThatClauseAsContentAsAnnotatorsMarkIt() {
        Quotation q = Extracted.from("Mary Jones said that the bridge would reopen in May.").getFirst();
        assertEquals(QuoteKind.INDIRECT, q.kind());
        assertEquals("that the bridge would reopen in May", q.text());
        assertEquals("Mary Jones", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void aRelativeClauseWithItsOwnCueEndsBeforeTheSentencesCue() {
        List<Quotation> quotes = Extracted.from(
                "Tom Baker, who said the project was vetted by his lawyers, said he was unaware of the loans.");
        assertEquals("the project was vetted by his lawyers", containing(quotes, "vetted").text());
        assertEquals("he was unaware of the loans", containing(quotes, "unaware").text());
    }

    @Test
    void accordingToAnUnnamedSourceStillAttributes() {
        Quotation q = Extracted.from("According to recent polls, the governor leads the race by six points.").getFirst();
        assertEquals("the governor leads the race by six points", q.text());
        assertEquals("recent polls", q.speaker());
    }

    @Test
    void aQuestionPutToSomeoneHasNoSpeaker() {
        List<Quotation> quotes = Extracted.from(
                "Asked during the debate why he trailed among young voters, the senator blamed the press.");
        Quotation q = containing(quotes, "trailed");
        assertEquals("why he trailed among young voters", q.text());
        assertEquals(null, q.speaker());
    }

    @Test
    void aQuestionPutToSomeoneMidSentenceHasNoSpeaker() {
        List<Quotation> quotes = Extracted.from(
                "The mayor only smiled when asked whether the bridge would reopen in May, and left the hall.");
        Quotation q = containing(quotes, "bridge");
        assertEquals("whether the bridge would reopen in May", q.text());
        assertEquals(null, q.speaker());
        assertEquals("asked", q.cue());
    }

    @Test
    void aQuotationInsideAQuestionGoesOnWithTheQuestion() {
        List<Quotation> quotes = Extracted.from(
                "The mayor only smiled when asked whether the council was “ready to rebuild the old bridge,” and left.");
        Quotation q = containing(quotes, "council");
        assertEquals("whether the council was “ready to rebuild the old bridge,", q.text());
        assertEquals(null, q.speaker());
    }

    @Test
    void aQuestionPutBySomeoneNamedAfterByIsTheAskers() {
        List<Quotation> quotes = Extracted.from("Governor Ann Tillman was asked by a local reporter whether the tunnel "
                + "would open on time. She said it would.");
        Quotation q = containing(quotes, "tunnel");
        assertEquals("whether the tunnel would open on time", q.text());
        assertEquals("a local reporter", q.speaker());
        assertEquals("Ann Tillman", containing(quotes, "it would").speaker());
    }

    @Test
    void aQuestionSomeoneWasAskedRunsToTheEndOfTheSentence() {
        Quotation q = containing(Extracted.from("In an interview, the actress was asked if she had ever been turned away."),
                "turned away");
        assertEquals("if she had ever been turned away", q.text());
        assertEquals(null, q.speaker());
    }

    @Test
    void thereOpeningAClauseIsContentNotAPlace() {
        Quotation q = Extracted.from("The mayor said there was no money left for the bridge.").getFirst();
        assertEquals("there was no money left for the bridge", q.text());
    }

    @Test
    void circumstancesRightAfterThatOpenTheContentNotTheReportersWords() {
        Quotation q = Extracted.from("The sheriff told the Gazette that on Monday after a long chase the suspect gave himself up.")
                .getFirst();
        assertEquals("that on Monday after a long chase the suspect gave himself up", q.text());
        assertEquals("The sheriff", q.speaker());
    }

    @Test
    void aParticipleWithItsOwnSubjectAfterWithReportsThatSubjectsWords() {
        Quotation q = containing(Extracted.from(
                "The search was halted on Tuesday, with Petrov describing the risk of another collapse as too high."),
                "risk");
        assertEquals("the risk of another collapse as too high", q.text());
        assertEquals("Petrov", q.speaker());
        assertEquals("describing", q.cue());
    }

    @Test
    void saidWithoutThatGivesTheClauseAfterTheCue() {
        Quotation q = Extracted.from("Mary Jones said the bridge would reopen in May.").getFirst();
        assertEquals("the bridge would reopen in May", q.text());
    }

    @Test
    void toldReportersSkipsTheListenersAndTheTime() {
        Quotation q = Extracted.from("Nauert on Saturday told reporters that Pompeo did not meet Kim during the visit.")
                .getFirst();
        assertEquals("that Pompeo did not meet Kim during the visit", q.text());
        assertEquals("Nauert", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void accordingToNamesTheSourceOfTheRestOfTheSentence() {
        Quotation q = Extracted.from("According to the State Department, the letter was delivered on time.").getFirst();
        assertEquals("the letter was delivered on time", q.text());
        assertEquals("State Department", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void anAttributionAtTheEndTakesTheSentenceBeforeIt() {
        Quotation q = Extracted.from("The talks will resume next month, Mary Jones said Saturday.").getFirst();
        assertEquals("The talks will resume next month", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void anInvertedAttributionAtTheEndTakesTheSentenceBeforeIt() {
        Quotation q = Extracted.from("The talks will resume next month, said Mary Jones.").getFirst();
        assertEquals("The talks will resume next month", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void addedNotedWarnedInsistedAndDeniedAreCues() {
        List<Quotation> quotes = Extracted.from("Ann Lee added that costs had risen. Ann Lee noted that prices fell. "
                + "Ann Lee warned that jobs would go. Ann Lee insisted that nothing changed. Ann Lee denied that she knew.");
        assertEquals(List.of("added", "noted", "warned", "insisted", "denied"), quotes.stream().map(Quotation::cue).toList());
    }

    @Test
    void reportedSpeechWithAPartialQuoteIsMixed() {
        Quotation q = Extracted.from("Mike Pompeo told reporters that progress was made \"on almost all of the central issues.\"")
                .getFirst();
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("that progress was made \"on almost all of the central issues.", q.text());
    }

    @Test
    void aPassiveCueMakesNoSpeakerOfItsSubject() {
        // the question put to him is annotated without a source, Pompeo said nothing
        List<Quotation> quotes = Extracted.from("Pompeo was asked about the CD earlier by a journalist.");
        assertEquals(List.of("asked"), quotes.stream().map(Quotation::cue).toList());
        assertNull(quotes.getFirst().speaker());
    }

    @Test
    void twoAttributionsInOneSentenceSplitItsContent() {
        List<Quotation> quotes = Extracted.from("While Mary Jones told reporters that progress was made, North Korea said "
                + "the attitude was regrettable.");
        assertEquals("that progress was made", containing(quotes, "progress").text());
        assertEquals("North Korea", containing(quotes, "attitude").speaker());
    }

    @Test
    void saidAfterAndSpeaksForTheSubjectOfTheSentence() {
        Quotation q = containing(Extracted.from("Ted Cruz thanked his voters and said he was standing on principle."),
                "standing");
        assertEquals("Ted Cruz", q.speaker());
        assertEquals("he was standing on principle", q.text());
    }

    @Test
    void aParticipleClauseAfterTheContentIsNotPartOfIt() {
        Quotation q = Extracted.from("Mary Jones said the plan was working, comparing it to the last one.").getFirst();
        assertEquals("the plan was working", q.text());
    }

    @Test
    void aColonEndingAParagraphIntroducesTheNextOne() {
        List<Quotation> quotes = Extracted.from("Rush Limbaugh added:\n\nThe deck is stacked against us all.");
        assertEquals("The deck is stacked against us all", quotes.getFirst().text());
        assertEquals("Rush Limbaugh", quotes.getFirst().speaker());
    }

    @Test
    void aProgressiveCueStillFindsItsSubject() {
        Quotation q = Extracted.from("The White House is saying that the revelations show the need for reform.").getFirst();
        assertEquals("White House", q.speaker());
        assertEquals("that the revelations show the need for reform", q.text());
    }

    @Test
    void aPromiseTakesItsInfinitiveAsContent() {
        Quotation q = Extracted.from("Donald Trump has vowed to bring back lost mining jobs.").getFirst();
        assertEquals("to bring back lost mining jobs", q.text());
        assertEquals("vowed", q.cue());
    }

    @Test
    void circumstancesAfterTheCueAreNoContent() {
        assertEquals(List.of(), Extracted.from("Barack Obama said after meeting with the Russian president."));
    }

    @Test
    void accordingToWithoutACommaStillTakesTheRestOfTheSentence() {
        Quotation q = Extracted.from("According to the Saudi Interior Ministry over 345 pilgrims have been killed.").getFirst();
        assertEquals("Saudi Interior Ministry", q.speaker());
        assertEquals("over 345 pilgrims have been killed", q.text());
    }

    @Test
    void aClauseBreakAfterAQuotedCommaEndsTheContent() {
        Quotation q = Extracted.from("PolitiFact said that Trump's claim was \"true,\" but the report could not say more.")
                .getFirst();
        assertEquals("that Trump's claim was \"true,", q.text());
    }

    @Test
    void aSentenceAfterAQuotedSentenceIsItsOwn() {
        List<Quotation> quotes = Extracted.from("Clinton says Trump's \"meltdown is unhinged.\" She says he is unfit to serve.");
        assertEquals(2, quotes.size());
        assertEquals("he is unfit to serve", quotes.get(1).text());
    }

    // ---- cues beyond say and tell, judged by the learned cue model

    @Test
    void calledForTakesWhatWasAskedForAsContent() {
        Quotation q = Extracted.from("Senator Jane Whitfield called for a federal ban on assault weapons.").getFirst();
        assertEquals("a federal ban on assault weapons", q.text());
        assertEquals("Jane Whitfield", q.speaker());
        assertEquals("called for", q.cue());
    }

    @Test
    void calledOnTakesWhomItCallsOnAndTheInfinitiveAsContent() {
        Quotation q = Extracted.from("Senator Jane Whitfield called on the administration to block the merger.").getFirst();
        assertEquals("the administration to block the merger", q.text());
        assertEquals("Jane Whitfield", q.speaker());
    }

    @Test
    void aVerbOfIntentionBeforeAnInfinitiveGivesTheInfinitiveAsContent() {
        // "aims" is no lexicon cue and was not in the list of infinitive cues: an open candidate before "to"
        Quotation q = Extracted.from("Senator Jane Whitfield aims to repeal the health law.").getFirst();
        assertEquals("to repeal the health law", q.text());
        assertEquals("Jane Whitfield", q.speaker());
    }

    @Test
    void aSecondVerbAfterAndTakesItsInfinitiveAsContent() {
        Quotation q = Extracted.from("Senator Jane Whitfield visited Ohio and vowed to reduce the cost of insurance.").getFirst();
        assertEquals("to reduce the cost of insurance", q.text());
        assertEquals("Jane Whitfield", q.speaker());
    }

    @Test
    void urgesTakesWhomItUrgesAndTheInfinitiveAsContent() {
        Quotation q = Extracted.from("Senator Jane Whitfield urges supporters to monitor polling places.").getFirst();
        assertEquals("supporters to monitor polling places", q.text());
        assertEquals("Jane Whitfield", q.speaker());
    }

    @Test
    void aVerbOfMotionBeforeToAndAPlaceIsNoCue() {
        assertEquals(List.of(), Extracted.from("Senator Jane Whitfield returned to the capital on Monday."));
    }

    @Test
    void calledOnADayIsNoCall() {
        assertEquals(List.of(), Extracted.from("Senator Jane Whitfield called on Tuesday and left a message."));
    }

    @Test
    void aBeliefWithThatGivesTheClauseAsContent() {
        Quotation q = Extracted.from("Mary Jones believes that the bridge will reopen in May.").getFirst();
        assertEquals("that the bridge will reopen in May", q.text()); // PolNeAR starts content at "that"
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aVerbSeldomSeenAsACueStillIntroducesAThatClause() {
        // "concedes" is no lexicon cue: the open candidate is judged by its form-free features
        Quotation q = Extracted.from("Mary Jones concedes that the bridge will not reopen in May.").getFirst();
        assertEquals("that the bridge will not reopen in May", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aStatementOpeningTheSentenceIsCircumstanceNotContent() {
        Quotation q = Extracted.from("In a statement, the ministry said the talks had failed.").getFirst();
        assertEquals("the talks had failed", q.text());
        assertEquals("ministry", q.speaker());
    }

    @Test
    void accordingToAPersonAfterTheContentAttributesTheClauseBefore() {
        Quotation q = Extracted.from("The bridge will reopen in May, according to Mary Jones.").getFirst();
        assertEquals("The bridge will reopen in May", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aNounAfterAPrepositionInsideAWhoClauseLendsNoSubjectToTheWordAfterIt() {
        List<Quotation> quotes = Extracted.from("Instead, Roe spent the day with his rival, Tom Baker, a former banker who "
                + "had often teased him about his work habits.");
        assertTrue(quotes.stream().noneMatch(q -> "habits".equals(q.cue())), quotes.toString());
    }

    @Test
    void aVerbAfterAWhoClauseStillSpeaksForItsSubject() {
        Quotation q = Extracted.from("Voters who care about the economy believe that the mayor has failed them.").getFirst();
        assertEquals("that the mayor has failed them", q.text());
        assertEquals("believe", q.cue());
    }

    @Test
    void aConjunctionBeforeAccordingToIsNoContentTheClauseAfterTheSourceIs() {
        Quotation q = Extracted.from("But according to two city engineers, the tunnel will not open before winter.")
                .getFirst();
        assertEquals("the tunnel will not open before winter", q.text());
        assertEquals("according to", q.cue());
    }

    @Test
    void aColonBeforeAccordingToOpensItsClause() {
        Quotation q = Extracted.from("The mayor has a problem: According to recent polls, most voters want a new council.")
                .getFirst();
        assertEquals("most voters want a new council", q.text());
        assertEquals("recent polls", q.speaker());
    }

    @Test
    void aCapitalisedCueSpeaksInATitleCaseHeadline() {
        Quotation q = Extracted.from("Former Clinton Pollster Says Clinton Is In Trouble In California Primaries.\n\n"
                + "The pollster spoke on Sunday.").getFirst();
        assertEquals("Clinton Is In Trouble In California Primaries", q.text());
        assertEquals("Says", q.cue());
    }

    @Test
    void aCapitalisedCueOutsideAHeadlineIsNoCue() {
        assertEquals(List.of(), Extracted.from("The game Simon Says was popular with the children at the fair."));
    }

    @Test
    void aHeadlineLabelGivesTheRestOfTheHeadlineToItsSpeaker() {
        Quotation q = Extracted.from("Bernie Sanders: Clinton Email Story Has Moved On.\n\nThe senator spoke on Sunday.")
                .getFirst();
        assertEquals("Clinton Email Story Has Moved On", q.text());
        assertEquals("Bernie Sanders", q.speaker());
    }

    @Test
    void aKickerBeforeAColonIsNoSpeaker() {
        List<Quotation> quotes = Extracted.from("Breaking: Senate Passes The Budget Bill After A Long Night.\n\n"
                + "The vote came at dawn.");
        assertEquals(List.of(), quotes);
    }

    @Test
    void aSongTitleIsNoQuotationEvenAfterACue() {
        List<Quotation> quotes = Extracted.from("The campaign played \"Born in the U.S.A.\" as Mary Jones walked on stage.");
        assertEquals(List.of(), quotes);
    }

    // ---- any verb right after its subject, judged by the learned cue model

    @Test
    void aVerbAfterItsSubjectAndAuxiliariesReportsItsObject() {
        Quotation q = Extracted.from("The governor is once again questioning the integrity of the state's voting machines.")
                .getFirst();
        assertEquals("the integrity of the state's voting machines", q.text());
        assertEquals("The governor", q.speaker());
        assertEquals("questioning", q.cue());
        assertEquals(QuoteKind.INDIRECT, q.kind());
    }

    @Test
    void aPerfectProgressiveVerbReportsItsObject() {
        // the candidate the rule makes; whether it is kept is the learned model's call (p 0.37 before, 0.29 after
        // the retraining of session 9: a borderline case)
        Quotation q = Extracted.candidates("The senator has been investigating the sale of the port to a foreign firm.")
                .getFirst();
        assertEquals("the sale of the port to a foreign firm", q.text());
        assertEquals("investigating", q.cue());
    }

    @Test
    void supportForSomeoneIsAnAttribution() {
        Quotation q = Extracted.from("Governor Ruth Alvarez backed the proposal to widen the highway.").getFirst();
        assertEquals("the proposal to widen the highway", q.text());
        assertEquals("Ruth Alvarez", q.speaker());
    }

    @Test
    void aParticleAfterTheVerbBelongsToTheCue() {
        Quotation q = Extracted.from("Senator Ellison railed against the new trade deal with Mexico.").getFirst();
        assertEquals("railed against", q.cue());
        assertEquals("the new trade deal with Mexico", q.text());
        assertEquals("Ellison", q.speaker());
    }

    @Test
    void aDeedIsNoAttribution() {
        assertEquals(List.of(), Extracted.from("The senator drove to the airport and boarded a plane to Denver."));
    }

    @Test
    void aPluralNounAfterANameHeadsTheSubjectAndIsNoCue() {
        List<Quotation> quotes = Extracted.from("Clinton aides expected a close race in Ohio.");
        assertTrue(quotes.stream().noneMatch(q -> "aides".equals(q.cue())), quotes::toString);
    }

    @Test
    void aQuestionAboutSomeonesViewReportsNoBelief() {
        assertEquals(List.of(), Extracted.from("What do you think of the new stadium?"));
    }

    @Test
    void aListenerAfterToIsNoContent() {
        assertEquals(List.of(), Extracted.from("The reporter spoke to Philipp Hagemeister."));
    }

    @Test
    void contentSplitByItsAttributionGoesOnWithTheReasonAfterIt() {
        Quotation q = Extracted.from("The bridge will stay shut until May, Mary Jones said on Friday, because the repairs "
                + "have run over budget.").getFirst();
        assertEquals("Mary Jones", q.speaker());
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("The bridge will stay shut until May because the repairs have run over budget", q.text());
    }

    @Test
    void contentSplitByItsAttributionStopsBeforeACircumstanceAfterIt() {
        Quotation q = Extracted.from("The bridge will stay shut until May, Mary Jones said on Friday, while the crowd "
                + "booed.").getFirst();
        assertEquals(1, q.spans().size(), q::toString);
    }

    @Test
    void thisOpeningAClauseAfterTheCueIsContentNotATimeOfSaying() {
        Quotation q = containing(Extracted.from("Mayor Ann Roe said this was the last chance to save the pier."),
                "last chance");
        assertEquals("this was the last chance to save the pier", q.text());
        assertTrue(Extracted.from("Mayor Ann Roe said this week.").isEmpty());
    }

    @Test
    void aSecondActAfterAndTakesAClauseOpeningWithThereOrCircumstancesAfterThat() {
        assertEquals("there was no attempt to hide the payments", containing(Extracted.from("Tom Hale called the fees "
                + "lawful, and said there was no attempt to hide the payments."), "no attempt").text());
        Quotation q = containing(Extracted.from("Ann Roe thought for a moment and said that in the current climate the "
                + "pier would not survive."), "would not survive");
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void accordingToALongSourceOrInParenthesesStillAttributes() {
        Quotation q = containing(Extracted.from("According to early results of exit polls conducted by Harbour Research for "
                + "the Daily Courier and local radio stations, voters are more likely to trust the mayor."), "trust the mayor");
        assertTrue(q.speaker().startsWith("early results of exit polls"), q.speaker());
        Quotation p = containing(Extracted.from("Skaters are fined often. (According to the Harbour Police Department, it "
                + "keeps no count of the fines.)"), "keeps no count");
        assertEquals("Harbour Police Department", p.speaker());
    }

    @Test
    void anExistentialThereWithAnAdverbOpensTheContent() {
        Quotation q = Extracted.from("Tom Greenberg said there certainly was more room for the mayor to win.").getFirst();
        assertEquals("there certainly was more room for the mayor to win", q.text());
    }

    @Test
    void aThatInsideAClauseOpeningAfterTheCueBelongsToThatClause() {
        List<Quotation> quotes = Extracted.from("A reporter asked if the new plan meant that taxes would rise.");
        assertEquals("if the new plan meant that taxes would rise", containing(quotes, "taxes").text());
    }

    @Test
    void aDescriptionOfTheSourceAfterAccordingToIsItsRoleAndNoPartOfTheContent() {
        Quotation opening = Extracted.from("According to John Smith, a spokesman for the firm, the plant will close in May.")
                .getFirst();
        assertEquals("John Smith", opening.speaker());
        assertEquals("spokesman for the firm", opening.role());
        assertEquals("the plant will close in May", opening.text());
        Quotation closing = Extracted.from("The plant will close in May, according to Mark Bryant, the founder of the "
                + "union.").getFirst();
        assertEquals("founder of the union", closing.role());
        assertEquals("The plant will close in May", closing.text());
    }

    @Test
    void aClauseAfterAccordingToAndItsSourceIsTheContentNotTheSourcesRole() {
        Quotation q = Extracted.from("According to Secretary of State Mike Pompeo, the talks made progress on almost all "
                + "of the central issues.").getFirst();
        assertEquals("Mike Pompeo", q.speaker());
        assertEquals("Secretary of State", q.role());
        assertEquals("the talks made progress on almost all of the central issues", q.text());
        Quotation body = Extracted.from("According to the Gun Violence Archive, the shooting followed four deadly mass "
                + "shootings that week, including one in California.").getFirst();
        assertNull(body.role());
    }

    @Test
    void aParticipleAfterOfBeforeItsNounIsNoCue() {
        List<Quotation> quotes = Extracted.from("The milestone came a month after the total number of confirmed infections "
                + "in the country surpassed one million on April 28.");
        assertTrue(quotes.isEmpty(), quotes::toString);
    }

    @Test
    void atLeastAfterSaidCountsInTheContentItTellsNoPlace() {
        Quotation q = Extracted.from("Police director Vladimir Rebic said at least 71 people were arrested Friday night.")
                .getFirst();
        assertEquals("Vladimir Rebic", q.speaker());
        assertEquals("at least 71 people were arrested Friday night", q.text());
        assertEquals("at least 71 people were arrested", Extracted.from("The city said on Monday at least 71 people were "
                + "arrested.").getFirst().text());
    }
}
