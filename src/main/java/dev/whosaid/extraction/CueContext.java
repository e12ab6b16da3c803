package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a candidate attribution looks like, the features its learned probability of being right is computed from. Training
 * ({@code CueContextTraining}) and extraction both describe candidates only through {@link #of}, so the features
 * cannot drift apart.
 *
 * @param form      the cue word, lower-cased
 * @param lexicon   the form is a lexicon cue ("said"), not a candidate: the two fare differently where the form
 *                  itself was seldom seen
 * @param opener    what the content opens with: "that" (that, a colon or a quote mark), "to" (an infinitive,
 *                  "vowed to bring back jobs"), "for" ("called for a ban"), "on" ("called on Congress to act"),
 *                  or "-"
 * @param after     the content stands after the cue (not "…, she believes")
 * @param subject   the kind of speaker mention, or "none"
 * @param aux       the word before the cue as a class: "aux" (has, will, did), "not", "to", or "-"
 * @param nesting   where the cue stands in the content of an attribution before it in the sentence, how it stands
 *                  to that one ({@link ContentBounds#nesting}: "next", "also", "under" or "inside"); elsewhere
 *                  "holds" where its content holds a lexicon cue ("quoted a source who said …"), else "-"
 * @param next      the token after the cue, lower-cased ("that", "the", ",")
 * @param previous  the token before the cue, lower-cased
 * @param length    how long the content is: "short" (up to 3 words), "clause" (up to 8), "long" (up to 20), "longer"
 * @param marks     how much of the content stands in quote marks: "none", "some", "all"
 * @param family    "cue" for a lexicon cue, "candidate" for a weaker form of the lexicon, "open" for any other word
 *                  (before "that", before an infinitive, or a verb after its subject)
 * @param object    what the content after the cue opens with: "det" (the, his), "name" (a capital), "pron" (him),
 *                  "wh" (whether, why), "to", "quote", "num", "ing", "word", or "-" where the content stands before
 * @param chain     the kind of the auxiliary between the speaker mention and the cue: "be", "have", "modal", or "-"
 * @param phrase    the words the cue takes after its verb ("questions|about" of "raised questions about", "|on" of
 *                  "seizing on"), or "-"
 * @param others    where another lexicon cue stands in the sentence, outside quote marks: "inside" the content (a
 *                  statement nested in this one), "before" or "after" it (the nearest one), or "-"
 * @param clause    whether the content opens as a clause, a subject pronoun or an auxiliary among its first
 *                  words ("claimed he had …"), not as a noun phrase ("unveiled the first draft …"): "clause" or "-"
 * @param distance  the words between the speaker mention and the cue: "0", "near" (up to 3), "far", or "-"
 * @param cueStart  where the cue stands in the text: no feature, it ties the context to its quotation in training
 */
record CueContext(String form, boolean lexicon, String opener, boolean after, String subject, String aux, String nesting,
        String next, String previous, String length, String marks, String family, String object, String chain,
        String phrase, String others, String clause, String distance, int cueStart) {

    static CueContext of(Document doc, Attribution a, List<Attribution> before, CueLexicon cues) {
        int cue = a.cueFirst();
        String form = doc.token(cue).lower();
        boolean after = a.contentAfterCue();
        String opener = "-";
        if (after && a.from() > 0) {
            String previous = doc.token(a.from() - 1).lower();
            if (previous.equals("that") || previous.equals(":") || doc.opensQuote(a.from())) {
                opener = "that";
            } else if (CueLexicon.PARTICLES.contains(previous) && a.from() - 1 == a.cueLast()) {
                opener = previous; // "called for", "seizing on", "bristled at"
            } else if (previous.equals("for") || previous.equals("on")) {
                opener = previous;
            } else if (doc.token(a.from()).is("to")) {
                opener = "to";
            }
        }
        String subject = a.mention() == null ? "none" : Shares.isShare(doc, a.mention()) ? "share" // "most believe"
                : a.mention().type().name().toLowerCase(java.util.Locale.ROOT);
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
                nesting = ContentBounds.nesting(doc, cues, a, earlier);
            }
        }
        for (int k = a.from(); k < a.to() && nesting.equals("-"); k++) {
            if (k != cue && !doc.quoted(k) && cues.isCue(doc.token(k).lower())) {
                nesting = "holds";
            }
        }
        String next = cue + 1 < doc.size() ? doc.token(cue + 1).lower() : "";
        int words = 0;
        int quoted = 0;
        for (int k = a.from(); k < a.to(); k++) {
            if (doc.token(k).isWord()) {
                words++;
                quoted += doc.quoted(k) ? 1 : 0;
            }
        }
        String family = cues.isCue(form) ? "cue" : cues.isCandidate(form) ? "candidate" : "open";
        return new CueContext(form, cues.isCue(form), opener, after, subject, aux, nesting, next, prev, length(words),
                quoted == 0 ? "none" : quoted == words ? "all" : "some", family, after ? object(doc, a.from()) : "-",
                chain(doc, a), phrase(doc, a), others(doc, a, cues), clause(doc, a),
                distance(a), doc.token(cue).start());
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it",
            "there", "you");
    /** The first words of a content where a clause shows its subject or auxiliary. */
    private static final int CLAUSE_WORDS = 6;

    /** "clause" where a subject pronoun or an auxiliary stands among the content's first words. */
    private static String clause(Document doc, Attribution a) {
        for (int k = a.from(); k < Math.min(a.to(), a.from() + CLAUSE_WORDS); k++) {
            String w = doc.token(k).lower();
            if (SUBJECT_PRONOUNS.contains(w) || !CueLexicon.auxClass(w).equals("-")) {
                return "clause";
            }
        }
        return "-";
    }

    /** How far the speaker mention stands from the cue, in tokens, on either side. */
    private static String distance(Attribution a) {
        Mention m = a.mention();
        if (m == null) {
            return "-";
        }
        int gap = m.last() < a.cueFirst() ? a.cueFirst() - m.last() - 1 : Math.max(0, m.first() - a.cueLast() - 1);
        return gap == 0 ? "0" : gap <= 3 ? "near" : "far";
    }

    /** Where the nearest other lexicon cue of the cue's sentence stands, outside quote marks. */
    private static String others(Document doc, Attribution a, CueLexicon cues) {
        int s = doc.sentenceOf[a.cueFirst()];
        for (int k = a.cueLast() + 1; k < doc.sentenceEnd(s); k++) {
            if (!doc.quoted(k) && cues.isCue(doc.token(k).lower())) {
                return inContent(a, k) ? "inside" : "after";
            }
        }
        for (int k = a.cueFirst() - 1; k >= doc.sentenceBegin(s); k--) {
            if (!doc.quoted(k) && cues.isCue(doc.token(k).lower())) {
                return inContent(a, k) ? "inside" : "before";
            }
        }
        return "-";
    }

    /** Whether token {@code k} lies in the attribution's content: another cue there nests a statement in it. */
    static boolean inContent(Attribution a, int k) {
        return k >= a.from() && k < a.to() || k >= a.secondFrom() && k < a.secondTo();
    }

    private static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "what",
            "who", "when", "where", "which");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it", "us", "me",
            "you", "he", "she", "they", "we", "i", "himself", "herself", "themselves", "itself");

    /** The class of the token the content opens with ("the integrity of …" is "det"). */
    private static String object(Document doc, int from) {
        if (from >= doc.size()) {
            return "-";
        }
        Token t = doc.token(from);
        String w = t.lower();
        if (Lexicon.isQuoteMark(t.text())) {
            return "quote";
        }
        if (QUESTION_WORDS.contains(w) || w.equals("to")) {
            return w.equals("to") ? "to" : "wh";
        }
        if (OBJECT_PRONOUNS.contains(w)) {
            return "pron";
        }
        if (Lexicon.DETERMINERS.contains(w)) {
            return "det";
        }
        if (!t.isWord()) {
            return "-";
        }
        if (Character.isDigit(t.text().charAt(0))) {
            return "num";
        }
        return t.isCapitalized() ? "name" : w.endsWith("ing") ? "ing" : "word";
    }

    /** The words of a cue after its verb: the noun before the preposition, if any, and the preposition. */
    private static String phrase(Document doc, Attribution a) {
        if (a.cueLast() <= a.cueFirst()) {
            return "-";
        }
        String noun = a.cueLast() - 1 > a.cueFirst() ? doc.token(a.cueLast() - 1).lower() : "";
        return noun + "|" + doc.token(a.cueLast()).lower();
    }

    /** The kind of the auxiliary nearest the cue between its speaker mention and it ("is once again questioning": "be"). */
    private static String chain(Document doc, Attribution a) {
        if (a.mention() == null || a.mention().last() >= a.cueFirst()) {
            return "-";
        }
        for (int k = a.cueFirst() - 1; k > a.mention().last(); k--) {
            String kind = CueLexicon.auxClass(doc.token(k).lower());
            if (!kind.equals("-")) {
                return kind;
            }
        }
        return "-";
    }

    private static String length(int words) {
        return words <= 3 ? "short" : words <= 8 ? "clause" : words <= 20 ? "long" : "longer";
    }

    /**
     * The indicator features a {@link CueContexts} model weighs, by name: the back-off keys, and what the form, its
     * neighbours and its content look like together.
     */
    List<String> features() {
        FeatureNames names = new FeatureNames();
        describe(names);
        return names.names;
    }

    /** Gives {@code out} each feature of {@link #features}, in its order, as a prefix and parts. */
    void describe(FeatureSink out) {
        String stem = stem(form);
        String shape = shape(form);
        keys(out, stem, shape);
        out.begin(Prefix.NEXT).part(next).end();
        out.begin(Prefix.FORM_NEXT).part(form).part(next).end();
        out.begin(Prefix.PREVIOUS).part(previous).end();
        out.begin(Prefix.FORM_PREVIOUS).part(form).part(previous).end();
        out.begin(Prefix.LENGTH).part(lexicon).part(length).end();
        out.begin(Prefix.FORM_LENGTH).part(form).part(length).end();
        out.begin(Prefix.MARKS).part(marks).end();
        out.begin(Prefix.FORM_MARKS).part(form).part(marks).end();
        out.begin(Prefix.NESTING).part(nesting).part(lexicon).end();
        out.begin(Prefix.OBJECT).part(family).part(object).end();
        out.begin(Prefix.FORM_OBJECT).part(form).part(object).end();
        out.begin(Prefix.STEM_OBJECT).part(stem).part(object).end();
        out.begin(Prefix.STEM_OPENER).part(stem).part(opener).end();
        out.begin(Prefix.CHAIN).part(family).part(chain).part(shape).end();
        out.begin(Prefix.SUBJECT_OBJECT).part(family).part(subject).part(object).end();
        out.begin(Prefix.OTHERS).part(family).part(others).end();
        out.begin(Prefix.FORM_OTHERS).part(form).part(others).end();
        out.begin(Prefix.CLAUSE).part(family).part(object).part(clause).end();
        out.begin(Prefix.FORM_CLAUSE).part(form).part(clause).end();
        out.begin(Prefix.DISTANCE).part(family).part(after).part(distance).end();
        if (!phrase.equals("-")) {
            out.begin(Prefix.PHRASE).part(phrase).end();
            out.begin(Prefix.STEM_PHRASE).part(stem).part(phrase).end();
        }
    }

    /**
     * Keys from the most general to the most specific, the back-off order of the estimate. The first three
     * ignore the form, so that a word seldom or never seen as a cue ("touts that …") is judged by how words of
     * its shape fared in its context.
     */
    private void keys(FeatureSink out, String stem, String shape) {
        out.begin(Prefix.GENERIC).part(family).end();
        out.begin(Prefix.GENERIC).part(family).part(shape).part(opener).part(after).end();
        out.begin(Prefix.GENERIC).part(family).part(shape).part(opener).part(after).part(nesting).part(subject).end();
        out.begin(Prefix.STEM).part(stem).end();
        out.begin(Prefix.FORM).part(form).end();
        out.begin(Prefix.FORM).part(form).part(opener).part(after).end();
        out.begin(Prefix.FORM).part(form).part(opener).part(after).part(nesting).end();
        out.begin(Prefix.FORM).part(form).part(opener).part(after).part(nesting).part(subject).end();
        out.begin(Prefix.FORM).part(form).part(opener).part(after).part(nesting).part(subject).part(aux).end();
    }

    /**
     * Takes a context's features one by one, each named by a prefix and parts joined by "|" (prefix "form+next:", parts
     * "said" and "that": "form+next:said|that"), so that a model can weigh them without building their names.
     */
    interface FeatureSink {

        /** Opens the next feature with the prefix of its name. */
        FeatureSink begin(Prefix prefix);

        /** Adds a part to the name, after a "|" unless it is the first. */
        FeatureSink part(String part);

        default FeatureSink part(boolean part) {
            return part(part ? "true" : "false");
        }

        /** Closes the feature opened last. */
        void end();
    }

    /** The features' names, for training. */
    private static final class FeatureNames implements FeatureSink {

        final List<String> names = new ArrayList<>();
        private final StringBuilder name = new StringBuilder();
        private boolean first;

        @Override
        public FeatureSink begin(Prefix prefix) {
            name.setLength(0);
            name.append(prefix.text);
            first = true;
            return this;
        }

        @Override
        public FeatureSink part(String part) {
            name.append(first ? "" : "|").append(part);
            first = false;
            return this;
        }

        @Override
        public void end() {
            names.add(name.toString());
        }
    }

    /** What a feature's name opens with, and its hash, made once: the model finds features by the hash of the name. */
    enum Prefix {
        /** Keys that ignore the form. */
        GENERIC("*"),
        STEM("~"),
        FORM(""),
        NEXT("next:"),
        FORM_NEXT("form+next:"),
        PREVIOUS("previous:"),
        FORM_PREVIOUS("form+previous:"),
        LENGTH("length:"),
        FORM_LENGTH("form+length:"),
        MARKS("marks:"),
        FORM_MARKS("form+marks:"),
        NESTING("nesting:"),
        OBJECT("object:"),
        FORM_OBJECT("form+object:"),
        STEM_OBJECT("stem+object:~"),
        STEM_OPENER("stem+opener:~"),
        CHAIN("chain:"),
        SUBJECT_OBJECT("subject+object:"),
        OTHERS("others:"),
        FORM_OTHERS("form+others:"),
        CLAUSE("clause:"),
        FORM_CLAUSE("form+clause:"),
        DISTANCE("distance:"),
        PHRASE("phrase:"),
        STEM_PHRASE("stem+phrase:~");

        final String text;
        final long hash;

        Prefix(String text) {
            this.text = text;
            this.hash = FeatureWeights.hash(text);
        }
    }

    /** The inflection a form shows, the part of speech it hints at without a tagger. */
    static String shape(String form) {
        if (form.endsWith("ing")) {
            return "ing";
        }
        if (form.endsWith("ed")) {
            return "ed";
        }
        if (form.endsWith("s") && !form.endsWith("ss")) {
            return "s";
        }
        return "-";
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
