package dev.whosaid.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One attributed statement found in an article.
 *
 * @param text          the statement's words: the quoted pieces (joined by a space where it is split around
 *                      its attribution) or, for reported speech, the reported content; no enclosing quote marks
 * @param spans         the pieces in the article text, in order; one span unless split around the attribution
 * @param speaker       canonical speaker ("Heather Nauert", "North Korea", "an unnamed diplomatic source"),
 *                      or null where no source could be found
 * @param speakerMention the mention the attribution used ("she", "Nauert"), or null with no speaker
 * @param role          the speaker's role or title ("State Department spokeswoman"), or null
 * @param speakerKind   person, organisation or anonymous; null with no speaker
 * @param cue           the cue word(s) as written ("said", "told reporters", "according to"), or null
 * @param cueSpan       where the cue stands, or null
 * @param kind          direct, indirect or mixed
 * @param date          the day the statement was made, resolved against the article date; null if unknown
 * @param confidence    0..1, how sure the extractor is of the attribution
 */
public record Quotation(
        String text,
        List<Span> spans,
        String speaker,
        Span speakerMention,
        String role,
        SpeakerKind speakerKind,
        String cue,
        Span cueSpan,
        QuoteKind kind,
        LocalDate date,
        double confidence) {

    public Quotation {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) {
            throw new IllegalArgumentException("a quotation needs at least one span");
        }
        for (int i = 1; i < spans.size(); i++) {
            if (spans.get(i).start() < spans.get(i - 1).end()) {
                throw new IllegalArgumentException("quotation spans overlap or are out of order: " + spans);
            }
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence " + confidence + " outside 0..1");
        }
    }

    /** Start of the first piece. */
    public int start() {
        return spans.getFirst().start();
    }

    /** End of the last piece. */
    public int end() {
        return spans.getLast().end();
    }

    /** This quotation with the day it was made given as {@code newDate}. */
    Quotation withDate(LocalDate newDate) {
        return new Quotation(text, spans, speaker, speakerMention, role, speakerKind, cue, cueSpan, kind, newDate,
                confidence);
    }

    /** This quotation with its speaker's role given as {@code newRole}. */
    Quotation withRole(String newRole) {
        return new Quotation(text, spans, speaker, speakerMention, newRole, speakerKind, cue, cueSpan, kind, date,
                confidence);
    }
}
