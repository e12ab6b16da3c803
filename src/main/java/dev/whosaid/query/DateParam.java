package dev.whosaid.query;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/** Dates as users write them in {@code from}/{@code to}: YYYY-MM-DD, YYYY-MM or YYYY; errors name the value. */
public final class DateParam {

    private DateParam() {}

    /** The first day the value covers. */
    public static LocalDate start(String value, String name) {
        return parse(value, name, true);
    }

    /** The last day the value covers. */
    public static LocalDate end(String value, String name) {
        return parse(value, name, false);
    }

    public static int year(String value) {
        String v = value.strip();
        if (!v.matches("\\d{4}")) {
            throw new IllegalArgumentException("year \"" + value + "\" is not a four-digit year");
        }
        return Integer.parseInt(v);
    }

    private static LocalDate parse(String value, String name, boolean start) {
        String v = value.strip();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(v);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return start ? month.atDay(1) : month.atEndOfMonth();
            }
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return start ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(name + " \"" + value + "\" is not a date: " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(name + " \"" + value + "\" is not a date; expected YYYY-MM-DD, YYYY-MM or YYYY");
    }
}
