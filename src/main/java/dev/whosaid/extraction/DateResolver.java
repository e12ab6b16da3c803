package dev.whosaid.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The day a statement was made, from the time words of its cue's sentence resolved against the article date: "said
 * Saturday" in an article of a Sunday is the day before (of a Saturday, the same day); "yesterday", "last night",
 * "last week", "last month", and explicit dates ("said on July 5"). The words nearest the cue win, and words of the
 * content itself never count ("said the vote is on Monday"): so a time phrase opening the sentence dates its
 * statement ("On Saturday, in a video message, the minister said …"). After the cue only its next few words count.
 * Without such words, none: the caller decides (the article date, or the date of the same occasion).
 */
final class DateResolver {

    private DateResolver() {}

    /** A year of the last two centuries ("2016"). */
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    /** The day time words near the cue name, or null where there are none (or no article date). */
    static LocalDate stated(Document doc, int cue, List<Span> content, LocalDate articleDate) {
        if (articleDate == null || cue < 0) {
            return null;
        }
        int sentence = doc.sentenceOf[cue];
        int begin = doc.sentenceBegin(sentence);
        int end = Math.min(doc.sentenceEnd(sentence), cue + AFTER_CUE + 1);
        for (int distance = 0; cue - distance >= begin || cue + distance < end; distance++) {
            for (int i : distance == 0 ? new int[] {cue} : new int[] {cue + distance, cue - distance}) {
                if (i < begin || i >= end || doc.quoted(i) || inside(doc.token(i), content)
                        || i < cue && inRelativeClause(doc, i, begin)) {
                    continue;
                }
                LocalDate date = dateAt(doc, i, end, articleDate);
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** Words after the cue that may date it ("said late Saturday"); further on they belong to other clauses. */
    private static final int AFTER_CUE = 5;

    /** Whether token {@code i} is in a clause opened by a relative pronoun after a comma ("Jones, who won last week,"). */
    private static boolean inRelativeClause(Document doc, int i, int begin) {
        for (int k = i - 1; k > begin; k--) {
            if (doc.token(k).text().equals(",")) {
                return RELATIVE_PRONOUNS.contains(doc.token(k + 1).lower());
            }
        }
        return false;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whose", "whom", "where");

    /**
     * Whether unquoted time words stand between tokens {@code from} (inclusive) and {@code to} (exclusive): those that
     * date a statement, and a month or a year alone ("in December", "in 2012").
     */
    static boolean timeWordsBetween(Document doc, int from, int to, LocalDate articleDate) {
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            boolean monthOrYear = monthOf(t) > 0 && t.isCapitalized() || YEAR.matcher(t.text()).matches();
            if (!doc.quoted(i) && (monthOrYear || dateAt(doc, i, to, articleDate) != null)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence of the cue at {@code cue} places it at an earlier, unnamed time ("had previously called"). */
    static boolean atAnotherTime(Document doc, int cue) {
        int sentence = doc.sentenceOf[cue];
        for (int i = doc.sentenceBegin(sentence); i < doc.sentenceEnd(sentence); i++) {
            if (!doc.quoted(i) && EARLIER.contains(doc.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> EARLIER = Set.of("previously", "earlier", "once", "formerly", "ago");

    private static boolean inside(Token t, List<Span> content) {
        for (Span s : content) {
            if (t.start() >= s.start() && t.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** The day the time words at token {@code i} name ("Saturday", "yesterday", "last week", "July 5"), or null. */
    private static LocalDate dateAt(Document doc, int i, int end, LocalDate articleDate) {
        String w = doc.token(i).lower();
        String next = i + 1 < end ? doc.token(i + 1).lower() : "";
        LocalDate explicit = monthDay(doc, i, articleDate);
        if (explicit != null) {
            return explicit;
        }
        if (Lexicon.WEEKDAYS.contains(w)) {
            DayOfWeek day = DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT));
            return articleDate.with(TemporalAdjusters.previousOrSame(day));
        }
        return switch (w) {
            case "yesterday" -> articleDate.minusDays(1);
            case "today", "tonight" -> articleDate;
            case "last" -> switch (next) {
                case "night" -> articleDate.minusDays(1);
                case "week" -> articleDate.minusWeeks(1);
                case "month" -> articleDate.minusMonths(1);
                case "year" -> articleDate.minusYears(1);
                default -> null;
            };
            default -> null;
        };
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
        int year = yearAt >= 0 && YEAR.matcher(doc.token(yearAt).text()).matches() ? Integer.parseInt(doc.token(yearAt).text())
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
