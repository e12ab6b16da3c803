package dev.whosaid.extraction;

import static dev.whosaid.extraction.Extracted.anyContaining;
import static dev.whosaid.extraction.Extracted.containing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void whatSomeoneCalledSomethingInQuotesIsTheirWordsNotATitle() {
        Quotation q = containing(Extracted.from(
                "The tax plan became what Senator Ann Cole called “a gift to the wealthy” in a speech on Monday."),
                "gift to the wealthy");
        assertEquals("a gift to the wealthy", q.text());
        assertEquals("Ann Cole", q.speaker());
        assertEquals("called", q.cue());
    }

    @Test
    void aQuotedNameAfterWhichEndsWhereItsQuotationCloses() {
        Quotation q = containing(Extracted.from("The city spent $40 million on the stadium, which Governor Ellen Park"
                + " called \"a waste of money,\" blaming the previous mayor."), "waste of money");
        assertEquals("a waste of money,", q.text());
        assertEquals("Ellen Park", q.speaker());
    }

    @Test
    void aQuotedNameClosingOnACommaEndsTheObjectOfCalled() {
        Quotation q = containing(Extracted.from("The union leader called the contract “a historic win,” a rare note of"
                + " praise from a longtime critic."), "historic win");
        assertEquals("the contract “a historic win,", q.text());
    }

    @Test
    void aSecondActAfterTheQuotedNameIsNoPartOfTheNaming() {
        List<Quotation> quotes = Extracted.from(
                "Mayor Tom Rivers called the plan \"a disaster\" and warned that taxes would rise.");
        assertEquals("the plan \"a disaster", containing(quotes, "disaster").text());
        assertEquals("that taxes would rise", containing(quotes, "taxes would rise").text());
    }

    @Test
    void aClauseTellingMoreOfTheQuotedNameStaysInTheContent() {
        Quotation q = containing(Extracted.from("The governor called the audit “a political stunt” that was timed to"
                + " hurt her campaign."), "political stunt");
        assertEquals("the audit “a political stunt” that was timed to hurt her campaign", q.text());
    }

    @Test
    void callingForSomethingQuotedIsACallNotANaming() {
        Quotation q = containing(Extracted.from("The senator called for a “full and open” inquiry into the hospital's"
                + " finances."), "full and open");
        assertEquals("a “full and open” inquiry into the hospital's finances", q.text());
    }

    @Test
    void aWorkCalledByItsTitleIsNoOnesWords() {
        assertFalse(anyContaining(Extracted.from(
                "The band is recording a new album called “Tough Roads” with a producer from Nashville."), "Tough Roads"));
    }
}
