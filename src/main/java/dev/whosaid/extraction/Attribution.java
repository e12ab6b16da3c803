package dev.whosaid.extraction;

/**
 * A cue with its speaker mention and the token range of what was said, before spans and speakers are resolved.
 *
 * @param cueFirst    first token of the cue
 * @param cueLast     last token of the cue (inclusive)
 * @param mention     the speaker mention, or null where the speaker is the one of the sentence before
 * @param from        first token of the content
 * @param to          token after the content
 * @param secondFrom  first token of a second piece ("X," she said, "Y."), or -1
 * @param secondTo    token after the second piece, or -1
 */
record Attribution(int cueFirst, int cueLast, Mention mention, int from, int to, int secondFrom, int secondTo) {

    Attribution withTo(int newTo) {
        return new Attribution(cueFirst, cueLast, mention, from, newTo, secondFrom, secondTo);
    }

    boolean contentAfterCue() {
        return from > cueLast;
    }
}
