package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class DirectQuotationTest {

    @Test
    void aQuoteFollowedByItsAttributionIsDirectWithThatSpeaker() {
        List<Quotation> quotes = Extracted.from("\"He didn't leave anything behind other than a letter,\" Heather Nauert said.");
        Quotation q = containing(quotes, "leave anything");
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Heather Nauert", q.speaker());
        assertEquals("He didn't leave anything behind other than a letter,", q.text());
        assertEquals("said", q.cue());
    }

    @Test
    void aQuotationAfterAShortSentenceSayingWhoSpokeIsTheirs() {
        List<Quotation> quotes = Extracted.from("The hall went quiet.\n\n“Not a chance!” Gina Ortiz replied. “Nobody in this "
                + "town has asked for a second bridge and nobody will pay for one.”");
        Quotation q = containing(quotes, "second bridge");
        assertEquals("Gina Ortiz", q.speaker());
        assertEquals("replied", q.cue());
    }

    @Test
    void curlySingleAndMismatchedMarksAllGiveDirectQuotations() {
        List<Quotation> quotes = Extracted.from("“We are ready to talk today,” Mary Jones said.\n\n"
                + "'We are not ready at all,' John Smith said.\n\n\"They will come back soon,” Ann Lee said.");
        assertEquals("Mary Jones", containing(quotes, "ready to talk").speaker());
        assertEquals("John Smith", containing(quotes, "not ready").speaker());
        assertEquals("Ann Lee", containing(quotes, "come back").speaker());
    }

    @Test
    void aQuoteSplitAroundItsAttributionIsOneQuotationWithTwoSpans() {
        String text = "\"The talks went well,\" she said, \"and we will meet again next week.\"";
        List<Quotation> quotes = Extracted.from("Jane Roe spoke on Monday.\n\n" + text);
        assertEquals(1, quotes.size());
        Quotation q = quotes.getFirst();
        assertEquals(2, q.spans().size());
        assertEquals("The talks went well, and we will meet again next week.", q.text());
        assertEquals("Jane Roe", q.speaker());
    }

    @Test
    void aColonIntroducesADirectQuotation() {
        Quotation q = Extracted.from("Commissioner Anna Hill said: \"The budget will be balanced by the end of the year.\"")
                .getFirst();
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("Anna Hill", q.speaker());
        assertEquals("Commissioner", q.role());
        assertEquals("The budget will be balanced by the end of the year.", q.text());
    }

    @Test
    void aDashAfterAQuoteNamesItsSpeaker() {
        Quotation q = Extracted.from("\"The budget will be balanced by the end of the year.\" — Commissioner Anna Hill")
                .getFirst();
        assertEquals("Anna Hill", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aDashOpeningTheParagraphUnderAQuoteSignsIt() {
        List<Quotation> quotes = Extracted.from("Quotes of the week.\n\n\"The ferry will run every hour from May on.\"\n\n"
                + "- Mayor Lena Fisk\n\n\"We never asked for a second harbour.\"\n\n-Tom Berg, Oslo.");
        Quotation ferry = containing(quotes, "ferry will run");
        assertEquals("Lena Fisk", ferry.speaker());
        assertEquals(QuoteKind.DIRECT, ferry.kind());
        assertEquals("Tom Berg", containing(quotes, "second harbour").speaker());
    }

    @Test
    void aDashedSubheadingUnderAQuoteSignsNothing() {
        List<Quotation> quotes = Extracted.from("“We will rebuild the pier by summer,” Mayor Lena Fisk said on Monday.\n\n"
                + "“The money is already in the budget and the builders are hired.”\n\n– A sailor herself –.\n\n"
                + "Fisk grew up in the harbour town.");
        assertEquals("Lena Fisk", containing(quotes, "builders are hired").speaker());
    }

    @Test
    void headlinesInASourceListAndACategoriesFooterAreNotStatements() {
        List<Quotation> quotes = Extracted.from("Mayor Lena Fisk said the ferry would run every hour.\n\n"
                + "\"Ferry to run every hour from May\" — Harbour Times, May 2, 2019\n\n"
                + "Tom Berg. “Mayor says harbour will not grow” — The Coast Post, May 3, 2019\n\n"
                + "Categories: May 2, 2019 Norway Published Transport");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("Lena Fisk", quotes.getFirst().speaker());
    }

    @Test
    void aDatedPullQuoteIsStillAStatement() {
        Quotation q = Extracted.from("\"The budget will be balanced by the end of the year.\" — Commissioner Anna Hill, "
                + "May 5, 2019").getFirst();
        assertEquals("Anna Hill", q.speaker());
        Quotation unstopped = Extracted.from("“We will never give up” — Ann Roe, speaking to the crowd in March 2019")
                .getFirst();
        assertEquals("Ann Roe", unstopped.speaker());
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuotationWithOneSpanPerParagraph() {
        String text = "Senator Bob Ray said: \"We have waited long enough for this bill to pass.\n\n"
                + "\"Now it is time to act on it together.\"";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals(1, quotes.size());
        assertEquals(2, quotes.getFirst().spans().size());
        assertEquals("Bob Ray", quotes.getFirst().speaker());
        assertEquals(text.indexOf("\"Now") + 1 + "Now it is time to act on it together.".length(),
                quotes.getFirst().end());
    }

    @Test
    void aNestedQuoteStaysInsideItsQuotation() {
        List<Quotation> quotes = Extracted.from("\"He told me 'never again' and walked away from the table,\" Mary Jones said.");
        assertEquals(1, quotes.size());
        assertEquals("He told me 'never again' and walked away from the table,", quotes.getFirst().text());
    }

    @Test
    void songAlbumAndNicknameQuotesAreNotStatements() {
        List<Quotation> quotes = Extracted.from("Trump had dubbed Kim “Rocket Man” last year. “Rocket Man” is the name "
                + "of a song on the 1972 album “Honky Château.” The so-called \"fake news\" story spread fast.");
        assertFalse(Extracted.anyContaining(quotes, "Rocket Man"), quotes::toString);
        assertFalse(Extracted.anyContaining(quotes, "Honky"), quotes::toString);
        assertFalse(Extracted.anyContaining(quotes, "fake news"), quotes::toString);
    }

    @Test
    void aFollowingQuoteParagraphKeepsTheSpeakerOfTheOneBefore() {
        List<Quotation> quotes = Extracted.from("\"We did our best,\" Mary Jones said.\n\n\"Nobody could have done more for "
                + "the people of this town.\"");
        assertEquals("Mary Jones", containing(quotes, "Nobody could").speaker());
    }

    @Test
    void aQuoteThatIsTheWholeNextParagraphJoinsTheQuotationBefore() {
        List<Quotation> quotes = Extracted.from("\"We did our best,\" Mary Jones said on Friday.\n\n\"Nobody could have "
                + "done more for the people of this town.\"\n\nThe council meets again in May.");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals(2, quotes.getFirst().spans().size());
        assertEquals("Mary Jones", quotes.getFirst().speaker());
    }

    @Test
    void aShortQuotedSentenceAfterADirectQuotationIsItsNextPieceNotATitle() {
        List<Quotation> quotes = Extracted.from("\"We did our best for the town,\" Mary Jones said on Friday. \"This is all "
                + "we had.\"");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals(2, quotes.getFirst().spans().size());
    }

    @Test
    void aQuoteThatIsTheWholeNextParagraphJoinsAMixedQuotationBefore() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the bridge plan was “a disgrace to the whole town.”\n\n"
                + "“Nobody asked the people who live here what they need.”");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals(QuoteKind.MIXED, quotes.getFirst().kind());
        assertEquals(2, quotes.getFirst().spans().size());
    }

    @Test
    void aQuoteParagraphWithItsOwnAttributionStandsApart() {
        List<Quotation> quotes = Extracted.from("\"We did our best,\" Mary Jones said on Friday.\n\n\"Nobody could have "
                + "done more for the people of this town,\" John Smith added.");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals("John Smith", containing(quotes, "Nobody could").speaker());
    }

    @Test
    void aSecondQuoteInTheSameParagraphJoinsTheQuotationBefore() {
        List<Quotation> quotes = Extracted.from("\"We did our best,\" Mary Jones said. \"Nobody could have done more for "
                + "the people of this town.\"");
        assertEquals(1, quotes.size());
        assertEquals(2, quotes.getFirst().spans().size());
        assertEquals("Mary Jones", quotes.getFirst().speaker());
    }

    @Test
    void aSecondQuoteInTheSameParagraphJoinsAMixedQuotationBefore() {
        List<Quotation> quotes = Extracted.from("The harbour is “far too shallow for the new ferries,” Mary Jones said. "
                + "“We will have to dredge it before the summer.”");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals(QuoteKind.MIXED, quotes.getFirst().kind());
        assertEquals(2, quotes.getFirst().spans().size());
    }

    @Test
    void aSecondQuoteAfterTheSpeakersAsideJoinsTheQuotationBeforeTheAside() {
        List<Quotation> quotes = Extracted.from("\"We did our best,\" Mary Jones said, adding that the council had met "
                + "twice. \"Nobody could have done more for the people of this town.\"");
        Quotation quoted = containing(quotes, "We did our best");
        assertEquals(2, quoted.spans().size(), quotes::toString);
        assertEquals("Mary Jones", quoted.speaker());
        assertEquals("that the council had met twice", containing(quotes, "council").text());
    }

    @Test
    void aSecondQuoteAfterAnotherAttributionInTheSentenceOfTheFirstJoinsTheFirst() {
        List<Quotation> quotes = Extracted.from("\"The ferry will run again in spring,\" Mary Jones said, two days "
                + "after the council announced a delay. \"Nobody wants another winter without it.\"");
        Quotation quoted = containing(quotes, "ferry will run");
        assertEquals(2, quoted.spans().size(), quotes::toString);
        assertEquals("Mary Jones", quoted.speaker());
    }

    @Test
    void aSentenceLeadingIntoAQuoteRightAfterTheAttributionIsTheNextPieceOfTheQuotation() {
        List<Quotation> quotes = Extracted.from("“The bridge will open in May,” Mayor Ada Brink said at the site. "
                + "But “the tolls are not settled and the council will decide them in June.”");
        Quotation q = containing(quotes, "bridge will open");
        assertEquals(2, q.spans().size());
        assertEquals("Ada Brink", q.speaker());
        assertEquals(QuoteKind.MIXED, q.kind());
        assertEquals("The bridge will open in May, But “the tolls are not settled and the council will decide them in June.",
                q.text());
        assertEquals(1, quotes.size());
    }

    @Test
    void aSentenceThatGoesOnPastItsQuoteOrHasACueIsNoPieceOfTheQuotationBefore() {
        List<Quotation> quotes = Extracted.from("“The bridge will open in May,” Mayor Ada Brink said at the site. "
                + "Her office printed “open in may” on banners and hung them over every road in the district.\n\n"
                + "“The tolls are low,” Tom Vale said. Later, critics argued “the tolls are far too high.”");
        assertEquals(1, containing(quotes, "bridge will open").spans().size());
        // the office's printing may be a candidate paraphrase of its own; it is no piece of the mayor's quotation
        assertFalse(containing(quotes, "bridge will open").text().contains("over every road"));
        assertEquals(1, containing(quotes, "tolls are low").spans().size());
    }

    @Test
    void aScareQuoteInsideASentenceWithoutCueIsNotEmitted() {
        assertEquals(List.of(), Extracted.from("The company's \"premium\" service costs more than the basic one."));
    }

    @Test
    void aMediumAndACommaMayStandBetweenCueAndQuote() {
        Quotation q = Extracted.from("First Minister of Scotland Nicola Sturgeon said via Twitter, \"Today's judgment is of "
                + "huge constitutional significance.\"").getFirst();
        assertEquals("Nicola Sturgeon", q.speaker());
        assertEquals("First Minister of Scotland", q.role());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void anInvertedSpeakerMayNameTheMedium() {
        Quotation q = Extracted.from("\"Whenever there are signs of sending a palm branch,\" wrote student protester "
                + "Joshua Wong on Twitter.").getFirst();
        assertEquals("Joshua Wong", q.speaker());
    }

    @Test
    void transcriptTurnEndsAtTheNextSpeakerLabel() {
        List<Quotation> quotes = Extracted.from("Chris Wallace spoke to Mike Pence.\n\n"
                + "\"WALLACE: Will Gennifer Flowers be there tomorrow night at the debate?\n\n"
                + "\"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.\n\n"
                + "\"WALLACE: Thank you for your time today, sir.\"");
        assertEquals(3, quotes.size(), quotes::toString);
        Quotation answer = containing(quotes, "will not be attending");
        assertEquals("Gennifer Flowers will not be attending the debate tomorrow night", answer.text());
        assertEquals("Mike Pence", answer.speaker());
        assertEquals("Chris Wallace", containing(quotes, "Thank you").speaker());
    }

    @Test
    void aQuotedSentenceBeforeAnAttributionWithWordsOfItsOwnIsTheNextPieceOfTheQuotationBefore() {
        List<Quotation> quotes = Extracted.from("\"We will not close the library,\" Mary Jones wrote. \"The town needs "
                + "it more than ever.\" She added: \"The vote comes next week.\"");
        Quotation first = containing(quotes, "close the library");
        assertEquals(2, first.spans().size(), first::toString);
        assertEquals("We will not close the library, The town needs it more than ever.", first.text());
        assertEquals("The vote comes next week.", containing(quotes, "vote comes").text());
    }

    @Test
    void anAsideInBracketsAfterAStopIsASentenceOfItsOwn() {
        List<Quotation> quotes = Extracted.from("The council debated the budget for an hour as the crowd booed loudly. "
                + "(\"I will not resign over this,\" Mary Jones said later.)");
        Quotation q = containing(quotes, "resign");
        assertEquals("I will not resign over this,", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aQuotedSentenceEndingInTheReportersWordsIsTheNextPieceOfTheDirectQuotationBefore() {
        List<Quotation> quotes = Extracted.from("\"The mill will close in March,\" said Tom Baker, the owner. \"We lost "
                + "the last big order\" and the bank would not wait any longer.");
        assertEquals(1, quotes.size(), quotes::toString);
        Quotation q = quotes.getFirst();
        assertEquals("Tom Baker", q.speaker());
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("The mill will close in March, We lost the last big order\" and the bank would not wait any longer",
                q.text());
    }

    @Test
    void aQuotedSentenceEndingInAClauseSetOffByACommaGainsOnlyItsQuotedWords() {
        List<Quotation> quotes = Extracted.from("\"The mill will close in March,\" said Tom Baker, the owner. \"We lost "
                + "the order from Leeds,\" which had kept it going for years.");
        Quotation q = containing(quotes, "close in March");
        assertEquals(2, q.spans().size(), q::toString);
        assertEquals("We lost the order from Leeds,", q.spans().get(1).of(
                "\"The mill will close in March,\" said Tom Baker, the owner. \"We lost the order from Leeds,\" which had "
                        + "kept it going for years."));
    }

    @Test
    void aQuotedSentenceWithTheReportersWordsAfterAnIndirectQuotationStandsApart() {
        List<Quotation> quotes = Extracted.from("Tom Baker said the mill would close in March. \"We lost the last big "
                + "order\" was all he would add.");
        Quotation q = containing(quotes, "close in March");
        assertEquals(1, q.spans().size(), q::toString);
    }

    @Test
    void aShowToldInQuoteMarksAfterTheQuotationIsTheListenerNotTheWords() {
        Quotation q = Extracted.from("\"The pier will reopen in June,\" Ann Roe told \"Morning Harbour Live.\"").getFirst();
        assertEquals("The pier will reopen in June,", q.text());
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void aQuotationInTwoApostrophesEndingWithANestedOneIsAttributed() {
        List<Quotation> quotes = Extracted.from("The mayor spoke at noon. ''He told me: 'The bridge stays closed,''' "
                + "Mary Jones said of the mayor.");
        Quotation q = containing(quotes, "bridge stays closed");
        assertEquals("Mary Jones", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aSpeakerAfterTweetedFollowsItsQuotation() {
        List<Quotation> quotes = Extracted.from("The mayor spoke at noon. \"We should all go home now,\" tweeted another.");
        Quotation q = containing(quotes, "go home now");
        assertEquals("another", q.speaker());
        assertEquals("tweeted", q.cue());
    }

    @Test
    void anAgeStandsForTheSpeakerAfterAQuotation() {
        String text = "Tom Baker is a lawyer. \"The bridge is safe,\" the 57-year-old said.";
        Quotation q = containing(Extracted.from(text), "bridge is safe");
        assertEquals("the 57-year-old", q.speakerMention().of(text));
    }

    @Test
    void aQuotationAfterTheListenerOfToldIsWhatWasSaid() {
        Quotation q = Extracted.from("Tom Baker told the city's news agency simply, \"We lost.\"").getFirst();
        assertEquals("We lost.", q.text());
        assertEquals("Tom Baker", q.speaker());
    }

    @Test
    void aQuotationAfterAnotherActIsNotWhatTheListenerWasTold() {
        List<Quotation> quotes = Extracted.from("Mary Jones urged voters to back the plan, saying, \"This is our "
                + "last chance.\"");
        assertEquals("This is our last chance.", containing(quotes, "last chance").text());
        assertEquals("saying", containing(quotes, "last chance").cue());
    }

    @Test
    void aSentenceOpeningWithSaidAndItsSpeakerAttributesTheQuotationAfterTheComma() {
        List<Quotation> quotes = Extracted.from("The mayor left early. Said Mary Jones, who grew up with him, \"We were "
                + "all so proud of him.\"");
        Quotation q = containing(quotes, "so proud");
        assertEquals("We were all so proud of him.", q.text());
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aSentenceQuotedAfterTheCampaignAndACommaIsWhatItSaidNotItsTitle() {
        Quotation q = Extracted.from("According to the campaign, \"The speech will be given at the college.\"").getFirst();
        assertEquals("The speech will be given at the college.", q.text());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aQuotationAfterLongCircumstancesAndACommaIsWhatWasSaid() {
        Quotation q = Extracted.from("Tom Baker said in an op-ed piece before a 2014 Senate hearing, \"The department "
                + "failed to honor the requests.\"").getFirst();
        assertEquals("The department failed to honor the requests.", q.text());
    }

    @Test
    void aQuotedWordInAClauseOfItsOwnAfterTheCueIsNoContent() {
        List<Quotation> quotes = Extracted.from("She learned to read at a young age because her parents were "
                + "\"persistent\" about it.");
        assertFalse(Extracted.anyContaining(quotes, "persistent"), quotes::toString);
    }

    @Test
    void aSpeakerOfABodyWhoseNameHasAnOwnerAndAFieldAfterSaidStillSpeaks() {
        Quotation q = Extracted.from("\"Now we are seeing a new process,\" said study co-author Ted Scambos of CU "
                + "Boulder's Cooperative Institute for Research in Environmental Sciences (CIRES). \"Like scoring a plate "
                + "of glass, the trough renders the shelf weak.\"").getFirst();
        assertEquals("Ted Scambos", q.speaker());
        assertEquals(2, q.spans().size());
        Quotation field = Extracted.from("\"It is gone,\" said Ted Scambos of the Cooperative Institute for Research in "
                + "Environmental Sciences.").getFirst();
        assertEquals("Cooperative Institute for Research in Environmental Sciences", field.role());
    }

    @Test
    void aMediumSetOffAfterTheCueCarriedTheWordsItDidNotSayThem() {
        List<Quotation> quotes = Extracted.from("On Wednesday President Erdogan said — as reported by Hurriyet Daily News — "
                + "\"Ayasofya will no longer be called a museum. Its status will change.\"");
        assertEquals(1, quotes.size(), quotes::toString);
        assertEquals("Erdogan", quotes.getFirst().speaker());
        Quotation paper = Extracted.from("President Erdogan said — as reported by Hurriyet Daily News, a Turkish paper — "
                + "that the museum will close.").getFirst();
        assertEquals("that the museum will close", paper.text());
    }
}
