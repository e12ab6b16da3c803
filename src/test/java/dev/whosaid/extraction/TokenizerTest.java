package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> texts(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void wordsOfAnyScriptAreWordsAndAnySpaceSeparatesThem() {
        // a no-break space, a thin space, an ideographic space and a unit separator, as well as ASCII spaces
        assertEquals(List.of("Müller", "said", "Ångström", "Łódź", "42", "São", "Paulo", "x"),
                texts("Müller\u00a0said\u2009Ångström\u3000Łódź\t42\u001fSão Paulo\r\nx"));
    }

    @Test
    void aHyphenRightAfterAnAbbreviationJoinsTheWordAfterIt() {
        assertEquals(List.of("a", "U.S.-led", "campaign", "-", "and", "a", "D.C.-based", "group"),
                texts("a U.S.-led campaign - and a D.C.-based group"));
    }

    @Test
    void abbreviationsInitialismsAndPossessivesStayApart() {
        assertEquals(List.of("Mr.", "Kim", "’s", "U.S.", "aides", "said", "2.5", "billion", "--", "“", "no", "”"),
                texts("Mr. Kim’s U.S. aides said 2.5 billion -- “no”"));
    }

    @Test
    void initialsAndATitleAfterAHyphenKeepTheirStop() {
        assertEquals(List.of("then-Sen.", "Jane", "Roe", "met", "J.R.", "Smith", "and", "A.", "Doe", "."),
                texts("then-Sen. Jane Roe met J.R. Smith and A. Doe."));
        assertEquals(List.of("co-founder", ".", "It"), texts("co-founder. It"));
    }

    @Test
    void aContractedAuxiliaryStandsApartFromItsSubjectWithExactOffsets() {
        assertEquals(List.of("they", "’re", "sure", "I", "'m", "told", "we", "'ll", "see", "she", "’d", "said", "we", "'ve",
                "won"), texts("they’re sure I'm told we'll see she’d said we've won"));
        List<Token> tokens = Tokenizer.tokenize("So they're here");
        assertEquals(3, tokens.get(1).start());
        assertEquals(7, tokens.get(1).end());
        assertEquals(7, tokens.get(2).start());
        assertEquals(10, tokens.get(2).end());
    }

    @Test
    void negationsNamesAndPossessivesKeepTheirApostrophe() {
        assertEquals(List.of("don't", "O'Rourke", "rock'n'roll", "Ma'am", "Ilbo", "'s", "d'Estaing"),
                texts("don't O'Rourke rock'n'roll Ma'am Ilbo's d'Estaing"));
    }

    @Test
    void aStatesAbbreviationBeforeACommaKeepsItsStopButNotAtASentenceEnd() {
        assertEquals(List.of("Tampa", ",", "Fla.", ",", "said"), texts("Tampa, Fla., said"));
        assertEquals(List.of("in", "Tampa", ",", "Fla", ".", "He"), texts("in Tampa, Fla. He"));
    }
}
