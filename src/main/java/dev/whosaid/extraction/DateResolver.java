package dev.whosaid.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * The day a statement was made, from the time words near its cue resolved against the article date: "said
 * Saturday" in an article of a Sunday is the day before (of a Saturday, the same day); "yesterday", "last week",
 * "last month". Without such words, the article date.
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
}
