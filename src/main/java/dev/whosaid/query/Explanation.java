package dev.whosaid.query;

import dev.whosaid.index.SearchRequest;
import java.util.ArrayList;
import java.util.List;

/** The understanding of a question in one sentence: "quotations by Heather Nauert about "letter"". */
final class Explanation {

    private Explanation() {}

    static String of(SearchRequest r, QuestionParser.Parsed parsed) {
        StringBuilder s = new StringBuilder("quotations");
        if (parsed.roleSaid() != null) {
            s.append(" by the ").append(parsed.roleSaid()).append(" (").append(String.join(" or ", r.speakers())).append(')');
        } else if (!r.speakers().isEmpty()) {
            s.append(" by ").append(String.join(" or ", r.speakers()));
        } else if (r.described() != null) {
            s.append(" by someone described as \"").append(r.described()).append("\" (no speaker has that name or role: ")
                    .append("the words are looked for around the quotation)");
        }
        if (r.role() != null) {
            s.append(r.speakers().isEmpty() ? " by " : ", ").append("a speaker whose role contains \"").append(r.role()).append('"');
        }
        if (r.topic() != null) {
            s.append(" about \"").append(r.topic()).append('"');
        }
        for (String phrase : r.phrases()) {
            s.append(" containing \"").append(phrase).append('"');
        }
        if (r.kind() != null) {
            s.append(" (").append(r.kind().label()).append(" speech)");
        }
        if (r.source() != null) {
            s.append(" reported by \"").append(r.source()).append('"');
        }
        if (r.year() != null) {
            s.append(" in ").append(r.year());
        }
        if (r.from() != null && r.to() != null) {
            s.append(" from ").append(r.from()).append(" to ").append(r.to());
        } else if (r.from() != null) {
            s.append(" since ").append(r.from());
        } else if (r.to() != null) {
            s.append(" until ").append(r.to());
        }
        if (parsed.timeSaid() != null && r.from() == null && r.to() == null) {
            s.append(" (\"").append(parsed.timeSaid()).append("\" names no year: not used as a filter)");
        } else if (parsed.timeSaid() != null) {
            s.append(" (\"").append(parsed.timeSaid()).append("\")");
        }
        List<String> notes = new ArrayList<>();
        for (Ambiguity a : parsed.ambiguous()) {
            notes.add("\"" + a.mention() + "\" fits " + a.candidates().size() + " speakers (" + String.join(", ", a.candidates())
                    + "); all are searched");
        }
        for (String unknown : parsed.unknownSpeakers()) {
            notes.add("no speaker named \"" + unknown + "\" is in the index");
        }
        if (r.speakers().isEmpty() && r.topic() == null && r.phrases().isEmpty()) {
            s.append(", newest first");
        }
        return notes.isEmpty() ? s.toString() : s + "; " + String.join("; ", notes);
    }
}
