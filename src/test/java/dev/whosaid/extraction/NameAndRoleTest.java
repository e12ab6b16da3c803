package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a speaker's name ends and the role written with it begins. */
class NameAndRoleTest {

    @Test
    void aCoWordOpeningTheSentenceIsTheRoleNotPartOfTheName() {
        Quotation q = containing(Extracted.from("Co-author Mei-Ling Tsai said the results were \"far better than we had "
                + "hoped.\""), "far better");
        assertEquals("Mei-Ling Tsai", q.speaker());
        assertEquals("Co-author", q.role());
    }

    @Test
    void aWordTheArticleWritesInLowerCaseBeforeAGivenNameIsTheRole() {
        Quotation q = containing(Extracted.from("The drive found many a voter undecided. Voter Sarah Lam said she \"could "
                + "not choose between them.\""), "could not choose");
        assertEquals("Sarah Lam", q.speaker());
        assertEquals("Voter", q.role());
    }

    @Test
    void aNounForAPersonOpeningTheSentenceIsTheRole() {
        Quotation q = containing(Extracted.from("Glaciologist Rosa Ferreira Lind said the ice shelf \"is thinning from "
                + "below.\""), "thinning from below");
        assertEquals("Rosa Ferreira Lind", q.speaker());
        assertEquals("Glaciologist", q.role());
    }

    @Test
    void aGivenNameBeforeAnInitialStaysInTheName() {
        Quotation q = containing(Extracted.from("Oliver K. Hedge said the course \"was never full.\""), "never full");
        assertEquals("Oliver K. Hedge", q.speaker());
    }

    @Test
    void aGivenNameOpeningTheSentenceStaysInTheName() {
        Quotation q = containing(Extracted.from("The rich and the poor alike came. Rich Bowen said the plan \"is working.\""),
                "is working");
        assertEquals("Rich Bowen", q.speaker());
    }

    @Test
    void aNameSetOffAfterADescriptionSpeaksWithTheDescriptionAndItsTitleAsRole() {
        Quotation q = containing(Extracted.from("The team's lead author, doctoral candidate Rosa Delgado, said the data "
                + "\"speak for themselves.\""), "speak for themselves");
        assertEquals("Rosa Delgado", q.speaker());
        assertEquals("team's lead author, doctoral candidate", q.role());
    }

    @Test
    void aNameWithAnAffiliationSetOffAfterAnotherSpeakerNounSpeaks() {
        Quotation q = containing(Extracted.from("Another pollster, Dan Reese of Clemson University, said the race \"is "
                + "tightening fast.\""), "tightening");
        assertEquals("Dan Reese", q.speaker());
        assertEquals("pollster of Clemson University", q.role());
    }

    @Test
    void aNameSetOffAfterAGroupIsNotGivenTheGroupAsRole() {
        Quotation q = containing(Extracted.from("The delegate on the Cruz slate, Jim Baker, said he was \"leaning toward "
                + "the senator.\""), "leaning toward");
        assertEquals("Jim Baker", q.speaker());
        assertEquals(null, q.role());
    }

    @Test
    void aNameSetOffAfterARoleOwnedByAPlaceInSSpeaksAfterAccordingTo() {
        Quotation q = containing(Extracted.from("According to Little Falls' first selectman, Maria Costa, the bridge will "
                + "reopen on Monday."), "bridge will reopen");
        assertEquals("Maria Costa", q.speaker());
        assertEquals("Little Falls' first selectman", q.role());
    }

    @Test
    void aPersonAtAPlaceSpeaksNotThePlace() {
        Quotation q = containing(Extracted.from("Dr. Helen Marsh at Saint Agnes said the patients \"are recovering well.\""),
                "recovering well");
        assertEquals("Helen Marsh", q.speaker());
        assertEquals("Saint Agnes", q.role());
    }

    @Test
    void aTitledPersonOfABodyWithOfInItsNameSpeaksWithTitleAndBodyAsRole() {
        Quotation q = containing(Extracted.from("Commissioner Daniel Frey of the Vermont Department of Public Safety said "
                + "the roads \"are now clear.\""), "now clear");
        assertEquals("Daniel Frey", q.speaker());
        assertEquals("Commissioner of the Vermont Department of Public Safety", q.role());
    }

    @Test
    void aLongBodyAfterAPersonAfterTheCueIsReadWhole() {
        Quotation q = containing(Extracted.from("\"We are ready for the storm,\" said Commissioner Daniel Frey of the "
                + "Vermont Department of Public Safety."), "ready for the storm");
        assertEquals("Daniel Frey", q.speaker());
        assertEquals("Commissioner of the Vermont Department of Public Safety", q.role());
    }

    @Test
    void aBodyWithOfInItsNameStaysOneBody() {
        Quotation q = containing(Extracted.from("According to the National Conference of State Legislatures, the rules "
                + "have changed in twelve states."), "rules");
        assertEquals("National Conference of State Legislatures", q.speaker());
    }

    @Test
    void aSurnameThatNamesAPlaceAfterAGivenNameIsPartOfThePersonsName() {
        Quotation q = containing(Extracted.from("Representative Ann Israel said the bill \"is dead in committee.\""),
                "dead in committee");
        assertEquals("Ann Israel", q.speaker());
        assertEquals("Representative", q.role());
    }

    @Test
    void aSurnameThatIsATitleAfterAGivenNameAndInitialIsPartOfThePersonsName() {
        Quotation q = containing(Extracted.from("Senator Mary K. Prince of Ohio said the vote \"will be close.\""),
                "will be close");
        assertEquals("Mary K. Prince", q.speaker());
        assertEquals("Senator of Ohio", q.role());
    }

    @Test
    void aNameSetOffAfterOneOfSeveralSpeaksWithItsTitle() {
        Quotation q = containing(Extracted.from("One of the survey's authors, coastal ecology lecturer Tom Hale, said the "
                + "reef \"is recovering slowly.\""), "recovering slowly");
        assertEquals("Tom Hale", q.speaker());
        assertEquals("One of the survey's authors, coastal ecology lecturer", q.role());
    }

    @Test
    void aSurnameThatNamesAPlaceAfterATradeAndANameIsPartOfThePersonsName() {
        Quotation q = containing(Extracted.from("Actor Zephan Washington, who paid for the school, stated \"He was a kind "
                + "teacher.\""), "kind teacher");
        assertEquals("Zephan Washington", q.speaker());
        assertEquals("Actor", q.role());
    }

    @Test
    void aPersonsNounOfTheWritingBeforeTheNameIsTheRoleAndAnInterviewKeepsIt() {
        List<Quotation> quotes = Extracted.from("Lead author of the report Ann Roe said it was late. Researcher and "
                + "co-author of the study Thomas Rivinius told Wikinews the inner star is close.\n\n((WN)) What prompted "
                + "your interest?\n\n((Thomas Rivinius)) Oh, astronomy in general. That is a long story.");
        assertEquals("Researcher and co-author of the study", containing(quotes, "inner star").role());
        assertEquals("Researcher and co-author of the study", containing(quotes, "astronomy in general").role());
        assertEquals("Ann Roe", containing(quotes, "was late").speaker());
        assertEquals("Lead author of the report", containing(quotes, "was late").role());
    }

    @Test
    void twoNounsForThePersonJoinedByAndAreOneRoleGivenInNarrationToo() {
        List<Quotation> quotes = Extracted.from("Wikinews caught up with postdoctoral researcher and study co-author Natasha "
                + "Roe to learn more. Roe said the colony was shrinking. Retired FBI agent and terrorism specialist Ali "
                + "Soufan said the threat was real.");
        assertEquals("researcher and study co-author", containing(quotes, "colony").role());
        assertEquals("Retired FBI agent and terrorism specialist", containing(quotes, "threat").role());
    }

    @Test
    void aNounForAnOfficeAfterForOrAnOwnerJoinsNoSecondRole() {
        List<Quotation> quotes = Extracted.from("The party nominated Rocky Fuente for president and rapper Kanye West for "
                + "vice president. West said he was ready. \"It is a joke,\" said Freddy Ortega, German's brother and "
                + "fellow comedian.");
        Quotation ready = containing(quotes, "was ready");
        assertEquals("Kanye West", ready.speaker());
        assertFalse(ready.role() != null && ready.role().contains("president"), ready::toString);
        assertEquals("Freddy Ortega", containing(quotes, "a joke").speaker());
    }

    @Test
    void anOfficeToAPlaceBeforeANameIsTheRoleOfThatName() {
        List<Quotation> quotes = Extracted.from("According to Afghan Ambassador to the United States Hamdullah Mohib, the "
                + "team shows progress. Ambassador to Germany Pia Lund said the visit went well.");
        Quotation progress = containing(quotes, "shows progress");
        assertEquals("Hamdullah Mohib", progress.speaker());
        assertEquals("Afghan Ambassador to the United States", progress.role());
        assertEquals("Pia Lund", containing(quotes, "went well").speaker());
    }

    @Test
    void aRoleInARelativeClauseOfBeingSetOffByDashesIsThePersonsInAnInterview() {
        List<Quotation> quotes = Extracted.from("Aparna Garg — who has been the Divisional Railway Manager (DRM) for Mysore "
                + "Division for almost a year — led the event.\n\n((WN)) How rare is it?\n\n((Aparna Garg)) Yeah, it is "
                + "really rare. We are in a campaign.");
        assertEquals("Divisional Railway Manager", containing(quotes, "really rare").role());
    }

    @Test
    void aDoersNounSetOffInNarrationIsTheRoleUpToAnInfinitiveOfPurpose() {
        List<Quotation> quotes = Extracted.from("Wikinews also reached out to Philipp Hagemeister, a former maintainer and "
                + "contributor of the project to discuss this takedown.\n\n((WN)) When did you start?\n\n((Philipp "
                + "Hagemeister)) In 2011, I think. It was fun.");
        assertEquals("former maintainer and contributor of the project", containing(quotes, "2011").role());
    }

    @Test
    void aWeekdayBeforeANameIsNoPartOfItAndTwoOfficesJoinedMakeOneTitle() {
        List<Quotation> quotes = Extracted.from("On Friday Ford Motor Company announced the inquiry had begun. This "
                + "Wednesday Greek Foreign Minister George Katrougalos emphasized the need for approval. In a letter, PG&E "
                + "President and CEO Andy Vesey said the firm was working on it.");
        assertEquals("Ford Motor Company", containing(quotes, "inquiry").speaker());
        assertEquals("Greek Foreign Minister", containing(quotes, "approval").role());
        assertEquals("PG&E President and CEO", containing(quotes, "working on it").role());
    }

    @Test
    void aTitledPersonOfABodySpeaksThoughTheGivenNameIsUnknown() {
        Quotation q = Extracted.from("According to Chief Superintendent Graciano Mijares of the regional police, the "
                + "deaths are fourteen.").getFirst();
        assertEquals("Graciano Mijares", q.speaker());
        assertEquals("Chief Superintendent of the regional police", q.role());
    }

    @Test
    void aMonthAfterAKnownGivenNameIsASurname() {
        Quotation q = Extracted.from("Prime Minister Theresa May said the deal was done.").getFirst();
        assertEquals("Theresa May", q.speaker());
        assertEquals("Prime Minister", q.role());
    }

    @Test
    void onlyANounForAPersonHeadsARoleSetOffAfterAName() {
        Quotation maintainer = Extracted.from("According to Ann Roe, the maintainer of the project, the rise will slow.")
                .getFirst();
        assertEquals("maintainer of the project", maintainer.role());
        assertEquals("the rise will slow", maintainer.text());
        assertEquals(null, Extracted.from("The rise will slow, said Ann Roe, the subject of the report.").getFirst().role());
        assertEquals(null, containing(Extracted.from("Ann Roe, a disaster for the party, arrived late. Roe said it was "
                + "over."), "over").role());
    }

    @Test
    void oneOfAGroupSetOffAfterANameIsTheRole() {
        Quotation q = Extracted.from("\"We will win,\" said Ann Roe, one of the organizers of the rally.").getFirst();
        assertEquals("one of the organizers of the rally", q.role());
        Quotation narrated = containing(Extracted.from("Wikinews reached out to Sergey Markov, one of the maintainers of "
                + "the script. Markov said he would not comment."), "not comment");
        assertEquals("one of the maintainers of the script", narrated.role());
    }
}
