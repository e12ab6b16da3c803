package dev.whosaid.extraction;

/**
 * Transcript paragraphs that open with the speaker's name as a label: "((Philipp Hagemeister)) I saw the notice"
 * in Wikinews interviews, "PENCE: Well, the question is" in transcripts. The rest of the paragraph is what the
 * labelled speaker said. The interviewer's own label ("WN", "Wikinews") is no speaker of note.
 */
final class SpeakerLabels {

    private static final int MAX_LABEL_WORDS = 4;

    /**
     * A label and where its paragraph's words start.
     *
     * @param first   first token of the name
     * @param last    last token of the name
     * @param content first token after the label
     */
    record Label(int first, int last, int content) {}

    private SpeakerLabels() {}

    /** The label opening the paragraph whose first token is {@code begin}, or null. */
    static Label at(Document doc, int begin) {
        int n = doc.size();
        if (begin + 4 < n && doc.token(begin).text().equals("(") && doc.token(begin + 1).text().equals("(")) {
            int k = begin + 2;
            while (k < n && k < begin + 2 + MAX_LABEL_WORDS && doc.token(k).isWord()) {
                k++;
            }
            if (k > begin + 2 && k + 1 < n && doc.token(k).text().equals(")") && doc.token(k + 1).text().equals(")")
                    && isSpeaker(doc, begin + 2, k - 1)) {
                return new Label(begin + 2, k - 1, k + 2);
            }
            return null;
        }
        int k = begin;
        while (k < n && k < begin + MAX_LABEL_WORDS && isUpperCaseWord(doc.token(k))) {
            k++;
        }
        if (k > begin && k < n && doc.token(k).text().equals(":") && doc.paragraphOf[k] == doc.paragraphOf[begin]
                && isSpeaker(doc, begin, k - 1)) {
            return new Label(begin, k - 1, k + 1);
        }
        return null;
    }

    private static boolean isUpperCaseWord(Token t) {
        String s = t.text();
        return t.isWord() && s.length() > 1 && Character.isLetter(s.charAt(0)) && s.equals(s.toUpperCase(java.util.Locale.ROOT));
    }

    private static boolean isSpeaker(Document doc, int first, int last) {
        String label = doc.text.substring(doc.token(first).start(), doc.token(last).end());
        return !label.equalsIgnoreCase("WN") && !label.equalsIgnoreCase("Wikinews") && !label.equalsIgnoreCase("Q")
                && !label.equalsIgnoreCase("A");
    }
}
