package dev.whosaid.corpus;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from the corpus.
 *
 * @param id     stable identifier, unique within a corpus
 * @param title  headline; may be empty, never null
 * @param date   publication date, or null where the source gives none
 * @param source publisher ("The Washington Post", "Wikinews"); may be empty
 * @param url    where the article can be read; may be empty
 * @param text   the body, paragraphs separated by a blank line
 */
public record Article(String id, String title, LocalDate date, String source, String url, String text) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("article id is blank");
        }
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
    }

    /** An article with only an id and a text, as the extraction contract reads them. */
    public static Article of(String id, String text) {
        return new Article(id, "", null, "", "", text);
    }

    /**
     * The paragraph (text between blank lines) around {@code [start, end)}; a quotation that runs over
     * several paragraphs gets all of them.
     *
     * @return {start, end} offsets into {@link #text()}
     */
    public int[] paragraphAround(int start, int end) {
        if (start < 0 || end > text.length() || start > end) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside article " + id
                    + " of length " + text.length());
        }
        int from = text.lastIndexOf("\n\n", Math.max(0, start - 1));
        from = from < 0 ? 0 : from + 2;
        int to = text.indexOf("\n\n", end);
        to = to < 0 ? text.length() : to;
        return new int[] {from, to};
    }
}
