package dev.whosaid.extraction;

import java.util.Set;

/**
 * Phrases that tell when something was said ("yesterday", "on Friday", "Friday night", "last week", "late on
 * Tuesday", "earlier this month", "this past week"): one grammar for every place that steps over them, after a cue, before a speaker
 * and at the end of an object content. A part of the day or a unit of time counts only after an opener or a
 * weekday ("this morning", "last week"; not "a good night", "the year").
 */
final class TimePhrases {

    private TimePhrases() {}

    private static final Set<String> DAYS = Set.of("yesterday", "today", "tonight");
    private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> UNITS = Set.of("week", "month", "year", "weekend");
    private static final Set<String> OPENERS = Set.of("on", "last", "past", "this", "late", "early", "earlier", "later");
    /** The most openers before the time itself ("earlier on", "this past"). */
    private static final int MAX_OPENERS = 2;
    /** The most tokens of one phrase ("late on Tuesday night"). */
    private static final int MAX_TOKENS = MAX_OPENERS + 2;

    /** The token after the time phrase that opens at {@code k} and ends by {@code end}, or {@code k} where none does. */
    static int after(Document doc, int k, int end) {
        int i = k;
        while (i < end && i - k < MAX_OPENERS && !doc.quoted(i) && OPENERS.contains(doc.token(i).lower())) {
            i++;
        }
        if (i >= end || doc.quoted(i)) {
            return k;
        }
        String w = doc.token(i).lower();
        if (DAYS.contains(w)) {
            return i + 1;
        }
        if (Lexicon.WEEKDAYS.contains(w) && (i > k || !namesDay(doc, i))) {
            return i + 1 < end && !doc.quoted(i + 1) && DAY_PARTS.contains(doc.token(i + 1).lower()) ? i + 2 : i + 1;
        }
        return i > k && (DAY_PARTS.contains(w) || UNITS.contains(w)) ? i + 1 : k;
    }

    /** The first token of the longest time phrase that ends with token {@code k}, not before {@code floor}; or -1. */
    static int endingAt(Document doc, int k, int floor) {
        String w = doc.token(k).lower();
        if (!DAYS.contains(w) && !Lexicon.WEEKDAYS.contains(w) && !DAY_PARTS.contains(w) && !UNITS.contains(w)) {
            return -1; // every phrase ends with one of these: most words are rejected without trying a start
        }
        for (int s = Math.max(floor, k - MAX_TOKENS + 1); s <= k; s++) {
            if (after(doc, s, k + 1) == k + 1) {
                return s;
            }
        }
        return -1;
    }

    /** "on Super Tuesday": a weekday in a name after a preposition is no time of the report. */
    private static boolean namesDay(Document doc, int k) {
        return k >= 2 && doc.token(k - 1).isCapitalized() && Lexicon.STOP.contains(doc.token(k - 2).lower());
    }
}
