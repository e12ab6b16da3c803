package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text).stream().map(q -> q.content().of(text)).toList();
    }

    @Test
    void straightMarksEnclosedTextIsQuoted() {
        assertEquals(List.of("We will win."), quoted("He said \"We will win.\" Then he left."));
    }

    @Test
    void curlyMarksEnclosedTextIsQuoted() {
        assertEquals(List.of("We will win."), quoted("He said “We will win.” Then he left."));
    }

    @Test
    void guillemetsAndLowNineMarksAreQuoteMarks() {
        assertEquals(List.of("Nous gagnerons.", "Wir gewinnen."), quoted("Il a dit « Nous gagnerons. » Er sagte „Wir gewinnen.“ "));
    }

    @Test
    void singleMarksQuoteOutsideDoubleOnes() {
        assertEquals(List.of("in their heads"), quoted("Voters say it is ‘in their heads’ now."));
    }

    @Test
    void apostrophesInWordsAreNoQuoteMarks() {
        assertEquals(List.of(), quoted("Trump's plan and the Clintons' house don't matter."));
    }

    @Test
    void aStraightOpeningMarkMayCloseWithACurlyOne() {
        assertEquals(List.of("It was fine,"), quoted("\"It was fine,” she said."));
    }

    @Test
    void aQuoteOverTwoParagraphsIsOneQuotedSpanPerParagraph() {
        assertEquals(List.of("First part.", "Second part."), quoted("He said: “First part.\n\n“Second part.”\n\nAfter."));
    }

    @Test
    void aQuoteWithNoClosingMarkEndsWithItsParagraph() {
        assertEquals(List.of("Never closed here."), quoted("She said “Never closed here.\n\nNext paragraph."));
    }

    @Test
    void nestedSingleQuotesStayInsideTheOuterQuotation() {
        assertEquals(List.of("He called it ‘a disaster’ today."), quoted("“He called it ‘a disaster’ today.” she said."));
    }

    @Test
    void twoApostrophesStandForADoubleMark() {
        assertEquals(List.of("I know it,"), quoted("''I know it,'' he said."));
    }

    @Test
    void aNestedQuotationClosingWithTheOuterTwoApostrophesStaysInside() {
        assertEquals(List.of("He told me, 'We are done.'"), quoted("''He told me, 'We are done.''' Then he left."));
    }
}
