package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CueContextFeaturesTest {

    private static CueContext of(String text, String cue) {
        CueContext c = Extracted.contexts(text).get(cue);
        if (c == null) {
            throw new AssertionError("no candidate at \"" + cue + "\" in: " + text);
        }
        return c;
    }

    @Test
    void aContentRunningToTheSentencesStopEndsThereWhileOneCutShortEndsAtAWord() {
        assertEquals("stop", of("The mayor believes the bridge will be rebuilt by the spring. The council disagrees.",
                "believes").end());
        assertEquals("paragraph", of("The mayor believes the bridge will be rebuilt by the spring", "believes").end());
        assertEquals("comma", of("The mayor believes the bridge will be rebuilt, according to aides.", "believes").end());
    }

    @Test
    void theWordsBeforeTheCueInItsSentenceTellWhetherItOpensTheSentenceOrStandsInTheTitle() {
        assertEquals("first", of("Toll fight\n\nSmith wants the toll on the old bridge repealed.", "wants").lead());
        assertEquals("title", of("Smith wants the toll on the old bridge repealed\n\nThe council meets today.", "wants")
                .lead());
        assertEquals("late", of("Toll fight\n\nAfter months of quarrels over the city budget and the new bridge, the mayor Anna Smith "
                + "wants the toll repealed.", "wants").lead());
    }

    @Test
    void quoteMarksInTheSentenceOrTheParagraphOutsideTheContentAreNoted() {
        assertEquals("-", of("Smith wants the toll on the old bridge repealed.", "wants").quoted());
        assertEquals("paragraph", of("Smith wants the toll on the old bridge repealed. “It is a burden on every family,” "
                + "she added.", "wants").quoted());
        assertEquals("sentence", of("Smith, who called the toll “a burden”, wants it repealed by the council.", "wants")
                .quoted());
    }

    @Test
    void aSubjectWhoSpeaksByALexiconCueElsewhereInTheArticleIsNoted() {
        assertEquals("speaks", of("Smith wants the toll on the old bridge repealed.\n\nThe council met on Monday, Smith said.",
                "wants").speaks());
        assertEquals("speaks", of("Smith wants the toll repealed.\n\n“The toll must go,” said Councilwoman Anna Smith.",
                "wants").speaks());
        assertEquals("-", of("Smith wants the toll on the old bridge repealed.\n\nThe council met on Monday, Jones said.",
                "wants").speaks());
    }

    @Test
    void aPronounRightAfterAStatementIsNotedAsTheSpeakersOwn() {
        assertEquals("recent", of("Smith said the council met on Monday. She wants the toll on the old bridge repealed.",
                "wants").speaks());
        assertEquals("-", of("The council met on Monday. She wants the toll on the old bridge repealed.", "wants")
                .speaks());
    }
}
