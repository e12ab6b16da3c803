package dev.whosaid.extraction;

import java.util.Set;

/**
 * Phrases that speak though no known name, role or group head names them: "…, a source close to him said.",
 * "political scientists say", "Nearly nine out of 10 say", "The state officials whose laws were struck down say",
 * "according to recent polls". {@link ArticleRun} asks for them where {@link MentionFinder} found no speaker.
 */
final class UnnamedSubjects {

    /** The most words of listener or time after a verb of saying that closes its sentence ("… told POLITICO."). */
    private static final int MAX_CLOSING_WORDS = 4;
    /** Lower-case words of a group speaking before its head ("political scientists"). */
    private static final int MAX_GROUP_WORDS = 3;
    /** Function words inside such a phrase ("nine out of 10", "proponents of …", "those over 60", "some of them"). */
    private static final Set<String> PHRASE_SUBJECT_WORDS = Set.of("of", "out", "over", "in", "those", "some", "many",
            "most", "others", "other", "another", "all", "both", "few", "several", "one", "the", "a", "an", "more",
            "than", "nearly", "about", "almost", "half", "whose");
    /** The most tokens of a relative clause between a subject and its verb of saying ("officials whose laws … say"). */
    private static final int MAX_RELATIVE_TOKENS = 15;
    /** The most words of a source after "according to" that no name or role covers. */
    private static final int MAX_SOURCE_TOKENS = 20;
    /** Relative pronouns that open a clause telling of the words before them ("three sources who spoke to …"). */
    private static final Set<String> RELATIVE_SUBJECTS = Set.of("which", "who", "that");
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");
    /** Words that open the clause a subject stands in ("and Trump is …", "where Sanders is …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "or", "nor", "yet", "so", "where", "when",
            "while", "because", "as", "if", "although", "though", "since", "whereas", "after", "before", "until",
            "unless", "than", "that");
    /** The most tokens of a phrase that speaks before "say" with no name, role or group known in it. */
    static final int MAX_PHRASE_SUBJECT_TOKENS = 8;

    private final Document doc;
    private final CueLexicon cues;
    private final MentionFinder finder;
    private final ContentBounds bounds;

    UnnamedSubjects(Document doc, CueLexicon cues, MentionFinder finder, ContentBounds bounds) {
        this.doc = doc;
        this.cues = cues;
        this.finder = finder;
        this.bounds = bounds;
    }

    /**
     * "…, a source close to him said.", "…, current and former officials said.", "…, the unsigned opinion said.": the
     * lower-case words between the comma after the content and a verb of saying that ends the sentence (but for a few
     * words of listener or time) are who spoke, though no known head names them; or null.
     */
    Mention closing(int i, int b, int e) {
        if (!ContentBounds.SAY_FORMS.contains(doc.token(i).lower()) || doc.token(i).lower().endsWith("ing")
                || bounds.wordsIn(i + 1, e) > MAX_CLOSING_WORDS) {
            return null;
        }
        for (int k = i + 1; k < e; k++) {
            if (doc.quoted(k) || doc.opensQuote(k) || doc.token(k).is("that") || doc.token(k).text().equals(",")) {
                return null; // "said, “…”", "told reporters that …": content after the cue
            }
        }
        int comma = i - 1;
        while (comma > b && !doc.token(comma).text().equals(",")) {
            Token t = doc.token(comma);
            if (i - comma > MAX_PHRASE_SUBJECT_TOKENS || doc.quoted(comma) || !t.isWord() || t.isCapitalized()
                    || cues.isCue(t.lower()) || !CueLexicon.auxClass(t.lower()).equals("-")) {
                return null;
            }
            comma--;
        }
        if (comma <= b || comma + 1 >= i || CLAUSE_OPENERS.contains(doc.token(comma + 1).lower())
                || bounds.wordsIn(b, comma) < ContentBounds.MIN_LEFT_CONTENT) {
            return null;
        }
        // "an oil field, which state media said were under control": the relative opens the clause, the media speak
        int first = doc.token(comma + 1).is("which") && comma + 2 < i ? comma + 2 : comma + 1;
        Span span = new Span(doc.token(first).start(), doc.token(i - 1).end());
        return new Mention(first, i - 1, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
    }
    /**
     * "political scientists say", "security specialists said", "42% say": a lower-case plural noun phrase or a
     * share right before a verb of saying is a group speaking, though no known head names it; or null.
     */
    Mention plural(int k, int b) {
        if (k < b || doc.quoted(k)) {
            return null;
        }
        if (isShare(k) && k - 1 >= b && Character.isDigit(doc.token(k - 1).text().charAt(0))) {
            Span span = new Span(doc.token(k - 1).start(), doc.token(k).end()); // "42% say", "42 percent say"
            return new Mention(k - 1, k, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
        }
        // "Economists believe …": the sentence's first word is capitalised, a common noun though
        if (!isPluralNoun(doc.token(k), k == b)) {
            return null;
        }
        int j = k;
        while (j - 1 >= b && k - j < MAX_GROUP_WORDS && !doc.quoted(j - 1) && doc.token(j - 1).isWord()
                && !doc.token(j - 1).isCapitalized() && !Lexicon.STOP.contains(doc.token(j - 1).lower())
                && !Lexicon.DETERMINERS.contains(doc.token(j - 1).lower())) {
            j--;
        }
        if (j - 1 >= b && Lexicon.DETERMINERS.contains(doc.token(j - 1).lower())) {
            j--;
        }
        Span span = new Span(doc.token(j).start(), doc.token(k).end());
        return new Mention(j, k, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
    }
    /**
     * "Voters interviewed at the rally said", "Democrats trying to win back the Senate say": a plural noun opening the
     * clause and the participle phrase that tells which of them, with no comma, quotation or verb of saying before the
     * cue at {@code k + 1}; the noun's group speaks. Or null.
     */
    Mention beforeParticiple(int k, int b) {
        for (int j = k; j > b && k - j < MAX_PARTICIPLE_PHRASE; j--) {
            Token t = doc.token(j);
            if (doc.quoted(j) || !t.isWord() && !t.isPossessive() || cues.isCue(t.lower()) && j < k) {
                return null;
            }
            if (!t.isCapitalized() && (ContentBounds.isParticiple(t) || ContentBounds.isPastForm(t))) {
                Mention group = plural(j - 1, b);
                return group != null && group.first() == b ? group : null;
            }
        }
        return null;
    }

    /** The most tokens from a participle after a clause's subject to the verb of saying ("interviewed at the rally"). */
    private static final int MAX_PARTICIPLE_PHRASE = 10;

    /**
     * "Nearly nine out of 10 say", "Others say", "The state officials whose laws were struck down say": the words that
     * open the cue's clause, where no name, role or group before a verb of saying was found, are its speaker; or null
     * where they run long, hold a verb or a quotation, or open with a preposition.
     */
    Mention phrase(int k, int b) {
        int first = k + 1;
        while (first - 1 >= b && k - first + 1 < MAX_PHRASE_SUBJECT_TOKENS) {
            Token t = doc.token(first - 1);
            String w = t.lower();
            if (doc.quoted(first - 1) || !t.isWord() && !t.isPossessive()
                    || CLAUSE_OPENERS.contains(w) && !comparedShare(first - 1, b)
                    || Lexicon.STOP.contains(w) && !PHRASE_SUBJECT_WORDS.contains(w)
                    || !CueLexicon.auxClass(w).equals("-") || cues.isCue(w)) {
                break;
            }
            first--;
        }
        boolean opensClause = first == b || CLAUSE_OPENERS.contains(doc.token(first - 1).lower())
                || doc.token(first - 1).text().equals(",") && first - 1 > b
                && CLAUSE_OPENERS.contains(doc.token(first - 2).lower()); // "Indeed, proponents … say"
        if (first > k || !opensClause || ContentBounds.ADVERBIAL_STARTS.contains(doc.token(first).lower())
                || doc.token(k).isPossessive() || doc.token(first).lower().endsWith("ing")) {
            return null; // "he's said" has no possessive; "hearing him say" no subject
        }
        Span span = new Span(doc.token(first).start(), doc.token(k).end());
        return new Mention(first, k, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
    }
    /**
     * Whether the "than" at {@code k} compares a share ("more than half", "fewer than 4 in 10"): it belongs to the
     * phrase that speaks, it opens no clause.
     */
    private boolean comparedShare(int k, int b) {
        return doc.token(k).is("than") && k - 1 >= b && COMPARATIVES.contains(doc.token(k - 1).lower());
    }
    /**
     * "The state officials whose laws have been struck down say", "Hawkins and others who oppose the ruling said": the
     * subject before a relative clause that runs, with no comma, quotation or other cue, up to the verb of saying at
     * {@code k + 1}; or null.
     */
    Mention beforeRelativeClause(int k, int b) {
        for (int r = k; r > b && k - r < MAX_RELATIVE_TOKENS; r--) {
            Token t = doc.token(r);
            if (doc.quoted(r) || !t.isWord() && !t.isPossessive() || cues.isCue(t.lower())) {
                return null;
            }
            if ((t.is("who") || t.is("whose")) && !doc.token(r - 1).is("and")) { // "who … and who … said"
                Mention m = finder.leftOf(r - 1, b);
                if (m != null && m.last() == r - 1 && m.type() != Mention.Type.PRONOUN) {
                    return m;
                }
                Mention group = plural(r - 1, b);
                return group != null ? group : phrase(r - 1, b);
            }
        }
        return null;
    }
    private boolean isShare(int k) {
        return doc.token(k).text().equals("%") || doc.token(k).is("percent");
    }
    private static boolean isPluralNoun(Token t, boolean opensSentence) {
        String w = t.lower();
        return t.isWord() && (opensSentence || !t.isCapitalized()) && w.length() >= 5 && w.endsWith("s") && !w.endsWith("ss")
                && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ous") && !Lexicon.STOP.contains(w)
                && w.chars().allMatch(Character::isLetter);
    }
    /**
     * The words after "according to" up to the comma or stop that ends them ("recent polls", "early results of
     * exit polls conducted by Edison Research"): a source no known name or role names; or null.
     */
    Mention source(int from, int e) {
        int k = from;
        // "according to three sources who spoke to Fox News": the source ends where a relative clause tells of it
        // "according to the ministry he died …": a subject pronoun opens the clause after the source, with no comma
        while (k < e && k - from < MAX_SOURCE_TOKENS && doc.token(k).isWord() && !doc.quoted(k)
                && !(k > from && (RELATIVE_SUBJECTS.contains(doc.token(k).lower()) || MentionFinder.isPronoun(doc.token(k))))) {
            k++;
        }
        boolean ends = k == e || bounds.endsClause(k) || doc.token(k).text().equals(",")
                || k > from && RELATIVE_SUBJECTS.contains(doc.token(k).lower());
        if (k == from || !ends) {
            return null;
        }
        Span span = new Span(doc.token(from).start(), doc.token(k - 1).end());
        return new Mention(from, k - 1, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
    }
}
