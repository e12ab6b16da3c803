package dev.whosaid.index;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.Quotation;
import dev.whosaid.extraction.Span;
import dev.whosaid.extraction.SpeakerKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One quotation as the index holds it: the statement, who made it, when, and the article that reported it.
 *
 * @param id          stable id: a hash of the article id and the quotation's offsets, so a rebuild keeps it
 * @param speaker     canonical speaker, or null where the extractor found none
 * @param speakerKind null with no speaker
 * @param date        statement date, else the article date, else null
 * @param context     the paragraph(s) the quotation stands in
 * @param start       offset of the first piece in the article text
 * @param end         end of the last piece
 * @param nearby      the article's title and the paragraphs just before and after: words that tell what the
 *                    statement is about when the statement itself does not say ("the talks" two lines up).
 *                    For ranking only: an index need not keep it, and reads it back as ""
 */
public record IndexedQuote(String id, String text, String speaker, SpeakerKind speakerKind, String role,
        LocalDate date, QuoteKind kind, String cue, double confidence, String context, int start, int end,
        List<Span> spans, ArticleRef article, String nearby) {

    public IndexedQuote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(article, "article");
        context = context == null ? "" : context;
        nearby = nearby == null ? "" : nearby;
        spans = List.copyOf(spans);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for quotation " + id);
        }
    }

    /** The indexed form of a quotation found in {@code article}. */
    public static IndexedQuote of(Article article, Quotation q) {
        int[] paragraph = article.paragraphAround(q.start(), q.end());
        LocalDate date = q.date() != null ? q.date() : article.date();
        return new IndexedQuote(idOf(article.id(), q.start(), q.end()), q.text(), blankToNull(q.speaker()),
                q.speaker() == null ? null : q.speakerKind(), blankToNull(q.role()), date, q.kind(), q.cue(),
                q.confidence(), article.text().substring(paragraph[0], paragraph[1]), q.start(), q.end(), q.spans(),
                ArticleRef.of(article), nearby(article, paragraph));
    }

    /** The title, the paragraph before and the paragraph after {@code paragraph} ({from, to}). */
    private static String nearby(Article article, int[] paragraph) {
        String text = article.text();
        StringBuilder s = new StringBuilder(article.title());
        if (paragraph[0] >= 2) {
            int[] before = article.paragraphAround(paragraph[0] - 2, paragraph[0] - 2);
            s.append("\n\n").append(text, before[0], before[1]);
        }
        if (paragraph[1] + 2 <= text.length()) {
            int[] after = article.paragraphAround(paragraph[1] + 2, paragraph[1] + 2);
            s.append("\n\n").append(text, after[0], after[1]);
        }
        return s.toString();
    }

    /** This quotation as an index reads it back: without {@link #nearby()}. */
    public IndexedQuote withoutNearby() {
        return new IndexedQuote(id, text, speaker, speakerKind, role, date, kind, cue, confidence, context, start, end,
                spans, article, "");
    }

    /** A stable id: the first 16 hex digits of SHA-256 over "articleId:start-end". */
    public static String idOf(String articleId, int start, int end) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((articleId + ":" + start + "-" + end).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * What two reports of the same statement share: the speaker and the words, lower-cased, accents and
     * punctuation dropped, so curly versus straight quotes or an extra comma do not split one statement.
     */
    public String duplicateKey() {
        return normalise(speaker == null ? "" : speaker) + "|" + normalise(text);
    }

    static String normalise(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
