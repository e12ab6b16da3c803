package dev.whosaid.extraction;

import java.util.Set;

/**
 * Phrases that tell when something was said ("yesterday", "yesterday morning", "on Friday", "Friday night", "last week", "late on
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
    /** Time zones' abbreviations, written after a clock time ("5:00 pm EDT (2100 UTC)"): they name no one. */
    private static final Set<String> TIME_ZONES = Set.of("EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "AKDT",
            "HST", "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "PKT", "JST", "KST", "HKT", "SGT",
            "AEST", "AEDT", "ACST", "AWST", "NZST", "NZDT");
    /** The most openers before the time itself ("earlier on", "this past"). */
    private static final int MAX_OPENERS = 2;
    /** The most tokens of one phrase ("late on Tuesday night"). */
    private static final int MAX_TOKENS = MAX_OPENERS + 2;

    /** A time zone's abbreviation ("EDT", "UTC"). */
    static boolean isTimeZone(Token t) {
        return TIME_ZONES.contains(t.text());
    }

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
        if (DAYS.contains(w) && !endsAName(doc, i)) {
            return i + 1 < end && !doc.quoted(i + 1) && DAY_PARTS.contains(doc.token(i + 1).lower()) ? i + 2 : i + 1;
        }
        if (Lexicon.WEEKDAYS.contains(w) && (i > k || !namesDay(doc, i))) {
            return i + 1 < end && !doc.quoted(i + 1) && DAY_PARTS.contains(doc.token(i + 1).lower()) ? i + 2 : i + 1;
        }
        return i > k && (DAY_PARTS.contains(w) || UNITS.contains(w)) ? i + 1 : k;
    }

    /** "USA Today", "Good Morning America Tonight": a capitalised day word after a capitalised word ends a name. */
    static boolean endsAName(Document doc, int i) {
        return i > 0 && doc.token(i).isCapitalized() && doc.token(i - 1).isCapitalized() && doc.token(i - 1).isWord()
                && doc.sentenceOf[i - 1] == doc.sentenceOf[i];
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

    /** Units a span of time is counted in ("a month", "two weeks ago", "the coming months"). */
    private static final Set<String> SPAN_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "decade",
            "decades", "century", "centuries");
    /** Words that count or place a span of time before its unit ("the past few", "less than two", "a"). */
    private static final Set<String> SPAN_MODIFIERS = Set.of("a", "an", "the", "few", "several", "coming", "past",
            "next", "last", "recent", "many", "same", "whole", "entire", "couple", "less", "more", "than", "nearly",
            "about", "almost", "just", "only", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "twelve", "twenty", "thirty");
    /** The most tokens of a counted span ("less than two weeks ago"). */
    private static final int MAX_SPAN_TOKENS = 5;

    /**
     * The first token of a counted span of time that ends with token {@code k} ("a month" of "Fiorina a month later
     * announced", "two weeks ago"), not before {@code floor} nor after a preposition that ties it to a longer phrase;
     * or -1. Such a span is when, never who: no speaker.
     */
    static int spanEndingAt(Document doc, int k, int floor) {
        int unit = k;
        if (doc.token(unit).is("ago") && unit - 1 >= floor) {
            unit--;
        }
        Token u = doc.token(unit);
        if (doc.quoted(unit) || u.isCapitalized() || !SPAN_UNITS.contains(u.lower())) {
            return -1;
        }
        int first = unit;
        while (first - 1 >= floor && unit - first < MAX_SPAN_TOKENS && !doc.quoted(first - 1)) {
            Token t = doc.token(first - 1);
            if (!SPAN_MODIFIERS.contains(t.lower()) && !(t.isWord() && Character.isDigit(t.text().charAt(0)))) {
                break;
            }
            first--;
        }
        if (first == unit || first - 1 >= 0 && GOVERNING.contains(doc.token(first - 1).lower())) {
            return -1; // "speeches over the decades", "an employee of four years": part of a longer noun phrase
        }
        return first;
    }

    /** Prepositions that make a span of time part of the phrase before it. */
    private static final Set<String> GOVERNING = Set.of("of", "in", "over", "for", "during", "at", "on", "within",
            "from", "since", "after", "before", "throughout", "by", "through", "to", "into", "past", "until");

    /** "on Super Tuesday": a weekday in a name after a preposition is no time of the report. */
    private static boolean namesDay(Document doc, int k) {
        return k >= 2 && doc.token(k - 1).isCapitalized() && Lexicon.STOP.contains(doc.token(k - 2).lower());
    }
}
