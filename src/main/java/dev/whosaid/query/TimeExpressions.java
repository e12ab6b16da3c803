package dev.whosaid.query;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds one time expression in a question and turns it into a date range, relative to the clock's today:
 * "in July 2018", "in 2018", "in July" (recognised, but no range: which year is unknown), "last week", "last month", "this year", "since 2019", "since March 2019",
 * "before 2019", "after May 2020", "between March and May 2020", "between 2017 and 2019",
 * "in the last 3 months", "yesterday", "today".
 */
final class TimeExpressions {

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String WHEN = "(?:" + MONTH + "\\s+)?" + YEAR;
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:between|from)\\s+(?:" + MONTH + "\\s+)?" + YEAR + "?\\s*(?:and|to|until|-)\\s+(?:" + MONTH + "\\s+)?" + YEAR + "?\\b", FLAGS);
    private static final Pattern SINCE = Pattern.compile("\\b(since|after|before|until)\\s+" + WHEN + "\\b", FLAGS);
    private static final Pattern IN = Pattern.compile("\\b(?:in|during|of)\\s+" + WHEN + "\\b", FLAGS);
    private static final Pattern IN_MONTH = Pattern.compile("\\b(?:in|during)\\s+" + MONTH + "\\b", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile("\\b(last|this|past)\\s+(week|month|year)\\b", FLAGS);
    private static final Pattern LAST_N = Pattern.compile("\\b(?:in\\s+)?(?:the\\s+)?(?:last|past)\\s+(\\d{1,3})\\s+(day|week|month|year)s?\\b", FLAGS);
    private static final Pattern DAY = Pattern.compile("\\b(yesterday|today)\\b", FLAGS);

    private TimeExpressions() {}

    /** What was found: the range (either end may be null), a phrase for the explanation, and the rest of the text. */
    record Found(LocalDate from, LocalDate to, String said, String rest) {}

    /** The first time expression in {@code text}, or null when it has none. */
    static Found find(String text, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Matcher m;
        // Ranges of years and "the last 3 months" need a digit; most questions have none.
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (digits && (m = BETWEEN.matcher(text)).find() && (m.group(2) != null || m.group(4) != null) && (m.group(1) != null || m.group(2) != null)
                && (m.group(3) != null || m.group(4) != null)) {
            String endYear = m.group(4) != null ? m.group(4) : m.group(2);
            String startYear = m.group(2) != null ? m.group(2) : endYear;
            LocalDate from = start(m.group(1), startYear);
            LocalDate to = end(m.group(3), endYear);
            if (!from.isAfter(to)) {
                return found(from, to, m, text);
            }
        }
        if (digits && (m = LAST_N.matcher(text)).find()) {
            int n = Integer.parseInt(m.group(1));
            LocalDate from = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> today.minusDays(n);
                case "week" -> today.minusWeeks(n);
                case "month" -> today.minusMonths(n);
                default -> today.minusYears(n);
            };
            return found(from, today, m, text);
        }
        if (digits && (m = SINCE.matcher(text)).find()) {
            LocalDate start = start(m.group(2), m.group(3)), end = end(m.group(2), m.group(3));
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "since" -> found(start, null, m, text);
                case "after" -> found(end.plusDays(1), null, m, text);
                case "before" -> found(null, start.minusDays(1), m, text);
                default -> found(null, end, m, text);
            };
        }
        if (digits && (m = IN.matcher(text)).find()) {
            return found(start(m.group(1), m.group(2)), end(m.group(1), m.group(2)), m, text);
        }
        if ((m = IN_MONTH.matcher(text)).find()) {
            // A month without a year: over an archive of many years no single range is right, so none is set.
            return found(null, null, m, text);
        }
        if ((m = RELATIVE.matcher(text)).find()) {
            boolean last = !m.group(1).equalsIgnoreCase("this");
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "week" -> last ? found(today.minusWeeks(1).with(DayOfWeek.MONDAY), today.minusWeeks(1).with(DayOfWeek.SUNDAY), m, text)
                        : found(today.with(DayOfWeek.MONDAY), today, m, text);
                case "month" -> {
                    YearMonth month = last ? YearMonth.from(today).minusMonths(1) : YearMonth.from(today);
                    yield found(month.atDay(1), last ? month.atEndOfMonth() : today, m, text);
                }
                default -> {
                    int year = last ? today.getYear() - 1 : today.getYear();
                    yield found(LocalDate.of(year, 1, 1), last ? LocalDate.of(year, 12, 31) : today, m, text);
                }
            };
        }
        if ((m = DAY.matcher(text)).find()) {
            LocalDate day = m.group(1).equalsIgnoreCase("today") ? today : today.minusDays(1);
            return found(day, day, m, text);
        }
        return null;
    }

    private static Found found(LocalDate from, LocalDate to, Matcher m, String text) {
        String rest = (text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("\\s+", " ").strip();
        return new Found(from, to, m.group().strip(), rest);
    }

    private static LocalDate start(String month, String year) {
        int y = Integer.parseInt(year);
        return month == null ? LocalDate.of(y, 1, 1) : YearMonth.of(y, month(month)).atDay(1);
    }

    private static LocalDate end(String month, String year) {
        int y = Integer.parseInt(year);
        return month == null ? LocalDate.of(y, 12, 31) : YearMonth.of(y, month(month)).atEndOfMonth();
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }
}
