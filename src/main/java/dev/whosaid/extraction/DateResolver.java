package dev.whosaid.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

/**
 * The day a statement was made, from the time words near its cue resolved against the article date: "said
 * Saturday" in an article of a Sunday is the day before (of a Saturday, the same day); "yesterday", "last week",
 * "last month", and explicit dates ("said on July 5"). Without such words, the article date.
 */
final class DateResolver {

    private static final int WINDOW = 5;

    private DateResolver() {}

    static LocalDate resolve(Document doc, int cue, LocalDate articleDate) {
        if (articleDate == null || cue < 0) {
            return articleDate;
        }
        int sentence = doc.sentenceOf[cue];
        int from = Math.max(doc.sentenceBegin(sentence), cue - WINDOW);
        int to = Math.min(doc.sentenceEnd(sentence), cue + WINDOW + 1);
        for (int i = from; i < to; i++) {
            if (doc.quoted(i)) {
                continue;
            }
            String w = doc.token(i).lower();
            String next = i + 1 < to ? doc.token(i + 1).lower() : "";
            LocalDate explicit = monthDay(doc, i, articleDate);
            if (explicit != null) {
                return explicit;
            }
            if (Lexicon.WEEKDAYS.contains(w)) {
                DayOfWeek day = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
                return articleDate.with(TemporalAdjusters.previousOrSame(day));
            }
            switch (w) {
                case "yesterday" -> {
                    return articleDate.minusDays(1);
                }
                case "today", "tonight" -> {
                    return articleDate;
                }
                case "last" -> {
                    switch (next) {
                        case "week" -> {
                            return articleDate.minusWeeks(1);
                        }
                        case "month" -> {
                            return articleDate.minusMonths(1);
                        }
                        case "year" -> {
                            return articleDate.minusYears(1);
                        }
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        return articleDate;
    }

    /**
     * "July 5", "Sept. 12, 2016", "5 July" at token {@code i}: the date, in the article's year unless that falls
     * after the article (then the year before), or null.
     */
    private static LocalDate monthDay(Document doc, int i, LocalDate articleDate) {
        Token t = doc.token(i);
        int month = monthOf(t);
        if (month == 0 || !t.isCapitalized()) {
            return null;
        }
        int day = i + 1 < doc.size() ? dayOf(doc.token(i + 1)) : 0;
        if (day == 0 && i > 0) {
            day = dayOf(doc.token(i - 1)); // "5 July"
        }
        if (day == 0) {
            return null;
        }
        int yearAt = i + 3 < doc.size() && doc.token(i + 2).text().equals(",") ? i + 3 : -1;
        int year = yearAt >= 0 && doc.token(yearAt).text().matches("(19|20)\\d\\d") ? Integer.parseInt(doc.token(yearAt).text())
                : articleDate.getYear();
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return yearAt < 0 && date.isAfter(articleDate) ? date.minusYears(1) : date;
    }

    private static final List<String> MONTH_PREFIXES = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    /** The month (1 to 12) a token names in full or abbreviated ("Sept."), or 0. */
    private static int monthOf(Token t) {
        String w = t.lower();
        if (!Lexicon.MONTHS.contains(w) && !Lexicon.MONTHS.contains(w + ".")) {
            return 0;
        }
        return MONTH_PREFIXES.indexOf(w.substring(0, 3)) + 1;
    }

    /** A day of the month written as a number ("5", "12th"), or 0. */
    private static int dayOf(Token t) {
        String digits = t.text().replaceFirst("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return 0;
        }
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31 ? day : 0;
    }
}
