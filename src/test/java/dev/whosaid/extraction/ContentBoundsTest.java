package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aDespiteClauseAfterACommaStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said that she would stay in the race, despite trailing in "
                + "every poll since March.");
        assertEquals("that she would stay in the race, despite trailing in every poll since March",
                containing(quotes, "stay in the race").text());
    }

    @Test
    void aParticipleAfterAQuotationAndItsAttributionIsTheReportersNotTheQuote() {
        List<Quotation> quotes = Extracted.from("\"We are going to take a much more active role,\" Mary Jones said, "
                + "adding that the board would meet again next week.");
        assertEquals("We are going to take a much more active role,", containing(quotes, "active role").text());
        assertEquals("Mary Jones", containing(quotes, "board would meet").speaker());
    }

    @Test
    void circumstancesAfterAnInsertedAttributionAreNoContent() {
        List<Quotation> quotes = Extracted.from("He was unable to find a single taker, the delegate said, "
                + "on condition of anonymity.");
        assertEquals("He was unable to find a single taker", containing(quotes, "taker").text());
    }

    @Test
    void circumstancesBeforeTheSpeakerOfAQuotationAreNoContent() {
        Quotation q = Extracted.from("Quite suddenly, after the divorce, Susan Crawford said, "
                + "\"Marla called and said she could not do it.\"").getFirst();
        assertEquals("Marla called and said she could not do it.", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Susan Crawford", q.speaker());
    }

    @Test
    void aQuotationIntroducedByAColonStartsAfterIt() {
        Quotation q = Extracted.from("Rahm Emanuel was cautious. His final assessment: \"It is not quite optimistic,\" "
                + "he said.").getFirst();
        assertEquals("It is not quite optimistic,", q.text());
    }

    @Test
    void anIncludingPhraseStaysInTheContent() {
        Quotation q = Extracted.from("Mary Jones said the emails covered many topics, including speeches and meetings.")
                .getFirst();
        assertEquals("the emails covered many topics, including speeches and meetings", q.text());
    }

    @Test
    void aDescriptionOfTheListenerBeforeThatIsNoContent() {
        Quotation q = Extracted.from("A clinic worker told Valley Radio, a local station, that two patients had left.").getFirst();
        assertEquals("that two patients had left", q.text());
    }

    @Test
    void theListenerAfterAQuotationAndTheCueToldIsNoContent() {
        List<Quotation> quotes = Extracted.from("\"We are shocked, Ahmed was a friend to us,\" one employee told French "
                + "television station BFMTV.");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("We are shocked, Ahmed was a friend to us,", quotes.getFirst().text());
    }

    @Test
    void aSceneSettingPhraseBeforeTheSpeakerIsNoContent() {
        assertEquals(List.of(), Extracted.from("As the president spoke, Mary Jones said nothing."));
    }

    @Test
    void anOpeningAdverbialBeforeAnInsertedAttributionStaysContent() {
        Quotation q = Extracted.from("In the long run, Mary Jones said, this effect could ripple through the system.")
                .getFirst();
        assertEquals(2, q.spans().size());
        assertEquals("In the long run this effect could ripple through the system", q.text());
    }

    @Test
    void contentSplitByItsAttributionStartsAfterTheReportersDash() {
        // The council's vote may be a (paraphrase) candidate of its own: the test is about Mary Jones's words.
        Quotation q = containing(Extracted.from("The council voted to sell the old harbor depot - a move, Mary Jones said, that "
                + "will cost the city its last ferry."), "ferry");
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("a move that will cost the city its last ferry", q.text());
    }

    @Test
    void aQuotationSplitByItsAttributionStartsAfterTheReportersDash() {
        Quotation q = containing(Extracted.from("The town ran the old ferry for forty years - \"It was a mistake,\" "
                + "Mary Jones said, \"and we all knew it.\""), "mistake");
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("It was a mistake, and we all knew it.", q.text());
    }

    @Test
    void aReasonAfterAnObjectContentStaysInIt() {
        List<Quotation> quotes = Extracted.from("Mary Jones criticized the new parking rules because they hurt the "
                + "small shops on Main Street.");
        assertEquals("the new parking rules because they hurt the small shops on Main Street",
                containing(quotes, "parking rules").text());
    }

    @Test
    void aTimePhraseOpeningWithDuringStaysInAnObjectContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones praised the volunteers who worked during the long winter "
                + "of the flood.");
        assertEquals("the volunteers who worked during the long winter of the flood",
                containing(quotes, "volunteers").text());
    }

    @Test
    void aTitleNamedBeforeItIsNoStatement() {
        assertEquals(List.of(), Extracted.from("Carly Fiorina wrote in her memoir, \"Tough Choices.\""));
    }

    @Test
    void aQuotationBeforeTheSpeakerWinsOverATitleQuotedAmongTheCircumstances() {
        Quotation q = Extracted.from("\"Being a dad, that is my job,\" Anthony Weiner said in May on the podcast "
                + "\"Here's the Thing.\"").getFirst();
        assertEquals("Being a dad, that is my job,", q.text());
        assertEquals("Anthony Weiner", q.speaker());
    }

    @Test
    void aThatAfterTheReportersParticipleClauseIsNoContentStart() {
        List<Quotation> quotes = Extracted.from("\"Just to be clear, I never said no,\" Eric Trump wrote in an email on "
                + "Monday, meaning he had not refused the request that came from the charity.");
        assertEquals("Just to be clear, I never said no,", containing(quotes, "never said no").text());
    }

    @Test
    void aQuotationEndingInACommaGoesOnPastTheCircumstancesOfItsAttribution() {
        Quotation q = Extracted.from("\"I have no idea how these men and women voted,\" Ed Rendell said of people whose "
                + "rights were restored, \"but I do know that they took a step.\"").getFirst();
        assertEquals(2, q.spans().size());
        assertEquals("I have no idea how these men and women voted, but I do know that they took a step.", q.text());
    }

    @Test
    void circumstancesAfterAQuotationAndItsSpeakerAreNoContent() {
        List<Quotation> quotes = Extracted.from("\"We think the government is in an overreach position,\" Mat dos Santos, "
                + "legal director of the ACLU, said over the phone.");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("We think the government is in an overreach position,", quotes.getFirst().text());
    }

    @Test
    void aQuotedTitleBeforeTheSpeakerLeavesTheContentAfterTheCue() {
        Quotation q = Extracted.from("Sunday on Fox News Channel's \"Sunday Morning Futures,\" Rep. Darrell Issa said "
                + "the judgment of the candidate is in question.").getFirst();
        assertEquals("the judgment of the candidate is in question", q.text());
    }

    @Test
    void aStatementSayingGivesTheStatementsContentAndItsAuthor() {
        Quotation q = Extracted.from("On Monday, Mayor Jane Roe issued a statement saying the bridge would reopen in May.")
                .getFirst();
        assertEquals("the bridge would reopen in May", q.text());
        assertEquals("Jane Roe", q.speaker());
    }

    @Test
    void anObjectContentEndsWhereAClauseWithItsOwnSubjectFollowsAComma() {
        assertEquals("the new budget plan", Extracted.from("Mary Jones criticized the new budget plan, and she walked "
                + "out of the hall.").getFirst().text());
        assertEquals("the new stadium deal", Extracted.from("The mayor praised the new stadium deal, the council was "
                + "less sure.").getFirst().text());
    }

    @Test
    void aListAfterAnObjectContentStaysInIt() {
        assertEquals("problems in the schools, the parks and elsewhere that the council ignored", Extracted.from(
                "Mary Jones cited problems in the schools, the parks and elsewhere that the council ignored.")
                .getFirst().text());
        assertEquals("the new stadium deal, the council's own plan and the parks", Extracted.from("The mayor praised "
                + "the new stadium deal, the council's own plan and the parks.").getFirst().text());
    }

    @Test
    void whereAndWhenAnObjectContentWasGivenAreNoContent() {
        assertEquals("the mayor", Extracted.from("Mary Jones attacked the mayor in early-morning tweets on Friday.")
                .getFirst().text());
        assertEquals("the governor", Extracted.from("Mary Jones endorsed the governor Wednesday.").getFirst().text());
        assertEquals("the plan", Extracted.from("Mary Jones praised the plan in a statement.").getFirst().text());
    }

    @Test
    void aDayInANameAndPlacesInTheObjectStayInTheContent() {
        assertEquals("the plan on Super Tuesday", Extracted.from("Mary Jones backed the plan on Super Tuesday.")
                .getFirst().text());
        assertEquals("the night shift in the hospital", Extracted.from("Mary Jones praised the night shift in the "
                + "hospital.").getFirst().text());
    }

    @Test
    void anObjectContentEndsBeforeASecondActOfTheSpeaker() {
        assertEquals("the new budget plan", Extracted.from("Mary Jones criticized the new budget plan and was booed by "
                + "the crowd.").getFirst().text());
    }

    @Test
    void aReportedClauseGoesOnAcrossASecondVerbOfItsOwnSubject() {
        assertEquals("the plan works and has saved money", Extracted.from("Mary Jones said the plan works and has saved "
                + "money.").getFirst().text());
    }

    @Test
    void reportedContentEndsAtAStopBeforeTheReportersAside() {
        assertEquals("the bill would pass the House", Extracted.from("Mary Jones said the bill would pass the House. "
                + "(It did not, as the vote showed.)").getFirst().text());
    }

    @Test
    void theParticlesThatFinishACueAreNoContent() {
        assertEquals("the noise from the new airport", Extracted.from("Mary Jones complained about the noise from the "
                + "new airport.").getFirst().text());
        assertEquals("the tax increase", Extracted.from("Mary Jones spoke out against the tax increase.").getFirst().text());
        assertEquals("that the bridge was unsafe", Extracted.from("Mary Jones pointed out that the bridge was unsafe.")
                .getFirst().text());
    }

    @Test
    void downAndBackWithTheirPrepositionFinishAPhrasalCue() {
        assertEquals("the claim that the bridge was unsafe", Extracted.from("Mary Jones pushed back against the claim "
                + "that the bridge was unsafe.").getFirst().text());
        assertEquals("that the mayor had never read the report", Extracted.from("Mary Jones shot back that the mayor "
                + "had never read the report.").getFirst().text());
        assertEquals("the mayor over the cuts to the library budget", Extracted.from("Mary Jones fired back at the mayor "
                + "over the cuts to the library budget.").getFirst().text());
        assertEquals("his remarks about the new stadium", Extracted.from("John Smith doubled down on his remarks "
                + "about the new stadium.").getFirst().text());
    }

    @Test
    void aShareComparedWithThanSpeaksForItselfAndEndsTheContentBeforeIt() {
        List<Quotation> quotes = Extracted.from("Residents said the water tasted odd, and more than half said the "
                + "council had ignored their complaints.");
        assertEquals("the water tasted odd", containing(quotes, "water").text());
        Quotation share = containing(quotes, "ignored");
        assertEquals("the council had ignored their complaints", share.text());
        assertEquals("more than half", share.speaker());
    }

    @Test
    void thenAfterACommaJoinsASecondActOfTheSameSpeaker() {
        List<Quotation> quotes = Extracted.from("Mary Jones praised the new school, then said the budget for the "
                + "library was too small.");
        assertEquals("the new school", containing(quotes, "school").text());
        Quotation second = containing(quotes, "library");
        assertEquals("the budget for the library was too small", second.text());
        assertEquals("Mary Jones", second.speaker());
    }

    @Test
    void initialsBeforeAPronounOrAnArticleEndTheSentence() {
        Document doc = new Document("The mayor wants more trains in the U.S. He says the U.S. Senate will agree.");
        assertEquals(2, doc.sentenceCount());
        List<Quotation> quotes = Extracted.from("Mary Jones says the mayor wants more trains in the U.S. She says the "
                + "council will pay for them.");
        assertEquals("the mayor wants more trains in the U.S.", containing(quotes, "trains").text());
        assertEquals("the council will pay for them", containing(quotes, "council").text());
    }

    @Test
    void aTimePhraseBetweenTheCueAndThatIsNoContent() {
        Quotation q = Extracted.from("Mary Jones announced late on Tuesday night that the bridge would reopen in May.")
                .getFirst();
        assertEquals("that the bridge would reopen in May", q.text());
    }

    @Test
    void aTimePhraseClosingAnObjectContentIsNoContent() {
        Quotation q = Extracted.from("Mary Jones criticized the budget earlier this month.").getFirst();
        assertEquals("the budget", q.text());
    }

    @Test
    void aTimePhraseBetweenTheSpeakerAndTheCueLeavesTheSpeaker() {
        Quotation q = Extracted.from("Mary Jones last week said the bridge would reopen in May.").getFirst();
        assertEquals("Mary Jones", q.speaker());
        assertEquals("the bridge would reopen in May", q.text());
    }

    @Test
    void reportedContentEndsWhereTheSentenceAttributesAgainAfterAComma() {
        List<Quotation> quotes = Extracted.from("Mary Jones announced her candidacy last year, she’s said the same "
                + "thing at every stop since.");
        assertEquals("her candidacy last year", containing(quotes, "candidacy").text());
    }

    @Test
    void aListAfterACommaIsNoNewAttribution() {
        Quotation q = Extracted.from("Mary Jones said the bridge, the tunnel and the road would reopen in May.").getFirst();
        assertEquals("the bridge, the tunnel and the road would reopen in May", q.text());
    }

    @Test
    void aRelativeClauseClosingTheSentenceIsTheReportersNoteOnTheName() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the council had hired Tom Baker, who ran the parks "
                + "department for ten years.");
        assertEquals("the council had hired Tom Baker", containing(quotes, "Tom Baker").text());
    }

    @Test
    void aRelativeClauseInsertedBeforeTheVerbStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the new director, who started in May, had drawn "
                + "more visitors than expected.");
        assertEquals("the new director, who started in May, had drawn more visitors than expected",
                containing(quotes, "director").text());
    }

    @Test
    void aClauseGoesOnAfterAnInsertedAccordingToAsASecondPiece() {
        Quotation q = Extracted.from("Over the past year, according to the city budget office, the cost of the "
                + "program has doubled.").getFirst();
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("Over the past year the cost of the program has doubled", q.text());
    }

    @Test
    void theListenerOfAParticipleOfTellingIsNoContent() {
        List<Quotation> quotes = Extracted.from("The mayor backed the plan, telling reporters that the bridge would open "
                + "in May. The governor agreed, telling the Harbour Gazette: \"We will pay for it.\"");
        assertEquals("that the bridge would open in May", containing(quotes, "bridge").text());
        assertEquals("We will pay for it.", containing(quotes, "pay").text());
    }

    @Test
    void anAcronymInParenthesesAfterTheSourceIsNoContent() {
        Quotation q = Extracted.from("According to the Harbour Safety Board (HSB), the pier was built in 1950.").getFirst();
        assertEquals("the pier was built in 1950", q.text());
        assertEquals("Harbour Safety Board", q.speaker());
    }

    @Test
    void anAppositionToTheSourceAfterAccordingToIsNoContent() {
        Quotation q = Extracted.from("The cost of the program has doubled since the spring, according to Mary Jones, "
                + "a budget analyst at the city.").getFirst();
        assertEquals("The cost of the program has doubled since the spring", q.text());
    }

    @Test
    void aWhichClauseInsertedBeforeTheVerbStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the new library, which opened in May, had drawn "
                + "more visitors than expected.");
        assertEquals("the new library, which opened in May, had drawn more visitors than expected",
                containing(quotes, "library").text());
    }

    @Test
    void aWhichClauseClosingTheSentenceIsTheReporters() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the council would vote on the budget, which has "
                + "grown every year, in June.");
        assertEquals("the council would vote on the budget", containing(quotes, "budget").text());
    }

    @Test
    void aClauseWithItsOwnSubjectAfterAQuotationEndingInACommaIsNoContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the budget was “a gift to developers,” the council "
                + "was less sure about it.");
        assertEquals("the budget was “a gift to developers,", containing(quotes, "budget").text());
    }

    @Test
    void aSecondThatClauseAfterAQuotationEndingInACommaStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said that the budget was “a gift to developers,” and that "
                + "the council had ignored the schools.");
        assertEquals("that the budget was “a gift to developers,” and that the council had ignored the schools",
                containing(quotes, "budget").text());
    }

    @Test
    void contentInAnOpeningSubordinateClauseEndsWhereTheMainClauseStarts() {
        List<Quotation> quotes = Extracted.from("Although the mayor said the new bridge would open in spring, "
                + "the council has already delayed it twice.");
        assertEquals("the new bridge would open in spring", containing(quotes, "bridge").text());
    }

    @Test
    void contentInAMainClauseAfterAnOpeningSubordinateClauseRunsOnAcrossAComma() {
        List<Quotation> quotes = Extracted.from("When the hearing closed, the mayor said the bridge was safe, "
                + "the inspectors had checked every cable.");
        assertEquals("the bridge was safe, the inspectors had checked every cable", containing(quotes, "bridge").text());
    }

    @Test
    void reportedContentEndsBeforeACommaAndAClauseWithItsOwnSubject() {
        List<Quotation> quotes = Extracted.from("The mayor said the bridge would open in May, and the council has "
                + "already approved the budget for the tunnel.");
        assertEquals("the bridge would open in May", containing(quotes, "bridge").text());
    }

    @Test
    void aSecondThatClauseAfterACommaAndStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("The mayor said that the bridge would open in May, and that the tunnel "
                + "would follow a year later.");
        assertEquals("that the bridge would open in May, and that the tunnel would follow a year later",
                containing(quotes, "bridge").text());
    }

    @Test
    void reportedContentEndsAtADashBeforeTheReportersObjection() {
        List<Quotation> quotes = Extracted.from("The minister said the economy was growing again — though most "
                + "economists have disputed that view.");
        assertEquals("the economy was growing again", containing(quotes, "economy").text());
    }

    @Test
    void anObjectionBetweenTwoDashesStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("The minister said the economy was growing — although slowly — "
                + "faster than its neighbours.");
        assertEquals("the economy was growing — although slowly — faster than its neighbours",
                containing(quotes, "economy").text());
    }

    @Test
    void contentInAnOpeningSubordinateClauseEndsBeforeAPhraseOpeningTheMainClause() {
        List<Quotation> quotes = Extracted.from("Although in May the mayor said the bridge was safe, at the hearing "
                + "this week the engineers disagreed.");
        assertEquals("the bridge was safe", containing(quotes, "bridge").text());
    }

    @Test
    void contentInASubordinateClauseAfterAFewOpeningWordsEndsWhereTheMainClauseStarts() {
        List<Quotation> quotes = Extracted.from("A few days after the mayor announced that the bridge would reopen, "
                + "the inspectors closed it again.");
        assertEquals("that the bridge would reopen", containing(quotes, "bridge").text());
    }

    @Test
    void contentInASubordinateClauseAfterACommaAndAConjunctionEndsWhereTheMainClauseStarts() {
        List<Quotation> quotes = Extracted.from("The council has the last word, and though the mayor has said she will "
                + "sign the budget, the unions are still protesting.");
        assertEquals("she will sign the budget", containing(quotes, "sign the budget").text());
    }

    @Test
    void contentOfAParticipleOpeningItsSentenceEndsWhereTheMainClauseStarts() {
        List<Quotation> quotes = Extracted.from("But by criticizing Mary Jones on the budget, John Smith lost the vote.");
        assertEquals("Mary Jones on the budget", containing(quotes, "Mary Jones").text());
    }

    @Test
    void aListOfNamesAfterALaterSubordinateClauseStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Even as the mayor criticized Anna Berg, Tom Lind and Eva Holm for "
                + "skipping the vote, the council moved on.");
        assertTrue(containing(quotes, "Anna Berg").text().contains("Tom Lind"));
    }

    @Test
    void aShortInsertionOpeningWithAClauseBreakStaysInTheContentWhereTheClauseGoesOnAfterIt() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the ferry, though often late, remains the quickest "
                + "way to the island.");
        assertEquals("the ferry, though often late, remains the quickest way to the island",
                containing(quotes, "ferry").text());
    }

    @Test
    void aClauseBreakOpeningAClauseWithItsOwnSubjectStillEndsTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the ferry was late again, but if it sails tonight, "
                + "she will take it.");
        assertEquals("the ferry was late again", containing(quotes, "ferry").text());
    }

    @Test
    void theMediumAndItsPlaceAfterAnObjectContentAreNotContent() {
        List<Quotation> quotes = Extracted.from("The senator criticized the budget in an op-ed in Ohio’s Springfield "
                + "Gazette.");
        assertEquals("the budget", containing(quotes, "budget").text());
    }

    @Test
    void theMediumAfterTheObjectOfAParticipleIsNotContent() {
        List<Quotation> quotes = Extracted.from("The mayor spoke for an hour, praising the volunteers in a speech on "
                + "Friday.");
        assertEquals("the volunteers", containing(quotes, "volunteers").text());
    }

    @Test
    void theConditionOnWhichASourceSpokeIsNotContent() {
        List<Quotation> quotes = Extracted.from("An aide to the mayor confirmed the closure of the bridge on the "
                + "condition of anonymity because the plan was not yet public.");
        assertEquals("the closure of the bridge", containing(quotes, "bridge").text());
    }

    @Test
    void aStateAfterAPlaceStaysInTheContentOfAnOpeningSubordinateClause() {
        List<Quotation> quotes = Extracted.from("When the mayor said the fair would move to Louisville, Ky., "
                + "the council voted against it.");
        assertEquals("the fair would move to Louisville, Ky.", containing(quotes, "fair").text());
    }

    @Test
    void aMainClauseAfterAnOpeningClauseEndingInAQuotedCommaKeepsItsInsertion() {
        List<Quotation> quotes = Extracted.from("While the mayor told reporters the talks were “productive,” the union "
                + "said the offer, rejecting every demand, was “an insult.”");
        assertEquals("the offer, rejecting every demand, was “an insult.", containing(quotes, "offer").text());
    }

    @Test
    void aClosingNoteOnAnObjectContentIsTheReporters() {
        List<Quotation> quotes = Extracted.from("The mayor criticized the harbour tax, a levy that the council passed "
                + "in a late-night vote.");
        assertEquals("the harbour tax", containing(quotes, "harbour").text());
        assertEquals("the new stadium deal", Extracted.from("The mayor praised the new stadium deal, the council's own "
                + "plan.").getFirst().text());
    }

    @Test
    void aNoteOnAnObjectContentThatTheSentenceGoesOnAfterStaysInIt() {
        List<Quotation> quotes = Extracted.from("The mayor criticized the harbour tax, a levy on ferries, and the new "
                + "parking fees.");
        assertEquals("the harbour tax, a levy on ferries, and the new parking fees", containing(quotes, "harbour").text());
    }

    @Test
    void aContrastThatGoesOnWithTheSpeakersWordsStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("The mayor said the bridge was late, but that it would open in May.");
        assertEquals("the bridge was late, but that it would open in May", containing(quotes, "bridge").text());
        List<Quotation> others = Extracted.from("The mayor said the bridge was late, but the council blamed the weather.");
        assertEquals("the bridge was late", containing(others, "bridge").text());
    }

    @Test
    void contentInARelativeClauseEndsWhereTheMainClauseGoesOnWithItsVerb() {
        List<Quotation> quotes = Extracted.candidates("The governor, who said the budget was balanced, later vetoed the "
                + "school bill.");
        assertEquals("the budget was balanced", containing(quotes, "budget").text());
        List<Quotation> others = Extracted.candidates("The harbour plan, which the mayor has said will cost too much, "
                + "was approved on Monday.");
        assertEquals("will cost too much", containing(others, "cost").text());
    }

    @Test
    void contentInARelativeClauseGoesOnPastACommaNoVerbFollows() {
        List<Quotation> quotes = Extracted.candidates("The council heard from residents who said the plan "
                + "was rushed, costly and unfair.");
        assertEquals("the plan was rushed, costly and unfair", containing(quotes, "rushed").text());
        List<Quotation> others = Extracted.candidates("The governor said the budget, which was balanced, was passed.");
        assertEquals("the budget, which was balanced, was passed", containing(others, "budget").text());
    }

    @Test
    void anObjectContentEndsWhereTheSpeakerGoesOnToAnotherActInThePast() {
        assertEquals("the charges", containing(Extracted.candidates("The mayor denied the charges and attacked the "
                + "newspaper."), "charges").text());
        assertEquals("the volunteers", containing(Extracted.candidates("The senator praised the volunteers and "
                + "ultimately made flood relief a priority."), "volunteers").text());
    }

    @Test
    void aParticipleBeforeANounAfterAnObjectContentIsASecondObject() {
        List<Quotation> quotes = Extracted.candidates("The mayor criticized the rising rents and deep-seated neglect "
                + "of the harbour.");
        assertEquals("the rising rents and deep-seated neglect of the harbour", containing(quotes, "rents").text());
    }

    @Test
    void contentGoesOnPastAnInsertedAttributionThatNamesItsMedium() {
        Quotation q = containing(Extracted.candidates("If the bridge closes, the mayor warned in a statement, the "
                + "ferries will be full."), "bridge");
        assertEquals("If the bridge closes the ferries will be full", q.text());
        assertEquals(2, q.spans().size());
    }

    @Test
    void theContentOfAParticipleEndsWhereASecondParticipleOfTheSpeakerJoinsIt() {
        List<Quotation> quotes = Extracted.candidates("The mayor spoke for an hour, praising the harbour volunteers and "
                + "calling for a new ferry.");
        assertEquals("the harbour volunteers", containing(quotes, "volunteers").text());
        List<Quotation> others = Extracted.candidates("The mayor spoke for an hour, praising the harbour volunteers and "
                + "ferry crews.");
        assertEquals("the harbour volunteers and ferry crews", containing(others, "volunteers").text());
    }

    @Test
    void contentRunsOnPastInitialsAndAHyphenatedTitle() {
        List<Quotation> quotes = Extracted.candidates("The mayor said that then-Gov. Jane Roe and J.R. Smith were old "
                + "friends.");
        assertEquals("that then-Gov. Jane Roe and J.R. Smith were old friends", containing(quotes, "friends").text());
    }

    @Test
    void contentSplitByCoordinatedSpeakersTakesBothPieces() {
        Quotation q = containing(Extracted.from("The cost of the new ferry terminal, local residents and council members say, "
                + "is far too high for a town of this size."), "ferry terminal");
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("The cost of the new ferry terminal is far too high for a town of this size", q.text());
        assertEquals("say", q.cue());
    }

    @Test
    void aQuotationBeforeCoordinatedSpeakersIsTheirs() {
        Quotation q = containing(Extracted.from("\"The ferry will keep running all winter,\" the harbour master and "
                + "her deputy said on Monday."), "ferry");
        assertEquals("The ferry will keep running all winter,", q.text());
        assertEquals("said", q.cue());
        assertTrue(q.speaker().contains("deputy"), q::toString);
    }

    @Test
    void aListBeforeAVerbThatGoesOnIsNoContent() {
        List<Quotation> quotes = Extracted.from("Besides Norway, Sweden, Finland and Denmark have claims on the islands, "
                + "and the talks may go on for years.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("Norway")), quotes::toString);
    }

    @Test
    void aClosingAppositiveOnAReportedClauseIsTheReportersNote() {
        List<Quotation> quotes = Extracted.from("The company said it would close two of its plants, a move that "
                + "could cost hundreds of jobs.");
        assertEquals("it would close two of its plants", containing(quotes, "two of its plants").text());
    }

    @Test
    void anAppositiveOnANameClosingAReportedClauseStaysInTheContent() {
        List<Quotation> quotes = Extracted.from("Mary Jones said she would vote for Tom Baker, the mayor of the town.");
        assertEquals("she would vote for Tom Baker, the mayor of the town", containing(quotes, "Baker").text());
    }

    @Test
    void aNounPhraseAfterAnOpeningPhraseIsTheSubjectOfTheReportedClause() {
        List<Quotation> quotes = Extracted.from("Mary Jones said that when the river rose, the old bridge closed for "
                + "a week.");
        assertEquals("that when the river rose, the old bridge closed for a week", containing(quotes, "river").text());
    }

    @Test
    void aQuotationAfterADashBeforeItsSpeakerStartsAtItsOpeningMark() {
        List<Quotation> quotes = Extracted.from("The mayor spoke about the old plan for the park - \"We should have built it "
                + "years ago,\" she said - and asked the council for more money.");
        assertEquals("We should have built it years ago,", containing(quotes, "built it").text());
    }

    @Test
    void aQuotationInBracketsBeforeItsSpeakerStartsAtItsOpeningMark() {
        List<Quotation> quotes = Extracted.from("The vote drew anger from some members (\"I want my money back,\" Tom "
                + "Baker wrote) and praise from others.");
        assertEquals("I want my money back,", containing(quotes, "money back").text());
    }
}
