package dev.whosaid.extraction;

import java.util.regex.Pattern;

/**
 * Lines of a news page that list its sources or file it rather than report: a source list's
 * {@code “Headline” — Outlet, August 15, 2008} (an author may open it: {@code Peter Zimonjic. “…” — Edmonton Sun, …})
 * and a {@code Categories: …} footer. A headline cited there is no one's statement. A pull quote with its dash
 * attribution ({@code “We will rebuild.” — Mayor Ann Roe}) is not a source line: a headline ends without a stop and the
 * line ends with a year.
 */
final class SourceLines {

    private static final Pattern CITATION = Pattern.compile(
            "(?:[^\"“”\\n]{1,80}\\.\\s+)?[\"“][^\"“”\\n]*[^.,;:!?\"“”\\s][\"”]\\s*[—–-]\\s+[^\\n]{1,120}\\b\\d{4}\\s*");

    private SourceLines() {}

    /** Whether the line of {@code text} holding {@code offset} cites a source or files the page. */
    static boolean isSourceLine(String text, int offset) {
        int begin = text.lastIndexOf('\n', offset - 1) + 1;
        int end = text.indexOf('\n', offset);
        end = end < 0 ? text.length() : end;
        if (text.startsWith("Categories:", begin)) {
            return true;
        }
        // a source line is short and ends with a year: most lines are told apart before the pattern is tried
        int last = end - 1;
        while (last > begin && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (end - begin > MAX_LINE || last < begin || !Character.isDigit(text.charAt(last))) {
            return false;
        }
        return CITATION.matcher(text.substring(begin, end).strip()).matches();
    }

    /** The longest source line: an author, a headline, an outlet and a date. */
    private static final int MAX_LINE = 400;
}
