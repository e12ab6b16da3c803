package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate SUNDAY = LocalDate.of(2018, 7, 8);

    private static LocalDate dateOf(String text, LocalDate articleDate) {
        return Extracted.from(text, articleDate).getFirst().date();
    }

    @Test
    void saidSaturdayInASundayArticleIsTheDayBefore() {
        assertEquals(LocalDate.of(2018, 7, 7), dateOf("The talks went well, Mary Jones said Saturday.", SUNDAY));
    }

    @Test
    void saidSaturdayInASaturdayArticleIsTheSameDay() {
        assertEquals(LocalDate.of(2018, 7, 7), dateOf("The talks went well, Mary Jones said Saturday.", LocalDate.of(2018, 7, 7)));
    }

    @Test
    void onFridayIsTheLastFridayBeforeTheArticle() {
        assertEquals(LocalDate.of(2018, 7, 6), dateOf("Mary Jones said on Friday that the talks went well.", SUNDAY));
    }

    @Test
    void yesterdayIsTheDayBefore() {
        assertEquals(LocalDate.of(2018, 7, 7), dateOf("Mary Jones said yesterday that the talks went well.", SUNDAY));
    }

    @Test
    void lastMonthIsAMonthBefore() {
        assertEquals(LocalDate.of(2018, 6, 8), dateOf("Mary Jones said last month that the talks went well.", SUNDAY));
    }

    @Test
    void withoutTimeWordsTheArticleDateHolds() {
        assertEquals(SUNDAY, dateOf("Mary Jones said that the talks went well.", SUNDAY));
    }

    @Test
    void withoutAnArticleDateTheDateIsUnknown() {
        assertNull(dateOf("Mary Jones said Saturday that the talks went well.", null));
    }

    @Test
    void anExplicitMonthAndDayIsThatDayOfTheArticlesYear() {
        assertEquals(LocalDate.of(2018, 7, 5), dateOf("Mary Jones said on July 5 that the talks went well.", SUNDAY));
    }

    @Test
    void aMonthAndDayAfterTheArticleDateIsOfTheYearBefore() {
        assertEquals(LocalDate.of(2017, 12, 12), dateOf("Mary Jones said on Dec. 12 that the talks went well.", SUNDAY));
    }

    @Test
    void anExplicitYearIsKept() {
        assertEquals(LocalDate.of(2016, 9, 12), dateOf("Mary Jones said on Sept. 12, 2016, that the talks went well.", SUNDAY));
    }

    @Test
    void theDayMayStandBeforeTheMonth() {
        assertEquals(LocalDate.of(2018, 7, 2), dateOf("Mary Jones said on 2 July that the talks went well.", SUNDAY));
    }

    @Test
    void theModalMayIsNoMonth() {
        assertEquals(SUNDAY, dateOf("Mary Jones said the talks may 2 weeks late.", SUNDAY));
    }

    @Test
    void aTimePhraseOpeningTheSentenceDatesItsStatement() {
        assertEquals(LocalDate.of(2018, 7, 6), dateOf(
                "On Friday, in a video message posted to his followers, the transport minister Ali Reza said the roads would reopen.",
                SUNDAY));
    }

    @Test
    void timeWordsOfTheContentDoNotDateTheStatement() {
        assertEquals(SUNDAY, dateOf("Mary Jones said the vote is on Tuesday.", SUNDAY));
    }

    @Test
    void timeWordsOfARelativeClauseAboutTheSpeakerDoNotDateTheStatement() {
        assertEquals(SUNDAY, dateOf("Mary Jones, who was elected last week, said the talks went well.", SUNDAY));
    }

    @Test
    void timeWordsFarAfterTheCueBelongToAnotherClause() {
        assertEquals(LocalDate.of(2018, 7, 5), dateOf(
                "Mary Jones said Thursday that she would leave the party before the members meet in the capital next Monday.",
                SUNDAY));
    }

    @Test
    void lastNightIsTheDayBefore() {
        assertEquals(LocalDate.of(2018, 7, 7), dateOf("Mary Jones said last night that the talks went well.", SUNDAY));
    }

    private static List<LocalDate> datesOf(String text) {
        return Extracted.from(text, SUNDAY).stream().map(Quotation::date).toList();
    }

    @Test
    void aStatementOfTheSameOccasionKeepsTheDateOfTheOneBefore() {
        assertEquals(List.of(LocalDate.of(2018, 7, 6), LocalDate.of(2018, 7, 6)), datesOf(
                "On Friday, Mayor Ann Lee said the bridge would reopen. She added that the repairs had cost less than planned."));
    }

    @Test
    void timeWordsBetweenTwoStatementsEndTheOccasion() {
        assertEquals(List.of(LocalDate.of(2018, 7, 6), SUNDAY), datesOf("On Friday, Mayor Ann Lee said the bridge would "
                + "reopen. In December the council met twice. She added that the repairs had cost less than planned."));
    }

    @Test
    void aStatementInThePresentOrAtAnEarlierTimeTakesNoOtherDate() {
        assertEquals(List.of(LocalDate.of(2018, 7, 6), SUNDAY), datesOf("On Friday, Mayor Ann Lee said the bridge "
                + "would reopen. She says the repairs cost less than planned."));
        assertEquals(List.of(LocalDate.of(2018, 7, 6), SUNDAY), datesOf("On Friday, Mayor Ann Lee said the bridge "
                + "would reopen. She had previously said that it would stay closed."));
    }
}
