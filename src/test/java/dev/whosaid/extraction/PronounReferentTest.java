package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whom a surname or a pronoun stands for, where the article names several people it could. */
class PronounReferentTest {

    @Test
    void aSurnameSharedWithARelativeStandsForThePersonTheArticleIsAbout() {
        String text = "Marta Kessel, 54, has run the bakery on Dock Street for thirty years. Kessel and her husband, Paul Kessel, "
                + "opened it in a rented garage. The town council wants the street closed to cars next spring. "
                + "Customers still queue outside every morning. "
                + "Kessel said the closure would ruin the business.";
        assertEquals("Marta Kessel", containing(Extracted.from(text), "ruin the business").speaker());
    }

    @Test
    void aSurnameRightAfterTheRelativeIsNamedStandsForTheRelative() {
        String text = "Marta Kessel runs the bakery. Her husband, Paul Kessel, keeps the accounts. "
                + "Kessel said the rent had doubled.";
        assertEquals("Paul Kessel", containing(Extracted.from(text), "rent had doubled").speaker());
    }

    @Test
    void aSurnameSharedWithASonNamedInARoleStandsForTheParent() {
        String text = "Senator Ray Holm met voters in Dover on Monday. Holm's son Eric Holm sits on the board of a "
                + "shipping firm. Eric has not commented. The campaign is in its last week. "
                + "Holm said he would vote against the harbour tax.";
        assertEquals("Ray Holm", containing(Extracted.from(text), "harbour tax").speaker());
    }

    @Test
    void anHonorificRulesOutAPersonOfTheOtherGenderWithTheSurname() {
        String text = "Omar Farouk and Nadia Farouk have run the corner shop in Leeds since 1998. "
                + "Mr. Farouk said the council had ignored them.";
        assertEquals("Omar Farouk", containing(Extracted.from(text), "ignored them").speaker());
    }

    @Test
    void aPronounAfterAPossessiveSubjectStandsForThePersonNamedAfterIt() {
        String text = "Senator Ray Holm spoke in Dover on Monday. Holm's campaign manager, Lena Brandt, went on the radio "
                + "and outlined how she thinks the campaign could still win the state.";
        assertEquals("Lena Brandt", containing(Extracted.from(text), "could still win the state").speaker());
    }

    @Test
    void aPronounGoesOnWithTheOneOpeningItsSentenceNotWithAPersonNamedBetween() {
        String text = "Governor Alan Marsh has served two terms in Salem. His views have clashed with those of party "
                + "leaders such as Peter Quill and Ann Roe; he has openly come out against the new harbour tax.";
        assertEquals("Alan Marsh", containing(Extracted.from(text), "against the new harbour tax").speaker());
    }

    @Test
    void aPronounDoesNotStandForThePersonItSpeaksTo() {
        String text = "At a meeting in Salem, grower Tom Baker told Senator Alan Marsh that he drove two hours to ask about "
                + "the drought. Marsh sponsored a drought bill this year. \"We have had no rain since May,\" he told Marsh.";
        assertEquals("Tom Baker", containing(Extracted.from(text), "no rain since May").speaker());
    }

    @Test
    void itStandsForABodyNamedAfterTwoOpeningPhrases() {
        String text = "The storm damaged the old pier last winter. On Friday, at its annual meeting in Salem, the Harbour "
                + "Trust elected a new board. It said the repairs would cost more than the town could raise.";
        assertEquals("Harbour Trust", containing(Extracted.from(text), "repairs would cost").speaker());
    }

    @Test
    void aSentenceOpeningPronounGoesOnWithThePreviousSubjectWhereOnlyAGroupOrDescriptionSpokeThere() {
        String text = "Mary Jones, who runs the bakery, said business had dropped. \"People are scared,\" she said. "
                + "Robin Keller, the organist at the church on Elm Street, planted roses there last spring, a neighbour "
                + "said. Now, she said, the two congregations rarely meet.";
        assertEquals("Robin Keller", containing(Extracted.from(text), "congregations rarely meet").speaker());
    }

    @Test
    void aPronounGoesOnWithTheClausesSubjectNotWithTheAgentOfAPassive() {
        String text = "Former aide Tom Baker stood on the stage while the motorcade passed. It was the first time Baker had "
                + "spoken in public since he was pardoned by Governor Alan Marsh. He said \"That is quite a sight for a "
                + "Sunday.\"";
        assertEquals("Tom Baker", containing(Extracted.from(text), "quite a sight").speaker());
    }

    @Test
    void anOpeningPhraseWithViaHoldsNoSubject() {
        String text = "The storm damaged the old pier last winter. On Friday, via video link, the Harbour Trust elected a "
                + "new board. It said the repairs would cost more than the town could raise.";
        assertEquals("Harbour Trust", containing(Extracted.from(text), "repairs would cost").speaker());
    }

    @Test
    void aPronounAfterALeadingConjunctionGoesOnWithThePreviousSubject() {
        String text = "Tom Baker lost the race in Salem to Governor Alan Marsh and the race in Dover to Mayor Peter Quill. "
                + "But his campaign said it would ask for a recount in both towns.";
        assertEquals("Tom Baker campaign", containing(Extracted.from(text), "recount").speaker());
    }
}
