package dev.whosaid.extraction;

import java.util.regex.Pattern;

/**
 * Lines of a news page that list its sources or file it rather than report: a source list's
 * {@code “Headline” — Outlet, August 15, 2008} (an author's name may open it: {@code Peter Zimonjic. “…” — Edmonton
 * Sun, …}) and a {@code Categories: …} footer. A headline cited there is no one's statement. A pull quote with its dash
 * attribution ({@code “We will rebuild.” — Mayor Ann Roe}, {@code “We will never give up” — Ann Roe, speaking in March
 * 2019}) is not a source line: a headline ends without a stop, and the outlet's name is followed by a date alone.
 */
final class SourceLines {

    private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December)";
    private static final Pattern CITATION = Pattern.compile(
            "(?:\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}\\.\\s+)?" // the author
            + "[\"“][^\"“”\\n]*[^.,;:!?\"“”\\s][\"”]\\s*[—–-]\\s+" // the headline
            + "[^,\\n]{1,80},\\s+(?:" + MONTH + "\\s+\\d{1,2},\\s+|\\d{1,2}\\s+" + MONTH + "\\s+)?\\d{4}\\s*"); // outlet, date

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
