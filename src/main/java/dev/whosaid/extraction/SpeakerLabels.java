package dev.whosaid.extraction;

import java.util.Locale;

/**
 * Transcript paragraphs that open with the speaker's name as a label: "((Philipp Hagemeister)) I saw the notice"
 * in Wikinews interviews, "PENCE: Well, the question is" in transcripts. The rest of the paragraph is what the
 * labelled speaker said. The interviewer's own label ("WN", "Wikinews", a reporter's initials) is no speaker of
 * note, and in a Wikinews interview a paragraph that ends in a question is the interviewer's: neither is a
 * statement.
 */
final class SpeakerLabels {

    private static final int MAX_LABEL_WORDS = 4;

    /**
     * A label and where its paragraph's words start.
     *
     * @param first   first token of the name
     * @param last    last token of the name
     * @param content first token after the label
     * @param asks      the paragraph is the interviewer's question, no statement
     * @param interview a Wikinews interview's label in double parentheses, whose answer may run on over the
     *                  paragraphs after it until the next label
     */
    record Label(int first, int last, int content, boolean asks, boolean interview) {}

    private SpeakerLabels() {}

    /** The label opening the paragraph whose first token is {@code begin}, or null. */
    static Label at(Document doc, int begin) {
        int n = doc.size();
        if (begin + 4 < n && doc.token(begin).text().equals("(") && doc.token(begin + 1).text().equals("(")) {
            int k = begin + 2;
            while (k < n && k < begin + 2 + MAX_LABEL_WORDS && doc.token(k).isWord()) {
                k++;
            }
            if (k > begin + 2 && k + 1 < n && doc.token(k).text().equals(")") && doc.token(k + 1).text().equals(")")) {
                return new Label(begin + 2, k - 1, k + 2, !isSpeaker(doc, begin + 2, k - 1) || endsInQuestion(doc, k + 2),
                        true);
            }
            return null;
        }
        int k = begin;
        while (k < n && k < begin + MAX_LABEL_WORDS && isUpperCaseWord(doc.token(k))) {
            k++;
        }
        if (k > begin && k < n && doc.token(k).text().equals(":") && doc.paragraphOf[k] == doc.paragraphOf[begin]
                && isSpeaker(doc, begin, k - 1)) {
            return new Label(begin, k - 1, k + 1, false, false); // a transcript's questions are its moderator's words
        }
        if (k == begin + 1 && k < n && doc.token(k).isCapitalized() && doc.token(k).isWord()
                && doc.text.contains("((") && initialsOfAPerson(doc, doc.token(begin).text())) {
            return new Label(begin, begin, k, endsInQuestion(doc, k), true); // "MS Although we used …" in an interview
        }
        return null;
    }

    /** Whether the article names a person ("Michael Siegel", a known given name first) whose initials are {@code label}. */
    private static boolean initialsOfAPerson(Document doc, String label) {
        if (label.length() > 3) {
            return false;
        }
        for (int i = 0; i + label.length() <= doc.size(); i++) {
            boolean match = GivenNames.genderOf(doc.token(i).text()) != Entities.Gender.UNKNOWN;
            for (int j = 0; match && j < label.length(); j++) {
                Token t = doc.token(i + j);
                match = t.isWord() && t.isCapitalized() && t.text().length() > 1 && t.text().charAt(0) == label.charAt(j);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /** Whether the paragraph going on from token {@code content} ends in a question mark, inside quote marks or not. */
    private static boolean endsInQuestion(Document doc, int content) {
        int last = content;
        while (last + 1 < doc.size() && doc.paragraphOf[last + 1] == doc.paragraphOf[content]) {
            last++;
        }
        while (last > content && !doc.token(last).isWord() && !doc.token(last).text().equals("?")) {
            last--;
        }
        return last < doc.size() && doc.token(last).text().equals("?");
    }

    private static boolean isUpperCaseWord(Token t) {
        String s = t.text();
        return t.isWord() && s.length() > 1 && Character.isLetter(s.charAt(0)) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    private static boolean isSpeaker(Document doc, int first, int last) {
        String label = doc.text.substring(doc.token(first).start(), doc.token(last).end());
        return !label.equalsIgnoreCase("WN") && !label.equalsIgnoreCase("Wikinews") && !label.equalsIgnoreCase("Q")
                && !label.equalsIgnoreCase("A") && !isHeading(doc, first, last);
    }

    /** "BYLINE", "CORRECTION", "STAT OF THE WEEK": words in capitals before a colon that head a section, naming no one. */
    static boolean isHeading(Document doc, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!isUpperCaseWord(doc.token(k))) {
                return false;
            }
        }
        return first == last ? Lexicon.KICKERS.contains(doc.token(first).lower()) : hasFunctionWord(doc, first, last);
    }

    /** Whether a function word stands among tokens [first, last] ("STAT OF THE WEEK"). */
    private static boolean hasFunctionWord(Document doc, int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = doc.token(k).lower();
            if (w.equals("of") || w.equals("the") || w.equals("to") || w.equals("for") || w.equals("in")
                    || w.equals("via")) {
                return true;
            }
        }
        return false;
    }
}
