package dev.whosaid.extraction;

import java.util.List;

/**
 * What a candidate attribution by a weaker cue ("believes", "showed", "wants") looks like, the features its
 * learned precision is looked up by. Training ({@code CueContextTraining}) and extraction both describe
 * candidates only through {@link #of}, so the features cannot drift apart.
 *
 * @param form      the cue word, lower-cased
 * @param that      the content opens with "that" (or a colon), or the cue is followed by a quote mark
 * @param after     the content stands after the cue (not "…, she believes")
 * @param subject   the kind of speaker mention, or "none"
 * @param aux       the word before the cue as a class: "aux" (has, will, did), "not", "to", or "-"
 * @param nesting   "inside" where the cue stands in the content of an attribution before it in the sentence
 *                  ("said Trump had signed …"), "holds" where its content holds a lexicon cue ("quoted a source
 *                  who said …"), else "-"
 * @param cueStart  where the cue stands in the text: no feature, it ties the context to its quotation in training
 */
record CueContext(String form, boolean that, boolean after, String subject, String aux, String nesting, int cueStart) {

    static CueContext of(Document doc, Attribution a, List<Attribution> before, CueLexicon cues) {
        int cue = a.cueFirst();
        String form = doc.token(cue).lower();
        boolean after = a.contentAfterCue();
        boolean that = false;
        if (after && a.from() > 0) {
            String opener = doc.token(a.from() - 1).lower();
            that = opener.equals("that") || opener.equals(":") || doc.opensQuote(a.from());
        }
        String subject = a.mention() == null ? "none" : a.mention().type().name().toLowerCase(java.util.Locale.ROOT);
        String prev = cue > 0 ? doc.token(cue - 1).lower() : "";
        String aux = switch (prev) {
            case "has", "have", "had", "will", "would", "did", "does", "do", "could", "may", "might", "can",
                    "should", "also" -> "aux";
            case "not", "n't", "never" -> "not";
            case "to" -> "to";
            default -> "-";
        };
        String nesting = "-";
        for (Attribution earlier : before) {
            if (earlier.from() <= cue && cue < earlier.to()) {
                nesting = "inside";
            }
        }
        for (int k = a.from(); k < a.to() && nesting.equals("-"); k++) {
            if (k != cue && !doc.quoted(k) && cues.isCue(doc.token(k).lower())) {
                nesting = "holds";
            }
        }
        return new CueContext(form, that, after, subject, aux, nesting, doc.token(cue).start());
    }

    /** Keys from the most general to the most specific, the back-off order of the estimate. */
    String[] keys() {
        String k1 = form + "|" + that + "|" + after;
        String k2 = k1 + "|" + nesting;
        String k3 = k2 + "|" + subject;
        return new String[] {"~" + stem(form), form, k1, k2, k3, k3 + "|" + aux};
    }

    /** A crude stem, so that forms of one verb share what was learned ("believes", "believed", "believe"). */
    static String stem(String form) {
        for (String suffix : new String[] {"ing", "ies", "ied", "es", "ed", "s", "e", "d"}) {
            if (form.endsWith(suffix) && form.length() - suffix.length() >= 3) {
                return form.substring(0, form.length() - suffix.length());
            }
        }
        return form;
    }
}
