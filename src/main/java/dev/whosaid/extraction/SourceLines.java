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
        String line = text.substring(begin, end < 0 ? text.length() : end).strip();
        return line.startsWith("Categories:") || CITATION.matcher(line).matches();
    }
}
