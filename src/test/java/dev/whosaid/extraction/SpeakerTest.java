package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    @Test
    void aDatelineOfSeveralCapitalisedWordsNamesAPlaceNotTheSpeaker() {
        Quotation q = containing(Extracted.from("SPRING LAKE — Mary Jones toured the flooded harbour on Friday, warning "
                + "that the old pier would not survive another storm."), "old pier");
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void anAdverbOpeningTheSentenceIsNoSpeaker() {
        Quotation q = containing(Extracted.from("Shortly after the vote, Tom Baker walked out of the hall, saying that the "
                + "count had been rigged."), "rigged");
        assertEquals("Tom Baker", q.speaker());
    }

    @Test
    void aParticipleInAnOpeningPhraseSpeaksForTheSubjectAfterIt() {
        Quotation q = containing(Extracted.from("Two days after saying that the plant would close, Ann Roe toured it "
                + "with the workers."), "plant would close");
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void aNameRightAfterSaidAndAClauseBeforeItSpeaksNotTheNounBeforeTheComma() {
        Quotation q = containing(Extracted.from("Even as the campaign moves to the coast, a region she hoped to win by a "
                + "wide margin, the race will be close, said Dan Gerstein, an analyst in Boston."), "race will be close");
        assertEquals("Dan Gerstein", q.speaker());
        assertTrue(q.text().endsWith("the race will be close"), q.text());
    }

    @Test
    void aSubjectSetOffByCommasStillSpeaksBeforeSaidAndAName() {
        Quotation q = Extracted.from("Kang In-sung, a correspondent for Chosun Ilbo, said Kim Jong Un was ill.").getFirst();
        assertEquals("Kang In-sung", q.speaker());
    }

    @Test
    void aParticipleAfterAClauseJoinedByButSpeaksThroughThatClausesPronoun() {
        String text = "Ann Roe was criticised over the budget, but she walked out of the meeting, saying that the city had "
                + "no choice.";
        Quotation q = containing(Extracted.from(text), "no choice");
        assertEquals(text.indexOf("she walked"), q.speakerMention().start());
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void aParticipleAfterAClauseJoinedByButSpeaksThroughThatClausesNamedSubject() {
        String text = "Ann Roe talked about the harbour for an hour, but Tom Baker pressed her on the ferry fares, asking "
                + "whether the council would cut them.";
        Quotation q = containing(Extracted.from(text), "council would cut");
        assertEquals("Tom Baker", q.speaker());
    }

    @Test
    void aParticipleAfterAnotherSpeakersClauseSpeaksForTheClauseJoinedLast() {
        String text = "Fishermen say the new quotas are unfair, and the Harbour Trust has already sued the council over "
                + "them, arguing that the quotas break the law.";
        Quotation q = containing(Extracted.from(text), "break the law");
        assertEquals("Harbour Trust", q.speaker());
    }

    @Test
    void aTitleBeforeTheNameBecomesTheRole() {
        Quotation q = Extracted.from("Secretary of State Mike Pompeo said the talks were productive.").getFirst();
        assertEquals("Mike Pompeo", q.speaker());
        assertEquals("Secretary of State", q.role());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
    }

    @Test
    void aQuotationAfterASemicolonGoesOnWithTheWordsOfTheSpeakerBefore() {
        List<Quotation> quotes = Extracted.from("Mary Jones said the council was disappointed and that it would appeal; "
                + "\"We will take this ruling to the highest court in the land without delay.\"");
        Quotation q = containing(quotes, "highest court");
        assertEquals("Mary Jones", q.speaker());
        assertEquals(QuoteKind.DIRECT, q.kind());
    }

    @Test
    void aSpeakerBeforeThisPastWeekIsTheNameNotTheWeek() {
        Quotation q = Extracted.from("Ann Lowe, the county treasurer, this past week announced that the budget "
                + "would shrink by a tenth next spring.").getFirst();
        assertEquals("Ann Lowe", q.speaker());
        assertEquals("county treasurer", q.role());
    }

    @Test
    void anAppositiveGivesTheRole() {
        Quotation q = Extracted.from("Kang In-sung, a Washington-based correspondent for Chosun Ilbo, said the gift was real.")
                .getFirst();
        assertEquals("Kang In-sung", q.speaker());
        assertEquals("Washington-based correspondent for Chosun Ilbo", q.role());
    }

    @Test
    void aSurnameResolvesToTheFullNameMentionedBefore() {
        String text = "State Department spokeswoman Heather Nauert spoke in Tokyo. Nauert said the letter was delivered.";
        Quotation q = Extracted.from(text).getFirst();
        assertEquals("Heather Nauert", q.speaker());
        assertEquals("State Department spokeswoman", q.role());
        assertEquals(text.indexOf("Nauert said"), q.speakerMention().start());
    }

    @Test
    void aPronounResolvesToTheFullNameAndPointsAtThePronoun() {
        String text = "State Department spokeswoman Heather Nauert arrived in Tokyo. She said the letter was delivered.";
        Quotation q = Extracted.from(text).getFirst();
        assertEquals("Heather Nauert", q.speaker());
        assertEquals("She", q.speakerMention().of(text));
    }

    @Test
    void aPronounSkipsAPersonOfTheOtherGender() {
        String text = "Spokeswoman Heather Nauert met Mr. John Smith in Tokyo. She said the letter was delivered.";
        assertEquals("Heather Nauert", Extracted.from(text).getFirst().speaker());
    }

    @Test
    void aRoleNounResolvesToThePersonWithThatRole() {
        String text = "Secretary of State Mike Pompeo arrived in Pyongyang. The secretary told reporters that the talks went well.";
        Quotation q = Extracted.from(text).getFirst();
        assertEquals("Mike Pompeo", q.speaker());
        assertEquals("The secretary", q.speakerMention().of(text));
    }

    @Test
    void organisationsSpeak() {
        Quotation q = Extracted.from("North Korea said the U.S. attitude was regrettable.").getFirst();
        assertEquals("North Korea", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void theStateDepartmentIsAnOrganisation() {
        Quotation q = Extracted.from("The State Department said the letter was delivered.").getFirst();
        assertEquals("State Department", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void unnamedSourcesAreAnonymous() {
        List<Quotation> quotes = Extracted.from("An unnamed diplomatic source said the gift was real. "
                + "Officials said the talks would go on.");
        assertEquals(SpeakerKind.ANONYMOUS, containing(quotes, "gift").speakerKind());
        assertEquals("An unnamed diplomatic source", containing(quotes, "gift").speaker());
        assertEquals(SpeakerKind.ANONYMOUS, containing(quotes, "talks").speakerKind());
    }

    @Test
    void aLowerCaseGroupBeforeSayIsTheSpeaker() {
        Quotation q = Extracted.from("Political scientists say there is no link between turnout and the result.")
                .getFirst();
        assertEquals("Political scientists", q.speaker());
        assertEquals(SpeakerKind.ANONYMOUS, q.speakerKind());
        assertEquals("there is no link between turnout and the result", q.text());
    }

    @Test
    void aShareOfThoseAskedSpeaksForItself() {
        List<Quotation> quotes = Extracted.from("In the poll, 42% say they are liberal and 32 percent say they are"
                + " conservative.").stream().filter(q -> "say".equals(q.cue())).toList(); // not what the poll found
        assertEquals("42%", containing(quotes, "liberal").speaker());
        assertEquals("32 percent", containing(quotes, "conservative").speaker());
    }

    @Test
    void aSubjectFollowedBySeveralInsertionsStillSpeaks() {
        Quotation q = Extracted.from("Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama"
                + " failed to address public concerns.").getFirst();
        assertEquals("Marco Rubio", q.speaker());
        assertEquals("Obama failed to address public concerns", q.text());
    }

    @Test
    void aRelativeWhoResolvesToTheNounBeforeIt() {
        Quotation q = Extracted.from("The paper quoted an unnamed diplomatic source who said that the CD was signed.")
                .getFirst();
        assertEquals("an unnamed diplomatic source", q.speaker());
        assertEquals(SpeakerKind.ANONYMOUS, q.speakerKind());
    }

    @Test
    void twoPeopleSharingASurnameStayApart() {
        String text = "Mike Pompeo met Kim Yong Chol in Pyongyang. Kim Jong Un did not attend. "
                + "Kim Yong Chol said the talks were serious. Kim Jong Un said the summit was a success. "
                + "Kim said the missiles were gone.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("Kim Yong Chol", containing(quotes, "talks were serious").speaker());
        assertEquals("Kim Jong Un", containing(quotes, "summit").speaker());
        assertEquals("Kim Jong Un", containing(quotes, "missiles").speaker());
    }

    @Test
    void aGivenNameTellsWhomSheCanStandFor() {
        String text = "Heather Nauert met Mike Pompeo in Tokyo. She said the letter was delivered.";
        assertEquals("Heather Nauert", Extracted.from(text).getFirst().speaker());
    }

    @Test
    void aWeekdayBeforeTheSpeakerIsNoPartOfIt() {
        Quotation q = Extracted.from("On Thursday, Mary Jones said the talks went well.").getFirst();
        assertEquals("Mary Jones", q.speaker());
    }

    @Test
    void aNameWithItsAffiliationIsThePersonWithTheAffiliationAsRole() {
        Quotation q = Extracted.from("Joel Pollak of Breitbart California said the debate was fair.").getFirst();
        assertEquals("Joel Pollak", q.speaker());
        assertEquals("Breitbart California", q.role());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
    }

    @Test
    void aPronounOpeningASentenceStandsForThePreviousSentencesSubjectRatherThanAPersonNamedAfterIt() {
        List<Quotation> qs = Extracted.from("""
                Mayor Tom Hale spoke on Monday.

                Hale drove to the airport with his new campaign manager, retired Army general Bob Dees, late last month. \
                He said the team was ready.""");
        assertEquals("Tom Hale", containing(qs, "team was ready").speaker());
    }

    @Test
    void aLessCommonGivenNameOfAPersonKnownToBeOneTellsHeFromShe() {
        List<Quotation> qs = Extracted.from("""
                "The square is quiet again," said Donna Lages, a waitress at the diner.

                Debbie Kepler, the organist, went home early.

                She said the church would open on Sunday.""");
        assertEquals("Debbie Kepler", containing(qs, "church would open").speaker());
    }

    @Test
    void aDefiniteDescriptionByTradeIsAPersonAndResolvesToTheOneIntroducedSo() {
        List<Quotation> qs = Extracted.from("""
                Top party donor Sam Pell said on Friday he had met the governor.

                The mega donor said the governor was charming.""");
        Quotation q = containing(qs, "governor was charming");
        assertEquals("Sam Pell", q.speaker());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
        Quotation woman = Extracted.from("\"The shop is empty,\" said the woman, who did not want to be named.").getFirst();
        assertEquals(SpeakerKind.PERSON, woman.speakerKind());
    }

    @Test
    void anAdverbOpeningTheSentenceOrAWordFloatingBeforeTheVerbIsNoPartOfTheName() {
        List<Quotation> qs = Extracted.from("""
                Senator Ann Roe and Governor Tom Hale met voters in Ohio.

                Afterwards Hale claimed the plant would stay open. Roe herself said turnout was high.

                Without Hale, the committee would stall. Whereas Roe said the vote was lost, Hale said it was won.

                Neither Hale nor his aides would say when the plant reopens. Continued Roe, "It will not reopen.\"""");
        assertEquals("Tom Hale", containing(qs, "plant would stay open").speaker());
        assertEquals("Ann Roe", containing(qs, "turnout was high").speaker());
        assertEquals("Ann Roe", containing(qs, "vote was lost").speaker());
        assertEquals("Ann Roe", containing(qs, "will not reopen").speaker());
    }

    @Test
    void aSentenceOpeningPronounStandsForAFullNameSubjectOfTheSentenceBeforeThoughItsGenderIsUnknown() {
        List<Quotation> qs = Extracted.from("""
                Senator Tom Hale spoke in Ohio on Monday.

                Zorvan Quill had his own opinion on the matter. He said the vote would be close.""");
        assertEquals("Zorvan Quill", containing(qs, "vote would be close").speaker());
    }

    @Test
    void aTradeCapitalisedWhereTheSentenceOpensIsTheRoleNotPartOfTheName() {
        Quotation q = Extracted.from("Actor Zorvan Quill said the film would open in May.").getFirst();
        assertEquals("Zorvan Quill", q.speaker());
        assertEquals("Actor", q.role());
    }

    @Test
    void aNameSetOffAfterAnOwnedDescriptionIsTheSpeakerWithTheDescriptionAsRole() {
        Quotation q = Extracted.from("According to the town's first selectman, Chris Kervick, there were ten passengers aboard.")
                .getFirst();
        assertEquals("Chris Kervick", q.speaker());
        assertEquals("town's first selectman", q.role());
        assertEquals("there were ten passengers aboard", q.text());
    }

    @Test
    void aStormIsNoSpeakerButTheCentreNamedAfterStormsIs() {
        assertTrue(Extracted.from("Hurricane Mira slammed into the coast of Texas.").isEmpty());
        Quotation q = Extracted.from("The National Hurricane Center said the storm had weakened overnight.").getFirst();
        assertEquals("National Hurricane Center", q.speaker());
    }

    @Test
    void aSurnameStandsForTheFullNameWhoseInnerWordItIsBeforeASuffixOrASecondSurname() {
        List<Quotation> qs = Extracted.from("""
                Governor Ricardo Lugo Ortiz and Admiral Harry B. Harris Jr. met on Monday.

                Lugo said the port would reopen. Harris said the fleet would stay.""");
        assertEquals("Ricardo Lugo Ortiz", containing(qs, "port would reopen").speaker());
        assertEquals("Harry B. Harris Jr.", containing(qs, "fleet would stay").speaker());
    }

    @Test
    void whoAfterANameAndItsOfficeInAnOrganisationStandsForThePerson() {
        Quotation q = Extracted.from("The panel invited Ann Roe, the president of the Society for Coastal Studies, "
                + "who often criticizes the harbour plan.").getFirst();
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void aBodyNamedWithOfOrForIsOneOrganisationNotAPersonWithAnAffiliation() {
        Quotation academy = Extracted.from("The Royal Danish Academy of Letters announced that the prize would go to a poet.")
                .getFirst();
        assertEquals("Royal Danish Academy of Letters", academy.speaker());
        assertNull(academy.role());
        assertEquals(SpeakerKind.ORGANISATION, academy.speakerKind());
        Quotation centers = Extracted.from("According to the Centers for Plant Health, the blight has reached four valleys.")
                .getFirst();
        assertEquals("Centers for Plant Health", centers.speaker());
        assertNull(centers.role());
        Quotation legislatures = Extracted.from("According to the Regional Conference of State Legislatures, the next "
                + "vote is in May.").getFirst();
        assertEquals("Regional Conference of State Legislatures", legislatures.speaker()); // "State" is no title here
        assertNull(legislatures.role());
    }

    @Test
    void anAcronymIsAnOrganisationNotTheRelativeWho() {
        Quotation q = Extracted.from("Mary Jones spoke first. WHO say the deficit is serious.").getFirst();
        assertEquals("WHO", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void aLabelledInterviewAnswerIsTheLabelledSpeakers() {
        String text = "Wikinews spoke to Philipp Hagemeister.\n\n((WN)) What do you think of the notice?\n\n"
                + "((Philipp Hagemeister)) I think it is not warranted because the tool is legal.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals(1, quotes.size());
        assertEquals("Philipp Hagemeister", quotes.getFirst().speaker());
        assertEquals("I think it is not warranted because the tool is legal", quotes.getFirst().text());
        assertEquals(QuoteKind.DIRECT, quotes.getFirst().kind());
    }

    @Test
    void aTranscriptLabelInCapitalsResolvesToTheFullName() {
        String text = "Mike Pence spoke to Chris Wallace on Sunday.\n\nPENCE: Well, the question really should be why they invited him.";
        Quotation q = Extracted.from(text).getFirst();
        assertEquals("Mike Pence", q.speaker());
    }

    @Test
    void anInterviewLabelOfInitialsResolvesToThePersonTheyBelongTo() {
        String text = "Wikinews interviewed Professor Maria Lopez of the city university about the survey.\n\n"
                + "((WN)) How did the survey start?\n\nML: The survey started in 1990, before I joined the department.";
        Quotation q = containing(Extracted.from(text), "survey started");
        assertEquals("Maria Lopez", q.speaker());
        assertEquals(SpeakerKind.PERSON, q.speakerKind());
    }

    @Test
    void aLabelledParagraphEndingInAQuestionIsTheInterviewersAndNoStatement() {
        String text = "Tom Ferris is running for the state senate.\n\n((JRS)) Why do you think the party chose you?\n\n"
                + "((Tom Ferris)) I think they wanted someone who knows the farms.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals(1, quotes.size());
        assertEquals("Tom Ferris", quotes.getFirst().speaker());
    }

    @Test
    void aDatelineInCapitalsIsNoSpeaker() {
        String text = "Talks resume.\n\nGENEVA — Ambassador Carla Moreno said on Monday, criticising the delay, that the "
                + "talks would resume.";
        for (Quotation q : Extracted.from(text)) {
            assertEquals("Carla Moreno", q.speaker());
        }
    }

    @Test
    void aParticipleOpeningTheSentenceIsNoSpeakerButTheSubjectAfterItIs() {
        String text = "Mayor Tom Ferris spoke on Monday. Speaking at a town hall in Salem, Ferris went after the council, "
                + "calling its budget a disgrace.";
        Quotation q = containing(Extracted.from(text), "disgrace");
        assertEquals("Tom Ferris", q.speaker());
    }

    @Test
    void aDescriptionWithAPlaceResolvesToThePersonWhoseTitleHadThatPlace() {
        String text = "Vermont Sen. Bernie Sanders and Texas Sen. Ted Cruz met on Monday. Cruz left early. "
                + "The Vermont senator said the meeting had gone well.";
        assertEquals("Bernie Sanders", containing(Extracted.from(text), "gone well").speaker());
    }

    @Test
    void aRoleWithItsSubjectResolvesByTheRoleNounBeforeOf() {
        String text = "Former Secretary of State Hillary Clinton spoke in Ohio, and Tim Kaine joined her later. "
                + "The former secretary of state said the plan would create jobs.";
        assertEquals("Hillary Clinton", containing(Extracted.from(text), "create jobs").speaker());
    }

    @Test
    void aDescriptionOfThePersonTheStoryIsAboutResolvesToThemAndThePronounAfterItFollows() {
        String text = "Democratic presidential nominee Hillary Clinton spoke in Ohio on Monday. Clinton met workers at "
                + "a plant, and Clinton's aides handed out leaflets. The Democratic nominee said the plan would create jobs. "
                + "She added that wages would rise.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("Hillary Clinton", containing(quotes, "create jobs").speaker());
        assertEquals("Hillary Clinton", containing(quotes, "wages").speaker());
    }

    @Test
    void aDescriptionWhoseCapitalisedWordsNeverStandBesideTheNameStaysUnresolved() {
        String text = "Hillary Clinton spoke in Ohio on Monday. Clinton met workers at a plant, and Clinton's aides "
                + "handed out leaflets. The Indiana governor said the plan would cost jobs.";
        assertEquals("The Indiana governor", containing(Extracted.from(text), "cost jobs").speaker());
    }

    @Test
    void aPlaceBeforeARoleNounIsPartOfTheDescriptionNotTheSpeaker() {
        String text = "Marco Rubio ended his campaign on Tuesday. Instead, the Florida senator is sticking to his message, "
                + "hoping to avoid any misstep.";
        Quotation q = containing(Extracted.from(text), "misstep");
        assertEquals("the Florida senator", q.speakerMention().of(text));
    }

    @Test
    void aPronounContinuesTheLastSpeakerOverASentenceWithoutAName() {
        String text = "Donald Trump wants a wall. \"We will not pay for the wall,\" Felipe Calderon told CNBC on Saturday. "
                + "But the former president did not stop there. \"The first loser would be the United States,\" he continued.";
        assertEquals("Felipe Calderon", containing(Extracted.from(text), "first loser").speaker());
    }

    @Test
    void aQuotationAfterAnAttributionWithAParticipleGoesOnWithThatSpeaker() {
        String text = "\u201cThis is in their heads,\u201d said Pat Caddell, speaking of the candidate\u2019s health. "
                + "\u201cIt is one of the things worrying them, and that can be deadly.\u201d";
        assertEquals("Pat Caddell", containing(Extracted.from(text), "worrying them").speaker());
    }

    @Test
    void aPossessiveSourceIsTheBodyOfThePersonItStandsFor() {
        String text = "Senator Bernie Sanders lost access to the voter files on Friday. His campaign sued the party in "
                + "federal court, claiming the party had broken its contract.";
        Quotation q = containing(Extracted.from(text), "broken its contract");
        assertEquals("Bernie Sanders campaign", q.speaker());
        assertEquals("His campaign", q.speakerMention().of(text));
    }

    @Test
    void aPossessiveOfFamilyStaysAsWritten() {
        String text = "Senator Bernie Sanders spoke on Friday. His wife said the campaign would go on.";
        assertEquals("His wife", containing(Extracted.from(text), "go on").speaker());
    }

    @Test
    void theyDoesNotStandForOneUnnamedPerson() {
        String text = "A supporter said the rally was too crowded. They argued that the hall should have been bigger.";
        assertEquals("They", containing(Extracted.from(text), "hall").speaker());
    }

    @Test
    void anInterviewAnswerRunsOnOverItsParagraphsUntilTheNextLabel() {
        String text = "Wikinews spoke to Anna Kovac about the survey.\n\n((WN)) How did the survey start?\n\n"
                + "((Anna Kovac)) It started in 1990 with twelve farms.\n\nWe found that the soil had changed a lot "
                + "since then.\n\n((WN)) What comes next?";
        List<Quotation> quotes = Extracted.from(text);
        Quotation goesOn = containing(quotes, "soil had changed");
        assertEquals("Anna Kovac", goesOn.speaker());
        assertEquals("We found that the soil had changed a lot since then", goesOn.text());
        assertEquals(2, quotes.size());
    }

    @Test
    void anInterviewAnswerLabelledWithInitialsWithoutAColonIsThatPersons() {
        String text = "Professor Michael Siegel spoke to Wikinews about the study.\n\n((WN)) How old is the data?\n\n"
                + "MS Although we used data from 2004, the results were similar for later years.";
        Quotation q = containing(Extracted.from(text), "results were similar");
        assertEquals("Michael Siegel", q.speaker());
        assertEquals("Although we used data from 2004, the results were similar for later years", q.text());
    }

    @Test
    void aPlaceAfterAParticipleAndItsPrepositionIsNotTheSpeakerButTheNounBeforeIs() {
        String text = "Hundreds marched on Friday. Farmers driving through the streets chanted that the new tax was unfair.";
        Quotation q = containing(Extracted.from(text), "tax was unfair");
        assertEquals("farmers", q.speaker()); // a group, written as the common noun it is
    }

    @Test
    void aSurnameWithoutItsAccentsIsTheSamePerson() {
        String text = "Recep Tayyip Erdoğan spoke in Ankara. Erdogan said the museum would become a mosque again.";
        assertEquals("Recep Tayyip Erdoğan", Extracted.from(text).getFirst().speaker());
    }

    @Test
    void aKnownGivenNameSeparatesTheNameFromAPlaceInTheTitle() {
        Quotation q = Extracted.from("Chief Executive of Hong Kong Carrie Lam said the bill was dead.").getFirst();
        assertEquals("Carrie Lam", q.speaker());
        assertEquals("Chief Executive of Hong Kong", q.role());
    }

    @Test
    void aTitleWithToAndTheStaysWholeBeforeTheName() {
        Quotation q = Extracted.from("Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "
                + "\"We must always have the backs of our allies.\"").getFirst();
        assertEquals("Nikki Haley", q.speaker());
        assertEquals("Former US Ambassador to the United Nations", q.role());
    }

    @Test
    void anAppositiveRoleEndsBeforeItsRelativeClause() {
        Quotation q = Extracted.from("Agnès Callamard, a UN rapporteur who had investigated the case, cautioned that "
                + "justice does not come swiftly.").getFirst();
        assertEquals("Agnès Callamard", q.speaker());
        assertEquals("UN rapporteur", q.role());
    }

    @Test
    void aRoleNounFindsAPersonNamedOnlyWithTitleAndSurname() {
        Quotation q = Extracted.from("President Trump spoke at the rally. The president said the wall would be built.")
                .getFirst();
        assertEquals("Trump", q.speaker());
        assertEquals("President", q.role());
    }

    @Test
    void aPronounOpeningTheNextSentenceContinuesItsSpeakerOverAnEarlierPersonOfKnownGender() {
        String text = "Doug Miller of Milltech Marine said the transponder was working. Baslan Damang, a security official,"
                + " told the Post that radio broadcasts were used. He added that authorities were still waiting.";
        assertEquals("Baslan Damang", containing(Extracted.from(text), "still waiting").speaker());
    }

    @Test
    void aPronounDoesNotContinueASpeakerOfTheOtherGender() {
        String text = "Heather Nauert arrived in Tokyo. Mike Pompeo said the talks were productive. "
                + "She said the letter was delivered.";
        assertEquals("Heather Nauert", containing(Extracted.from(text), "letter").speaker());
    }

    @Test
    void aDefiniteDescriptionRightAfterASpeakerIsThatSpeaker() {
        String text = "Donald Trump says he has big plans for the final month. The Republican presidential nominee noted"
                + " that his campaign has not spent much on ads.";
        assertEquals("Donald Trump", containing(Extracted.from(text), "not spent much").speaker());
    }

    @Test
    void anAbbreviatedTitleIntroducesTheRoleNounThatStandsForItLater() {
        String text = "Sen. Bernie Sanders spoke in Vermont. Clinton attended the rally in Ohio. "
                + "The senator said he would introduce legislation to fix the tax system.";
        assertEquals("Bernie Sanders", containing(Extracted.from(text), "legislation").speaker());
    }

    @Test
    void aGenderedRoleNounResolvesToTheOnlyPersonOfThatGender() {
        String text = "Judge Bernard Schwartz sentenced David and Louise Turpin to life in prison. "
                + "The mother said \"I really look forward to the day I can see them again.\"";
        assertEquals("Louise Turpin", containing(Extracted.from(text), "look forward").speaker());
    }

    @Test
    void anOrdinalOpensTheUnitInTheRoleBeforeTheName() {
        Quotation q = Extracted.from("\"We will continue searching until we find it,\" 1st Fleet Command's Navy Information"
                + " Agency head Arba Agung told The Jakarta Post.").getFirst();
        assertEquals("Arba Agung", q.speaker());
        assertEquals("1st Fleet Command's Navy Information Agency head", q.role());
    }

    @Test
    void aParticleStaysInsideTheName() {
        Quotation q = Extracted.from("Crown Prince Mohammad bin Salman of Saudi Arabia said the murder happened under his"
                + " watch.").getFirst();
        assertEquals("Mohammad bin Salman", q.speaker());
        assertEquals("Crown Prince of Saudi Arabia", q.role());
    }

    @Test
    void aNameAfterARoleHeldInABodyIsTheSpeakerAndTheRestItsRole() {
        String text = "Opening the session, chairman of the committee Paul Grant said the vote would wait.\n\n"
                + "Speaker of the council Rana Haddad said the budget was ready.";
        Quotation grant = containing(Extracted.from(text), "vote would wait");
        assertEquals("Paul Grant", grant.speaker());
        assertEquals("chairman of the committee", grant.role());
        Quotation haddad = containing(Extracted.from(text), "budget was ready");
        assertEquals("Rana Haddad", haddad.speaker());
        assertEquals("Speaker of the council", haddad.role());
    }

    @Test
    void aNounInLyAfterADeterminerAndBeforeANameIsNoAdverb() {
        Quotation q = Extracted.from("Speaker of the assembly Rana Haddad said the budget was ready.").getFirst();
        assertEquals("Rana Haddad", q.speaker());
        assertEquals("Speaker of the assembly", q.role());
    }

    @Test
    void aGroupNamedAfterTheRoleOfANamedPersonIsNoSpeaker() {
        Quotation q = Extracted.from("Ann Roe, executive director of the advocacy group Clean Rivers Now, has accused the"
                + " mayor of ignoring the floods.").getFirst();
        assertEquals("Ann Roe", q.speaker());
    }

    @Test
    void aGroupNamedAfterAPlaceIsTheWholePhraseNotThePlace() {
        Quotation q = containing(Extracted.from("The talks stalled. Citing privacy rules, Dutch officials declined to name"
                + " the two men."), "privacy rules");
        assertEquals("Dutch officials", q.speaker());
        assertEquals(SpeakerKind.ANONYMOUS, q.speakerKind());
    }

    @Test
    void aNameSetOffAfterARoleOfAPlaceIsTheSpeaker() {
        Quotation q = Extracted.from("The governor of Texas, Ray Mills, sent his sympathy on Monday, adding, \"We will rebuild"
                + " every home.\"").getFirst();
        assertEquals("Ray Mills", q.speaker());
        assertEquals("governor of Texas", q.role());
    }

    @Test
    void aParenthesisAfterAnInvertedSpeakerDoesNotHideIt() {
        Quotation q = Extracted.from("\"I am in awe of the people who ran towards danger\" tweeted Mayor of London Sadiq"
                + " Khan (no relation).").getFirst();
        assertEquals("Sadiq Khan", q.speaker());
        assertEquals("Mayor of London", q.role());
    }

    @Test
    void aRoleHeldInAGroupIsOneSpeakerWhomTheNextPronounContinues() {
        String text = "Sophie Obadia said the verdict was fair. The head of the police's internal investigators told the"
                + " court \"Basic investigations were not done.\" She also said \"I regret we were not called immediately.\"";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("The head of the police's internal investigators", containing(quotes, "Basic").speaker());
        assertEquals("head of the police's internal investigators", containing(quotes, "Basic").role());
        assertEquals("The head of the police's internal investigators", containing(quotes, "regret").speaker());
    }

    @Test
    void aRoleNounBeforeTheAppositiveNameIsItsRole() {
        Quotation q = Extracted.from("Dunn's mother, Charlotte Charles, said on TV that she could not forgive her.")
                .getFirst();
        assertEquals("Charlotte Charles", q.speaker());
        assertEquals("Dunn's mother", q.role());
    }

    @Test
    void aRoleSetOffAfterANameInNarrationIsThePersonsRoleWhenTheyLaterSpeak() {
        List<Quotation> quotes = Extracted.from("Ann Roe, the harbour commissioner, closed the pier on Monday. Tom Lind, "
                + "tired as ever, watched. Roe said the pier was unsafe. Lind said he was sorry.");
        assertEquals("harbour commissioner", containing(quotes, "unsafe").role());
        assertNull(containing(quotes, "sorry").role()); // a trait is no role
    }

    @Test
    void aTradeByItsEndingBeforeANameIsItsRole() {
        List<Quotation> quotes = Extracted.from("A survey led by glaciologist Ann Roe measured the ice. Roe said it was "
                + "thinning.");
        assertEquals("glaciologist", containing(quotes, "thinning").role());
    }

    @Test
    void aCapitalisedDayWordAfterANameEndsTheName() {
        List<Quotation> quotes = Extracted.from("Harbour Today reported that the pier was closed. Today, Ann Roe said it "
                + "would reopen. According to Harbour Today, the ferry stopped.");
        assertEquals("Harbour Today", containing(quotes, "pier").speaker());
        assertEquals(SpeakerKind.ORGANISATION, containing(quotes, "pier").speakerKind());
        assertEquals("Ann Roe", containing(quotes, "reopen").speaker());
        assertNull(containing(quotes, "ferry").role()); // "the ferry stopped" is a clause, no role
    }

    @Test
    void aSubjectWithABodyAndTitleWordsBeforeTheNameIsThePerson() {
        List<Quotation> quotes = Extracted.from("Harbourline co-founder Ann Roe wrote to the council and said the ferry "
                + "would run. Harbourline press secretary Tom Lind answered the mayor and said the fares would fall.");
        assertEquals("Ann Roe", containing(quotes, "ferry").speaker());
        assertEquals("Tom Lind", containing(quotes, "fares").speaker());
    }

    @Test
    void aPersonOfABodyWhoseNameJoinsTwoWordsWithAndIsThePerson() {
        Quotation q = Extracted.from("Ann Roe of Harbour Fire and Rescue said the fire was out.").getFirst();
        assertEquals("Ann Roe", q.speaker());
        assertEquals("Harbour Fire and Rescue", q.role());
    }

    @Test
    void aRoleInARelativeClauseOfBeingIsTheRole() {
        List<Quotation> quotes = Extracted.from("Ann Roe, who is the mayor of Springfield, said the bridge would open. "
                + "The ferry will stop, said Tom Lind, who was Roe's chief engineer.");
        assertEquals("mayor of Springfield", containing(quotes, "bridge").role());
        assertEquals("Roe's chief engineer", containing(quotes, "ferry").role());
    }

    @Test
    void dottedAndUndottedDoctorsAreOnePerson() {
        List<Quotation> quotes = Extracted.from("Dr Ann Roe led the survey. Dr Roe said the ice was thinning. "
                + "Dr. Roe said it would go on.");
        assertEquals("Ann Roe", containing(quotes, "thinning").speaker());
        assertEquals("Ann Roe", containing(quotes, "go on").speaker());
    }

    @Test
    void anOfficeInANamedBodyBeforeTheAppositiveNameIsItsRole() {
        Quotation q = Extracted.from("In a briefing, the director of the Harbour Authority, Ann Roe, said the pier was safe.")
                .getFirst();
        assertEquals("Ann Roe", q.speaker());
        assertEquals("director of the Harbour Authority", q.role());
    }

    @Test
    void aDefiniteAppositiveAfterTheNameAddsToItsTitleAndStaysWithThePerson() {
        String text = "The shooting is domestic terrorism, according to prosecutor Josh Bash, the U.S. Attorney for the"
                + " Western District of Texas. \"We are treating it as a domestic terrorism case,\" said Bash.";
        Quotation q = containing(Extracted.from(text), "treating");
        assertEquals("Josh Bash", q.speaker());
        assertEquals("prosecutor, U.S. Attorney for the Western District of Texas", q.role());
    }

    @Test
    void aClauseAfterAccordingToAndTheNameIsNoRole() {
        Quotation q = Extracted.from("According to Ham, the administration has shuffled through military leaders.")
                .getFirst();
        assertEquals("Ham", q.speaker());
        assertEquals(null, q.role());
    }

    @Test
    void anAcronymSpelledOutInParenthesesResolvesToTheFullName() {
        String text = "The United States Commission on International Religious Freedom (USCIRF) criticized the move. "
                + "USCIRF said the status of the museum must be maintained.";
        Quotation q = containing(Extracted.from(text), "museum");
        assertEquals("United States Commission on International Religious Freedom", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void aBodyNamedForItsSubjectKeepsItsOnAndIsAnOrganisation() {
        Quotation q = Extracted.from("The Commission on Presidential Debates said the microphone worked.").getFirst();
        assertEquals("Commission on Presidential Debates", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void aMisspeltSurnameResolvesToTheOnePersonItIsCloseTo() {
        String text = "Lydia Buchtmann for Food Standards Australia New Zealand spoke on radio. \"People who eat a lot"
                + " of bread must not get too much of it,\" Ms Bauchtman said.";
        Quotation q = containing(Extracted.from(text), "bread");
        assertEquals("Lydia Buchtmann", q.speaker());
        assertEquals("Food Standards Australia New Zealand", q.role());
    }

    @Test
    void aShortSurnameOneLetterFromAnotherIsNotMerged() {
        String text = "Jane Bush met John Rush in Ohio. Bash said the meeting went well.";
        assertEquals("Bash", Extracted.from(text).getFirst().speaker());
    }

    @Test
    void theAgencyIsTheAgencyNamedBefore() {
        String text = "The Federal Emergency Management Agency was not put in charge. The agency said it was ready to help.";
        Quotation q = containing(Extracted.from(text), "ready");
        assertEquals("Federal Emergency Management Agency", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void aStatementSpeaksForWhoeverReleasedIt() {
        String text = "The United States Commission on International Religious Freedom criticized the move. "
                + "They released a statement which said the status of the museum must be maintained.";
        assertEquals("United States Commission on International Religious Freedom",
                containing(Extracted.from(text), "museum").speaker());
    }

    @Test
    void thePersonQuotedAsSayingIsTheSpeakerWithTheRoleAfterTheName() {
        Quotation q = containing(Extracted.from("Politico quoted Tim Manning, formerly a deputy administrator at FEMA,"
                + " as saying \"FEMA has an important role in coordinating the larger response to the crisis.\""), "important role");
        assertEquals("Tim Manning", q.speaker());
        assertEquals("formerly a deputy administrator at FEMA", q.role());
    }

    @Test
    void theyAfterAnOrganisationOpeningTheSentenceBeforeIsThatOrganisation() {
        String text = "Mary Jones spoke first. The Tax Policy Center did a study of the claim. "
                + "On September 27 they said that the city had 2,521 shooting incidents.";
        Quotation q = containing(Extracted.from(text), "shooting incidents");
        assertEquals("Tax Policy Center", q.speaker());
        assertEquals(SpeakerKind.ORGANISATION, q.speakerKind());
    }

    @Test
    void theyDoesNotStandForAnOrganisationNamedAsAnObject() {
        String text = "Mary Jones spoke first. In 1993, radical Islamists bombed the World Trade Center. "
                + "In 2000, they said the attack on the ship was justified.";
        assertEquals("they", containing(Extracted.from(text), "justified").speaker());
    }

    @Test
    void theStatementSpeaksForWhoeverIssuedItJustBefore() {
        String text = "After a late meeting, the Security Council issued a statement on the nuclear test. "
                + "The statement noted that the council would take further measures.";
        assertEquals("Security Council", containing(Extracted.from(text), "further measures").speaker());
    }

    @Test
    void aTimePhraseBetweenSubjectAndVerbIsNoSpeaker() {
        String text = "Senator Ann Walsh opposed the plan. Walsh at the time said the budget could not carry it.";
        Quotation q = containing(Extracted.from(text), "budget could not");
        assertEquals("Ann Walsh", q.speaker());
        assertEquals("Walsh", q.speakerMention().of(text));
    }

    @Test
    void aRelativePronounBeforeACircumstanceSpeaksForItsAntecedent() {
        String text = "The mayor met Paul Greer, who has in the past described the tax as a burden on families.";
        Quotation q = containing(Extracted.from(text), "tax as a burden");
        assertEquals("Paul Greer", q.speaker());
        assertEquals("who", q.speakerMention().of(text));
    }

    @Test
    void aTownAndItsStateOpeningTheSentenceAreNoSpeaker() {
        String text = "Senator Ann Walsh opposed the plan. At a rally in Dayton, Ohio, on Sunday, Walsh went further, "
                + "saying it would raise taxes.";
        Quotation q = containing(Extracted.from(text), "raise taxes");
        assertEquals("Ann Walsh", q.speaker());
        assertEquals("Walsh", q.speakerMention().of(text));
    }

    @Test
    void aDatelineWithItsAgencyIsNoSpeaker() {
        String text = "Dayton, Ohio (Reuters) - Senator Ann Walsh visited the plant and said the jobs would stay in Ohio.";
        assertEquals("Ann Walsh", containing(Extracted.from(text), "jobs would stay").speaker());
    }

    @Test
    void aPronounOpeningTheSentenceIsTheSubjectOfItsParticipleThoughTheArticleWritesItInLowerCase() {
        String text = "Ann Walsh spoke first.\n\n\u201cNow is the time,\u201d she said.\n\nShe wrote to supporters on Monday, "
                + "saying that the plan was wrong.";
        Quotation q = containing(Extracted.from(text), "plan was wrong");
        assertEquals("Ann Walsh", q.speaker());
        assertEquals("She", q.speakerMention().of(text));
    }

    @Test
    void theStateAfterATownInAnInsertionIsNoSpeaker() {
        String text = "Senator Ann Walsh toured the state. Walsh, during a town hall meeting in Dayton, Ohio, said she would "
                + "close the plant.";
        assertEquals("Ann Walsh", containing(Extracted.from(text), "close the plant").speaker());
    }

    @Test
    void aNameInsideARelativeClauseIsNoSpeaker() {
        String text = "Mr. Paul Greer, whose latest company, Paradata, sells data to retailers, said the rules were unfair.";
        assertEquals("Paul Greer", containing(Extracted.from(text), "rules were unfair").speaker());
    }

    @Test
    void aPlaceAfterAVerbIsNoPersonAPronounCouldStandFor() {
        String text = "Hillary Clinton campaigned in the South on Monday. On Tuesday Trump won Virginia and Georgia by wide "
                + "margins. She said the results would not change her plans.";
        assertEquals("Hillary Clinton", containing(Extracted.from(text), "not change her plans").speaker());
    }

    @Test
    void aPronounInsideASentenceStandsForItsSubjectRatherThanTheLastSpeaker() {
        String text = "Senator John Walsh said the bill was dead. FBI Director James Comey coined the term last year when he "
                + "attributed the rise in crime to the police.";
        assertEquals("James Comey", containing(Extracted.from(text), "rise in crime").speaker());
    }

    @Test
    void aPronounAfterTheWordsItSaidDoesNotStandForTheirSubject() {
        String text = "Voter Joseph Hunter, 40, backed the mayor. Donald Trump is not a conservative, he said.";
        assertEquals("Joseph Hunter", containing(Extracted.from(text), "not a conservative").speaker());
    }

    @Test
    void aBuildingNamedForSomeoneIsNoPerson() {
        String text = "Donald Trump spoke on Monday. Reporters later gathered outside Trump Tower in the rain. Trump said the "
                + "wall would be built.";
        assertEquals("Donald Trump", containing(Extracted.from(text), "wall would be built").speaker());
    }

    @Test
    void aCapitalisedPluralOpeningTheSentenceIsAGroupNotAPerson() {
        Quotation q = containing(Extracted.from("The fire spread overnight. Meteorologists predict more wind on Saturday."),
                "more wind");
        assertEquals("meteorologists", q.speaker());
        assertEquals(SpeakerKind.ANONYMOUS, q.speakerKind());
    }

    @Test
    void aNameSetOffAfterARoleAfterTheCueIsTheSpeaker() {
        String text = "According to the El Paso mayor, Dee Margo, the gunman acted alone.";
        Quotation q = containing(Extracted.from(text), "gunman acted alone");
        assertEquals("Dee Margo", q.speaker());
        assertEquals("El Paso mayor", q.role());
        assertEquals("the El Paso mayor, Dee Margo", q.speakerMention().of(text));
    }

    @Test
    void herOwnPeopleAreTheirsWithoutTheWordOwn() {
        String text = "Senator Ann Walsh lost the vote. Her own aides said the campaign had run out of money.";
        assertEquals("Ann Walsh aides", containing(Extracted.from(text), "run out of money").speaker());
    }

    @Test
    void lastOpeningASentenceIsATimeNotASpeaker() {
        String text = "The contract with SpaceX is worth millions. Last year, SpaceX tested its Falcon Heavy rocket, "
                + "launching a car into space.";
        assertEquals("SpaceX", containing(Extracted.from(text), "car into space").speaker());
    }

    @Test
    void saidByTelephoneIsActiveAndKeepsItsSubject() {
        String text = "\"The rent has doubled in two years,\" Ms. Park said by telephone.";
        Quotation q = containing(Extracted.from(text), "rent has doubled");
        assertEquals("said", q.cue());
        assertEquals("Ms. Park", q.speakerMention().of(text));
    }

    @Test
    void aCueFollowedByItsAgentIsStillPassive() {
        String text = "The plan was praised by the mayor. The new figures reported by the agency show jobs fell sharply.";
        assertTrue(Extracted.from(text).stream().noneMatch(q -> q.text().contains("agency show")));
    }

    @Test
    void aSecondVerbAfterWhoSpeaksThroughTheRelativePronoun() {
        String text = "Volunteers met Ann Kowalski, who opened her door on Sunday and said she would vote for the mayor.";
        Quotation q = containing(Extracted.from(text), "vote for the mayor");
        assertEquals("Ann Kowalski", q.speaker());
        assertEquals("who", q.speakerMention().of(text));
    }

    @Test
    void aWhoInsideTheObjectLeavesTheSecondVerbToTheSubject() {
        String text = "Senator Tom Ortiz thanked the aides who left but said the campaign would go on without them.";
        Quotation q = containing(Extracted.from(text), "campaign would go on");
        assertEquals("Tom Ortiz", q.speaker());
    }

    @Test
    void aParticipleAfterByInAWhoClauseSpeaksThroughWho() {
        String text = "The governor met Mayor Ruth Evans, who surprised the council by declaring the budget was a disgrace.";
        Quotation q = containing(Extracted.from(text), "budget was a disgrace");
        assertEquals("Ruth Evans", q.speaker());
        assertEquals("who", q.speakerMention().of(text));
    }

    @Test
    void whoAfterARoleWithAGroupStandsForThePersonNotTheGroup() {
        String text = "The election is close, said Ivan Petrenko, a pollster with the governor's former party who "
                + "argued that turnout would decide the race.";
        Quotation q = containing(Extracted.from(text), "turnout would decide");
        assertEquals("Ivan Petrenko", q.speaker());
        assertEquals("who", q.speakerMention().of(text));
    }

    @Test
    void whoAfterADefiniteRoleInAppositionStandsForTheNamedPerson() {
        String text = "The plan was backed on Friday by Sen. Olga Marsh of Ohio, the ranking Democrat on the Senate "
                + "Budget Committee, who said the figures were sound.";
        assertEquals("Olga Marsh", containing(Extracted.from(text), "figures were sound").speaker());
    }

    @Test
    void aQuotationAfterANameAndAColonIsThatPersonsWords() {
        String text = "HOUSING COSTS CLIMB AGAIN - Daniel Okafor: \u201cRents in the region rose faster than wages for "
                + "the fourth straight year, our survey finds.\u201d\n\nMore from Okafor: \u201cThe gap is widest for "
                + "renters under thirty who moved within the last two years.\u201d";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals("Daniel Okafor", containing(quotes, "rose faster than wages").speaker());
        Quotation more = containing(quotes, "gap is widest");
        assertEquals("Daniel Okafor", more.speaker());
        assertEquals("Okafor", more.speakerMention().of(text));
    }

    @Test
    void aColonAfterAnOrdinaryPhraseNamesNoSpeaker() {
        String text = "The campaign moved on.\n\nThe rule was simple: \u201cNobody leaves the hall until every single "
                + "ballot has been counted twice.\u201d";
        assertEquals(null, containing(Extracted.from(text), "Nobody leaves").speaker());
    }

    @Test
    void aParagraphOpeningWithTheCueBeforeTheNameIntroducesTheQuotationAfterIt() {
        String text = "The council met on Monday.\n\nStated Marsh:\n\n\u201cI think the council has failed every "
                + "family in this city and it must answer for that failure.\u201d";
        Quotation q = containing(Extracted.from(text), "failed every family");
        assertEquals("Marsh", q.speakerMention().of(text));
    }

    @Test
    void aSubjectWithAWhoClauseSpeaksRatherThanTheNameInsideTheClause() {
        List<Quotation> quotes = Extracted.from("Voters who like Jones said they would return in the spring. "
                + "Current and former officials who spoke with The Daily Post said the agency had lost its way. "
                + "Ann Roe, who lost her job in Aurora, Colorado, in July, said the plant had been unfair.");
        assertEquals("Voters", containing(quotes, "return in the spring").speaker());
        assertTrue(containing(quotes, "lost its way").speaker().endsWith("officials"));
        assertEquals("Ann Roe", containing(quotes, "plant had been unfair").speaker());
    }

    @Test
    void aWhoClauseInAnOpeningPhraseLeavesTheSubjectAfterIt() {
        List<Quotation> quotes = Extracted.from("After meeting voters who like Jones, Smith said the tour had gone well. "
                + "After meeting Jones, who was ill, Smith said the visit had been short.");
        assertEquals("Smith", containing(quotes, "tour had gone well").speaker());
        assertEquals("Smith", containing(quotes, "visit had been short").speaker());
    }

    @Test
    void aHeadingInCapitalsBeforeAColonIsNoSpeakerLabel() {
        String text = "BYLINE: Dana Whitfield\n\nCORRECTION: An earlier version of this article misstated the date of the "
                + "council vote on the harbour plan.\n\nSTAT OF THE WEEK: Four million dollars went to the harbour plan "
                + "in grants from the state this year.\n\nMARSH: Well, the harbour plan will pay for itself within a decade.";
        List<Quotation> quotes = Extracted.from(text);
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("MARSH", quotes.getFirst().speaker());
    }

    @Test
    void anOpeningParticiplePhraseIsNoSubjectBeforeTheNameAfterIt() {
        String text = "The diner was full. Making her way around the Blue Spoon, Mayor Ruth Evans, thanked a diner for "
                + "wearing one of her buttons.";
        assertEquals("Ruth Evans", containing(Extracted.from(text), "wearing one of her buttons").speaker());
    }

    @Test
    void aCapitalisedRaceBeforeATitleAndANameIsNoSpeakerOfItsOwn() {
        List<Quotation> quotes = Extracted.from("The debate went on. Republican Presidential hopeful Sen. Tom Reyes was "
                + "also critical of the plan, telling reporters the budget would fail. Democratic front-runner Ann Roe "
                + "was blunt, telling voters the plan would cost too much.");
        assertEquals("Tom Reyes", containing(quotes, "budget would fail").speaker());
        assertEquals("Ann Roe", containing(quotes, "cost too much").speaker());
    }

    @Test
    void aTitleAfterFromOpensTheSendersNameSoTheThingSentIsNoPartOfTheRole() {
        String text = "The city received a letter from Mayor Ann Walsh. Walsh said the pier was unsafe.";
        Quotation q = containing(Extracted.from(text), "pier was unsafe");
        assertEquals("Ann Walsh", q.speaker());
        assertEquals("Mayor", q.role());
    }

    @Test
    void whatComesFromABodyIsTheBodysNotANameOfItsOwn() {
        String text = "Data from the Harbor Safety Board showed the pier was unsafe.";
        assertEquals("the Harbor Safety Board", containing(Extracted.from(text), "pier was unsafe").speaker());
    }

    @Test
    void aSpanOfTimeBetweenSubjectAndVerbIsNoSpeaker() {
        Quotation q = containing(Extracted.from("When Ann Roe a month later announced that the mill would close, the town "
                + "was stunned."), "mill would close");
        assertEquals("Ann Roe", q.speaker());
        String text = "The council less than two weeks ago said that the bridge was unsafe.";
        assertEquals("The council", containing(Extracted.from(text), "bridge was unsafe").speakerMention().of(text));
    }

    @Test
    void aNameBeforeASetOffAffiliationSpeaksWithTheDescriptionAsRole() {
        Quotation q = Extracted.from("Maria Lund, of the Daily Courier, one of the owner's three daughters, wrote, "
                + "\"She built this paper from nothing.\"").getFirst();
        assertEquals("Maria Lund", q.speaker());
        assertEquals("one of the owner's three daughters", q.role());
    }

    @Test
    void aSubjectBeforeHavingAndTheCueSpeaks() {
        Quotation q = containing(Extracted.from("Most observers expected a landslide, with pollster Ruth Amell having "
                + "predicted that the governor would win every county."), "every county");
        assertEquals("Ruth Amell", q.speaker());
        assertEquals("pollster", q.role());
    }

    @Test
    void theyStandsForTheGroupThatIsTheSubjectOfItsOwnSentence() {
        Quotation q = containing(Extracted.from("Jim Hale said the harbour was safe. On Monday, Harbour Board officials went to "
                + "the pier, where they claimed that the ferry had been sabotaged. The investigators inspected the hull and "
                + "they found that it had been cut."), "sabotaged");
        assertEquals("Harbour Board officials", q.speaker());
        assertEquals("The investigators", containing(Extracted.from("Jim Hale said the harbour was safe. The investigators "
                + "inspected the hull and they found that it had been cut."), "had been cut").speaker());
    }

    @Test
    void anObjectPronounAfterAccordingToStandsForThePersonBefore() {
        Quotation q = containing(Extracted.from("Army spokesman Ali Noor said the convoy had been hit. According to him, "
                + "three trucks were destroyed."), "three trucks");
        assertEquals("Ali Noor", q.speaker());
    }

    @Test
    void armedForcesAreABodyThatTheyStandsFor() {
        Quotation q = containing(Extracted.from("The Chilean Armed Forces said on Sunday that 26 soldiers were infected. "
                + "They said the soldiers were moved to the south."), "moved to the south");
        assertEquals("Chilean Armed Forces", q.speaker());
    }

    @Test
    void aCircumstanceSetOffAfterTheNameIsNoRole() {
        Quotation q = containing(Extracted.from("Ann Roe, while campaigning in Ohio, called the plan \"a disgrace.\""),
                "disgrace");
        assertEquals("Ann Roe", q.speaker());
        assertEquals(null, q.role());
    }

    @Test
    void wordsBeforeABareHonorificAreNoRole() {
        Quotation q = containing(Extracted.from("The deficit would grow. The sharpest critic of Mr. Tom Hale, meanwhile, "
                + "stayed silent. Mr. Hale said the cuts were fair."), "cuts were fair");
        assertEquals("Tom Hale", q.speaker());
        assertEquals(null, q.role());
    }

    @Test
    void theNounBeforeAReducedRelativeClauseSpeaksNotTheClausesSubject() {
        Quotation q = containing(Extracted.from("Many of the farmers the Herald interviewed said the drought had ruined "
                + "them."), "drought");
        assertEquals("the farmers", q.speaker());
        Quotation hired = containing(Extracted.from("The lawyers she hired said the contract was void."), "contract");
        assertEquals("The lawyers", hired.speaker());
    }

    @Test
    void aRulingReadLaterIsTheCourtsThoughCalledADecision() {
        Quotation q = containing(Extracted.from("The Supreme Court of Ruritania issued a ruling on the election on Monday. "
                + "The court found that it could rule on the count. The court sits in the capital. Its president is Ana Vell."
                + "\n\nThe summary of the decision read: \"The count was unlawful and is void.\""), "count was unlawful");
        assertEquals("Supreme Court of Ruritania", q.speaker());
    }

    @Test
    void aNounInsideACompoundPrepositionIsNoPartOfTheName() {
        Quotation q = containing(Extracted.from("Hundreds gathered in front of the High Court of Ruritania, which said on "
                + "Friday that the count would be repeated."), "count would be repeated");
        assertEquals("High Court of Ruritania", q.speaker());
    }

    @Test
    void aNameWithALowerCaseParticleIsStillAName() {
        Quotation q = containing(Extracted.from("Egypt's current President Abdel Fattah al-Sisi announced three days of "
                + "national mourning."), "mourning");
        assertEquals("Abdel Fattah al-Sisi", q.speaker());
        assertEquals("Egypt's current President", q.role());
    }

    @Test
    void theRoleSetOffBeforeTheSpeakersNameIsNotTheirWords() {
        List<Quotation> quotes = Extracted.from("The city's security chief, Omar Haddad, announced on Facebook on Tuesday "
                + "there were suspects in custody.");
        assertTrue(quotes.stream().noneMatch(q -> q.text().contains("security chief")), quotes.toString());
    }

    @Test
    void anOrganisationsNameHoldsTheWordsItJoinsWithAnd() {
        assertEquals("Department of Roads and Public Works", Extracted.from("The Department of Roads and Public Works said "
                + "the bridge would reopen in June.").getFirst().speaker());
        assertEquals("Bread and Roses Party", Extracted.from("The Bread and Roses Party said it would back the ticket.")
                .getFirst().speaker());
        assertEquals("Centers for Harbour Safety and Prevention", Extracted.from("The Centers for Harbour Safety and "
                + "Prevention estimates that one pier in ten is unsafe.").getFirst().speaker());
        assertEquals("Bureau of Mines, Forests and Rivers", Extracted.from("The Bureau of Mines, Forests and Rivers said "
                + "the dam had held.").getFirst().speaker());
        Quotation two = Extracted.from("Lena Park of the University of Ruritania and Professor Ivo Marek concluded that "
                + "the dam had held.").getFirst();
        assertEquals("Ivo Marek", two.speaker());
    }

    @Test
    void itStandsForTheBodyThatIsTheSubjectAfterAnOpeningPhrase() {
        Quotation q = containing(Extracted.from("On June 27, the Harbour Workers Union held its first congress. It said the "
                + "strike would go on."), "strike would go on");
        assertEquals("Harbour Workers Union", q.speaker());
    }

    @Test
    void theRoleBeforeANameHoldsNeitherAnotherPersonsNameNorTheHonorific() {
        Quotation q = containing(Extracted.from("A new poll shows Senate candidate Mary Ostrom leading Governor Paul Dunn "
                + "by four points. Dunn said the poll was wrong."), "poll was wrong");
        assertEquals("Paul Dunn", q.speaker());
        assertEquals("Governor", q.role());
        Quotation dr = containing(Extracted.from("Harbour University professor Dr Lena Park said the water was clean."),
                "water was clean");
        assertEquals("Harbour University professor", dr.role());
    }

    @Test
    void theLastTwoWordsAfterATitlesBodyAreTheHoldersName() {
        Quotation q = Extracted.from("Minister of Fisheries Tarek Osman said the quota would be cut.").getFirst();
        assertEquals("Tarek Osman", q.speaker());
        assertEquals("Minister of Fisheries", q.role());
        Quotation body = Extracted.from("The director of the Harbour Medicine Center said the clinic would close.").getFirst();
        assertTrue(body.speaker().contains("Harbour Medicine Center"), body.speaker());
    }

    @Test
    void aSubjectAfterAnOpeningPhraseSpeaksAcrossAnInsertionBetweenDashes() {
        Quotation q = containing(Extracted.from("In an interview, Lena Park - his sister and co-host on his show - told the "
                + "Herald that the station would close."), "station would close");
        assertEquals("Lena Park", q.speaker());
    }

    @Test
    void aPluralGroupSpeaksThroughTheAuxiliaryBeforeTheCue() {
        Quotation q = containing(Extracted.from("Already, 520 delegates have publicly said they back the mayor."), "back the mayor");
        assertEquals("520 delegates", q.speaker());
    }

    @Test
    void hereOrThereBetweenASubjectAndItsCueIsNoPartOfEither() {
        Quotation q = containing(Extracted.from("The fishermen there said the harbour had been closed for a week."),
                "harbour had been closed");
        assertEquals("The fishermen", q.speaker());
    }

    @Test
    void anAppositiveRunsOnAcrossATownsStateAfterAQuotation() {
        Quotation q = Extracted.from("\"The market is weak,\" Tom Baker, a broker based in Tampa, Fla., said.").getFirst();
        assertEquals("Tom Baker", q.speaker());
        assertEquals("broker based in Tampa, Fla.", q.role());
    }

    @Test
    void aRelativeClauseAfterATownsStateStillLeadsToTheNameBefore() {
        Quotation q = Extracted.from("Paul Porter, a truck driver from Ava, Mo., who drives for the union, said the "
                + "market was weak.").getFirst();
        assertEquals("Paul Porter", q.speaker());
        assertEquals("truck driver from Ava, Mo.", q.role());
    }

    @Test
    void anAgeSetOffByCommasIsNoRole() {
        Quotation q = Extracted.from("\"The market is weak,\" Jacob Stone, 24, told reporters.").getFirst();
        assertEquals("Jacob Stone", q.speaker());
        assertEquals(null, q.role());
        Quotation relative = Extracted.from("\"The plan is weak,\" Tom Baker, 56, who has served on the council for a "
                + "decade, told reporters.").getFirst();
        assertEquals("Tom Baker", relative.speaker());
        assertEquals(null, relative.role());
    }

    @Test
    void aGroupBeforeTheParticiplePhraseThatTellsWhichOfThemSpeaks() {
        Quotation q = Extracted.from("Voters interviewed at the rally said they had no problem with the plan.").getFirst();
        assertEquals("Voters", q.speaker());
        assertEquals("they had no problem with the plan", q.text());
    }

    @Test
    void theRelativeOpeningAClauseIsNoPartOfTheGroupThatSpeaksInIt() {
        Quotation q = Extracted.from("Drones set fire to a processing plant and an oil field, which state media said were "
                + "under control.").getFirst();
        assertEquals("state media", q.speaker());
    }

    @Test
    void aTimeZoneAfterAClockTimeNamesNoOne() {
        List<Quotation> quotes = Extracted.from("By 5:00 pm EDT (2100 UTC) the city issued an advisory of water outages "
                + "and stated the department had located the problem.");
        assertFalse(quotes.stream().anyMatch(q -> "EDT".equals(q.speaker()) || "UTC".equals(q.speaker())), quotes::toString);
    }

    @Test
    void aCompanysFirstWordAloneStandsForTheCompanyNamedInFullBefore() {
        List<Quotation> quotes = Extracted.from("On Friday Ford Motor Company announced a probe. Ford said in a filing that "
                + "the probe started in February.", java.time.LocalDate.of(2019, 4, 28));
        Quotation filing = containing(quotes, "started in February");
        assertEquals("Ford Motor Company", filing.speaker());
        assertEquals(java.time.LocalDate.of(2019, 4, 26), filing.date());
    }
}
