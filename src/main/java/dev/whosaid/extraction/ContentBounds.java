package dev.whosaid.extraction;

import java.util.Set;
import java.util.function.Predicate;

/**
 * Where reported content starts and ends around a cue: listeners ("told reporters"), times ("on Saturday"),
 * "that", and the clause breaks after which the reporter speaks again (";", ", although", a dash, a participle).
 * One per article; reads the {@link Document} only.
 */
final class ContentBounds {

    /** Words that open circumstances rather than content right after a cue ("said after the meeting"). */
    static final Set<String> ADVERBIAL_STARTS = Set.of("after", "at", "in", "when", "while", "before",
            "during", "as", "of", "on", "referring", "with", "to", "from", "outside", "inside", "following", "upon",
            "via", "through", "under", "without", "since", "until", "last", "earlier", "later", "recently", "then",
            "afterward", "afterwards", "shortly", "moments", "minutes", "hours", "days", "weeks", "by", "for",
            "here", "there", "privately", "publicly", "repeatedly", "again", "once", "twice",
            "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "yesterday", "today",
            "tonight", "this", "(", "—", "–", "which", "who", "where");
    /** Words before a mid-sentence "according to" that make them the content ("In 2015, according to …" does not). */
    static final int MIN_LEFT_CONTENT = 4;

    static final Set<String> TELL_CUES = Set.of("told", "tell", "tells", "telling", "urged", "reminded",
            "assured", "informed", "warned", "warning", "urging", "assuring", "reminding", "advised", "asked",
            "promised", "convinced");
    static final Set<String> SAY_FORMS = Set.of("said", "says", "say", "told", "tells", "tell", "saying",
            "telling", "added", "adds", "wrote", "writes", "noted", "notes", "argued", "argues", "claimed", "claims",
            "insisted", "insists", "warned", "warns", "stated", "explained", "suggested", "suggests", "announced");

    /** Words that join a statement to the one before it in a sentence ("…, and Cruz claimed …", "…, saying …"). */
    static final Set<String> CONTENT_GLUE = Set.of(",", "and", "but", "while", "as", ";", "—", "–", "--");
    /** The most auxiliaries and adverbs between a subject and its verb ("is once again questioning"). */
    static final int MAX_CHAIN_TOKENS = 4;

    private final Document doc;
    private final CueLexicon cues;

    ContentBounds(Document doc, CueLexicon cues) {
        this.doc = doc;
        this.cues = cues;
    }

    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "you", "reporters",
            "journalists", "supporters", "members", "voters", "lawmakers", "listeners", "viewers", "readers",
            "investigators", "congress", "senators", "colleagues", "delegates", "students", "residents");

    /** Subject pronouns whose "'s" contracts "is" or "has" ("he's said", "she's hoping"). */
    private static final Set<String> CONTRACTING_PRONOUNS = Set.of("he", "she", "who");
    /** Not "despite": ", despite trailing in the polls" concedes within the content, as annotators mark it. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("although", "though", "while", "before",
            "during", "even", "whereas", "according", "until", "but", "which", "compared");

    /** The first token in [from, to) outside quote marks whose text is a {@code mark}, or {@code to}. */
    int firstUnquoted(int from, int to, Predicate<String> mark) {
        for (int k = from; k < to; k++) {
            if (!doc.quoted(k) && mark.test(doc.token(k).text())) {
                return k;
            }
        }
        return to;
    }

    /** Whether an unquoted comma stands in [from, to): ", demanding denuclearization, was" is an insertion. */
    boolean commaWithin(int from, int to) {
        return firstUnquoted(from, to, ","::equals) < to;
    }

    /** Whether an unquoted dash stands in [from, to): "— although not the highest —" is an insertion. */
    private boolean dashWithin(int from, int to) {
        return firstUnquoted(from, to, Lexicon::isDash) < to;
    }

    /** ", comparing him to Obama": a participle clause after the content is the reporter's. */
    static boolean isParticiple(Token t) {
        return !t.isCapitalized() && t.lower().endsWith("ing") && t.lower().length() > 5
                && !ING_PREPOSITIONS.contains(t.lower());
    }

    /** Words in -ing that work as prepositions and go on with the content (", including the budget"). */
    private static final Set<String> ING_PREPOSITIONS = Set.of("including", "regarding", "concerning", "involving",
            "excluding", "notwithstanding");

    private static final Set<String> AFTER_QUOTE_BREAKS = Set.of("and", "but", "as", "before", "after", "while",
            "then", "when");

    /**
     * Words after which an object content is the reporter's again. Not "because", "during", "before", "until": on
     * train, annotators keep the reason and the time phrase they open in the content ("criticized the rules because
     * they hurt shops", "praised the volunteers during the flood") about ten times for every time they leave them out.
     */
    private static final Set<String> OBJECT_BREAKS = Set.of("after", "when", "since", "while");

    boolean endsClause(int k) {
        String t = doc.token(k).text();
        return ",.;:!?)".contains(t) || Lexicon.isQuoteMark(t) || Lexicon.isDash(t);
    }

    /** Reported content ends at a semicolon or where a second verb of saying is coordinated ("… and warned …"). */
    int clauseEnd(int from, int e) {
        return clauseEnd(from, e, false);
    }

    /**
     * Where content from {@code from} ends before {@code e}. An object content ("criticized the budget …") also ends
     * before a clause with its own subject or a second act of the speaker, and loses the times and media that close
     * it; content that opens with its own clause ("argue the mayor has …") is no object.
     */
    int clauseEnd(int from, int e, boolean objectContent) {
        boolean object = objectContent && !opensOwnClause(from, e, false);
        int end = clauseBreak(from, e, object, false);
        return object ? circumstancesStart(from, end) : end;
    }

    /**
     * Where the content of a participle that speaks after its clause (", criticizing the pipeline …") ends: also
     * where a second participle of the speaker's joins it ("… and calling for a ban"; on train 12 to 2), and, for an
     * object content, before the circumstances that close it (", mentioning him in almost every speech").
     */
    int participleClauseEnd(int from, int e, boolean objectContent) {
        int end = clauseBreak(from, e, false, true);
        return objectContent && !opensOwnClause(from, end, false) ? circumstancesStart(from, end) : end;
    }

    private int clauseBreak(int from, int e, boolean objectContent, boolean participleCue) {
        boolean startsWithQuote = doc.opensQuote(from);
        // "that, thanks to his “method,” he was …": after an opening phrase the clause's subject follows its quotation
        boolean opensWithPhrase = from < e && (doc.token(from).text().equals(",")
                || CIRCUMSTANCE_OPENERS.contains(doc.token(from).lower()));
        Fronted fronted = frontedClause(from);
        boolean relative = inRelativeClause(from);
        boolean commaSeen = false;
        for (int k = from + 1; k < e; k++) {
            if (doc.quoted(k)) {
                continue;
            }
            Token t = doc.token(k);
            if (t.text().equals(";")) {
                return k;
            }
            if (onCondition(k, e) && wordsIn(from, k) >= 1) {
                return k; // "confirmed the meeting on the condition of anonymity because …": why the source spoke
            }
            if (t.text().equals(",") && relative && !commaSeen && verbAfterComma(k + 1, e)) {
                return k; // "Obama, who endorsed Clinton on Thursday, is making his pitch": the main clause goes on
            }
            commaSeen |= t.text().equals(",");
            if (startsWithQuote && isClosingMark(k - 1) && AFTER_QUOTE_BREAKS.contains(t.lower())
                    && !(k + 1 < e && doc.token(k + 1).is("that"))) { // "that ''…'' and that ''…''" goes on
                return k; // "What curfew?" and kept going
            }
            if (objectContent && OBJECT_BREAKS.contains(t.lower())) {
                return k; // "criticized the act when he spoke in Ohio": circumstances after an object
            }
            if (t.isWord() && commaInQuoteBefore(k) && !t.is("and") && !t.is("but") && !opensWithPhrase
                    && wordsIn(from, k) >= 2 && (opensOwnClause(k, e, true) || opensAttribution(k, e))) {
                return k; // "called Trump “an orange buffoon,” Susan said as …": a clause of its own after the quotation
            }
            if (t.isWord() && k + 1 < e && commaInQuoteBefore(k) && (CLAUSE_BREAKS.contains(t.lower()) || isParticiple(t))) {
                return k; // "… is “true,” but in the course …": the comma stands inside the quotation
            }
            if (t.text().equals(",") && k + 1 < e && doc.token(k + 1).is("which") && verbAfterInsertion(k + 2, e)) {
                continue; // "the flag, which includes the stars and bars, be removed": the clause goes on after it
            }
            if (Lexicon.isDash(t.text()) && k + 1 < e && !doc.quoted(k + 1) && wordsIn(from, k) >= 2
                    && CLAUSE_BREAKS.contains(doc.token(k + 1).lower())
                    && !dashWithin(k + 1, e)) {
                return k; // "is bouncing back — though economists disagree": the reporter's words after a lone dash
            }
            if (t.text().equals(",") && k + 1 < e
                    && (CLAUSE_BREAKS.contains(doc.token(k + 1).lower()) && !contrastGoesOn(k + 1, e)
                    && !insertionGoesOn(k + 1, e)
                    || isParticiple(doc.token(k + 1)) && (!commaWithin(k + 2, e) || cues.isCue(doc.token(k + 1).lower())))) {
                return k; // ", although …", ", as he did …": the reporter's words again
            }
            if (t.text().equals(",") && k + 1 < e && !doc.quoted(k + 1) && FINAL_RELATIVES.contains(doc.token(k + 1).lower())
                    && !commaWithin(k + 2, e)) {
                return k; // "praised Franklin Graham, who has vowed …": the reporter's note on the last name
            }
            if (t.text().equals(",") && k + 1 < e && !doc.quoted(k + 1) && cues.isCue(doc.token(k + 1).lower())
                    && !doc.token(k + 1).isCapitalized()) {
                return k; // "who said the project was vetted, said he was unaware": the sentence's own cue
            }
            if (t.text().equals(".") && k + 1 < e && OPENING_BRACKETS.contains(doc.token(k + 1).text())) {
                return k; // "… would pass. (It did not.)": the reporter's aside after a stop
            }
            if (t.text().equals(",") && closingAppositive(k + 1, e) && wordsIn(from, k) >= 2
                    && (objectContent || closesClauseContent(from, k, e))) {
                return k; // "vowed to repeal the amendment, a provision that …": the reporter's note closes the sentence
            }
            if ((t.is("and") || t.is("but")) && objectContent && k + 1 < e && !doc.quoted(k + 1)
                    && (FINITE_AUXILIARIES.contains(doc.token(k + 1).lower()) || !commaSeen && pastActAt(k + 1, e))) {
                return k; // "criticized the plan and was booed", "denied the charges and attacked her": a second act
            }
            if ((t.is("and") || t.is("but")) && participleCue && !commaSeen && participleActAt(k + 1, e)) {
                return k; // "criticizing the pipeline and calling for a ban": the speaker's second act
            }
            if (t.text().equals(",") && objectContent && wordsIn(from, k) >= 2 && opensOwnClause(k + 1, e, true)) {
                return k; // "praised the stadium deal, the council was less sure": a clause with its own subject
            }
            if (t.text().equals(",") && !objectContent && k + 2 < e && doc.token(k + 1).is("and") && !doc.quoted(k + 1)
                    && !doc.token(k + 2).is("that") && wordsIn(from, k) >= 2 && opensOwnClause(k + 1, e, true)) {
                return k; // "said the bridge is safe, and the council has …": the reporter goes on; ", and that …" is content
            }
            if (t.text().equals(",") && fronted != Fronted.NONE && wordsIn(from, k) >= 2 && mainClauseAfter(k + 1, e)
                    && (fronted == Fronted.OPENING || subjectAt(k + 1, e))) {
                return k; // "Although he said the plan works, the council voted …": the main clause follows
            }
            if (t.text().equals(",") && !objectContent && wordsIn(from, k) >= 2 && opensAttribution(k + 1, e)) {
                return k; // "said they are undecided, a third of voters said …": the sentence's next attribution
            }
            if ((t.is("and") || t.is("but")) && k + 1 < e && !doc.quoted(k + 1) && cues.isCue(doc.token(k + 1).lower())
                    && !doc.token(k + 1).lower().endsWith("ing")) {
                return k;
            }
        }
        return e;
    }

    /** Whether "on (the) condition" opens at {@code k}, maybe after "only" ("only on the condition of anonymity"). */
    private boolean onCondition(int k, int e) {
        int on = doc.token(k).is("only") ? k + 1 : k;
        int c = on + 1 < e && doc.token(on + 1).is("the") ? on + 2 : on + 1;
        return c < e && doc.token(on).is("on") && doc.token(c).is("condition") && !doc.quoted(c);
    }

    /**
     * Whether a noun phrase opening with an article at {@code k} runs to {@code e} with no further break nor a
     * conjunction: the reporter's closing note on an object content ("…, a swipe at his rivals", "…, the party's
     * nominee"), not the last items of a list ("the schools, the parks and the roads").
     */
    private boolean closingAppositive(int k, int e) {
        return k + 1 < e && !doc.quoted(k) && ARTICLES.contains(doc.token(k).lower())
                && firstUnquoted(k + 1, e, t -> t.equals(",") || t.equals(";") || Lexicon.isDash(t)
                        || t.equals("and") || t.equals("or")) == e;
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    /**
     * Whether the closing appositive after the comma at {@code k} comments on a whole reported clause ("said the plan
     * would cut 3,000 jobs, a move that …") rather than being the subject of the clause's main part: the clause opens
     * with no phrase of its own and has no comma before ("that when the rain stopped, a wall fell" goes on), the
     * appositive is no clause of its own (", the inspectors had checked …"), holds no quotation and follows no name
     * it may describe ("backed Tom Baker, the mayor of …"). On train 7 more pairs, dev unchanged.
     */
    private boolean closesClauseContent(int from, int k, int e) {
        int first = doc.token(from).is("that") ? from + 1 : from;
        return first < k && !commaWithin(from, k) && !holdsQuote(k + 1, e) && !opensOwnClause(k + 1, e, true)
                && !doc.token(k - 1).isCapitalized()
                && !CIRCUMSTANCE_OPENERS.contains(doc.token(first).lower())
                && !SUBORDINATORS.contains(doc.token(first).lower()) && !CLAUSE_BREAKS.contains(doc.token(first).lower());
    }

    /**
     * Whether the "but" at {@code k} goes on with the speaker's words: "said the plan was late, but that it would
     * work", ", but not …", ", but also …", ", but rather …" (on train 41 inside the content to 8 ending before it).
     */
    private boolean contrastGoesOn(int k, int e) {
        return doc.token(k).is("but") && k + 1 < e && !doc.quoted(k + 1)
                && CONTRAST_GOES_ON.contains(doc.token(k + 1).lower());
    }

    private static final Set<String> CONTRAST_GOES_ON = Set.of("that", "not", "also", "rather", "instead", "only");

    /**
     * Whether a short insertion opening with a clause break at {@code k} closes with a comma after which the clause
     * goes on ("as a crucial, although brief, opportunity", "that Trump, even as a candidate, had raised …", "the
     * scandal, while troublesome, was handled …"): its verb, or a noun the insertion qualified; not a clause with a
     * subject of its own (", but if he did, he would …"). On train the longer content pairs with gold 9 times for 2.
     */
    private boolean insertionGoesOn(int k, int e) {
        if (doc.token(k).is("which")) {
            return false; // see verbAfterInsertion
        }
        for (int c = k + 1; c + 1 < e && c <= k + MAX_INSERTION_TOKENS; c++) {
            Token t = doc.token(c);
            if (doc.quoted(c)) {
                return false;
            }
            if (t.text().equals(",")) {
                Token next = doc.token(c + 1);
                String w = next.lower();
                return !doc.quoted(c + 1) && next.isWord() && !next.isCapitalized() && !OBJECT_PRONOUNS.contains(w)
                        && !SUBJECT_PRONOUNS.contains(w) && !w.equals("it")
                        && (FINITE_AUXILIARIES.contains(w) || isPastForm(next)
                                || !Lexicon.STOP.contains(w) && !w.endsWith("ly") && !isParticiple(next) && !ARTICLES.contains(w));
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** The most tokens of an insertion opening with a clause break ("even with Trump as a candidate"). */
    private static final int MAX_INSERTION_TOKENS = 7;

    /** Words that open a subordinate clause before the main clause of a sentence ("Although she said …, …"). */
    private static final Set<String> SUBORDINATORS = Set.of("although", "though", "while", "when", "after",
            "because", "if", "since", "before", "whereas", "unless", "until", "once", "as");

    /**
     * Whether the main clause may start at token {@code k} after the comma closing an opening subordinate clause: not
     * where the clause goes on with a relative, a conjunction or a phrase ("…, which …", "…, and …", "…, with …"),
     * nor at the state after a place ("Louisville, Ky., …").
     */
    private boolean mainClauseAfter(int k, int e) {
        if (k >= e || doc.quoted(k) || !doc.token(k).isWord() || SUBORDINATE_GOES_ON.contains(doc.token(k).lower())) {
            return false;
        }
        boolean place = doc.token(k).isCapitalized() && (k + 1 >= e || ",.".contains(doc.token(k + 1).text()));
        return !place;
    }

    /** Words after a comma with which an opening subordinate clause goes on. */
    private static final Set<String> SUBORDINATE_GOES_ON = Set.of("which", "who", "whom", "whose", "where", "and",
            "but", "or", "including", "with");

    /**
     * Whether token {@code from} stands in a subordinate clause with no comma, quoted or not, before it, that clause
     * ending where the main clause starts: one that opens its sentence ("Although Cruz said the race was close, …"),
     * or a later one, the subordinator nearest the content ("A few weeks after Obama announced that …, U.S. forces
     * bombed …", "…, and though she has said …, Republicans are …"; on train 13 to 1), or a participle cue after at
     * most two opening words ("Yet by calling out Clinton on her attack, Axelrod …"; on train 2 to 0).
     */
    private Fronted frontedClause(int from) {
        int begin = doc.sentenceBegin(doc.sentenceOf[from]);
        boolean nearest = true;
        for (int k = from - 1; k >= begin; k--) {
            if (doc.token(k).text().equals(",")) {
                return Fronted.NONE; // also a quoted one: "While he called it “good-faith,” Korea said …" is the main clause
            }
            if (!doc.quoted(k) && SUBORDINATORS.contains(doc.token(k).lower())) {
                if (k == firstWord(begin, from)) {
                    return Fronted.OPENING;
                }
                if (nearest && opensClauseAt(k, begin)) {
                    return Fronted.LATER;
                }
                nearest = false; // "If we hear him right when he says …, …": the clause that opens the sentence
            } else if (nearest && !doc.quoted(k) && isParticiple(doc.token(k)) && wordsIn(begin, k) <= MAX_PARTICIPLE_LEAD
                    && opensClauseAt(k, begin)) {
                return Fronted.LATER; // "Yet by calling out Clinton on her attack, Axelrod occupied …"
            }
        }
        return Fronted.NONE;
    }

    /** Where a subordinate clause holding a cue stands in its sentence. */
    private enum Fronted { NONE, OPENING, LATER }

    private int firstWord(int begin, int to) {
        while (begin < to && !doc.token(begin).isWord()) {
            begin++;
        }
        return begin;
    }

    /**
     * Whether a subordinate clause may open at token {@code k}, not first in its sentence: after at most a few words
     * that open it ("A few weeks after Obama announced …", "Even as he said …"), or after a comma, maybe with a
     * conjunction ("However, while the party says …", "…, and though she has said …").
     */
    private boolean opensClauseAt(int k, int begin) {
        int j = k - 1;
        if (j >= begin && CONTENT_GLUE.contains(doc.token(j).lower()) && !doc.token(j).text().equals(",")) {
            j--; // "and though", "but while"
        }
        if (j >= begin && doc.token(j).text().equals(",")) {
            return true;
        }
        int words = 0;
        for (int m = begin; m < k; m++) {
            if (doc.quoted(m) || doc.token(m).isWord() && ++words > MAX_LEAD_WORDS || cues.isCue(doc.token(m).lower())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a subject and its verb open at token {@code k}, where a main clause follows a subordinate one that did
     * not open its sentence ("…, U.S. forces bombed", "…, they are not receiving"); not a list going on ("…, Jeb Bush,
     * Carly Fiorina and …").
     */
    private boolean subjectAt(int k, int e) {
        if (k >= e || doc.quoted(k) || !doc.token(k).isWord()) {
            return false;
        }
        Token first = doc.token(k);
        if (SUBJECT_PRONOUNS.contains(first.lower()) || first.is("it") || first.is("there")) {
            return true;
        }
        if (!first.isCapitalized() && !Lexicon.DETERMINERS.contains(first.lower())
                && !Character.isDigit(first.text().charAt(0)) && !first.is("at")) {
            return false;
        }
        for (int v = k + 1; v < e && v <= k + MAX_SUBJECT_TOKENS; v++) {
            Token t = doc.token(v);
            if (doc.quoted(v) || t.text().equals(",") || t.is("and") || t.is("or")) {
                return false;
            }
            if (!t.isCapitalized() && t.isWord() && (FINITE_AUXILIARIES.contains(t.lower()) || isPastForm(t)
                    || IRREGULAR_PASTS.contains(t.lower()) || cues.isCue(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** The most words before a subordinator that opens a sentence's first clause ("A few weeks after"). */
    private static final int MAX_LEAD_WORDS = 3;
    /** The most words before a participle that opens its sentence's first clause ("Yet by calling …"). */
    private static final int MAX_PARTICIPLE_LEAD = 2;

    /**
     * Whether the cue of content starting at {@code from} speaks in a relative clause ("Obama, who endorsed …",
     * "the vote, which she has said …"): a "who" or "which" a few words before the content, with no comma between.
     */
    private boolean inRelativeClause(int from) {
        int b = doc.sentenceBegin(doc.sentenceOf[from]);
        for (int k = from - 1; k >= b && k >= from - MAX_RELATIVE_TOKENS; k--) {
            Token t = doc.token(k);
            if (doc.quoted(k) || !t.isWord()) {
                return false;
            }
            if (t.is("who") || t.is("which")) {
                return true;
            }
        }
        return false;
    }

    /** The most words between a relative "who" or "which" and the content of the cue it opens. */
    private static final int MAX_RELATIVE_TOKENS = 6;

    /**
     * Whether a verb of the sentence's main clause follows a comma at {@code k}, maybe after an adverb ("…, is
     * making", "…, later returned"): on train, content in a relative clause ends there 11 times to 4.
     */
    private boolean verbAfterComma(int k, int e) {
        if (k < e && !doc.quoted(k) && isChainAdverb(doc.token(k))) {
            k++;
        }
        if (k + 1 >= e || doc.quoted(k)) {
            return false;
        }
        Token t = doc.token(k);
        return !t.isCapitalized() && (FINITE_AUXILIARIES.contains(t.lower()) || isPastForm(t));
    }

    /**
     * Whether a verb in the past and the start of its own object or phrase open at {@code k}, maybe after an adverb
     * ("… and ultimately made the name a brand", "… and sought his endorsement"): the speaker's next act after an
     * object content, not a second object ("… and leveraged deals", "… and evenhanded advice"). On train, object
     * content ends there 12 times to 5 where no comma stands before.
     */
    private boolean pastActAt(int k, int e) {
        return actAt(k, e, verb -> (isPastForm(verb) || !verb.isCapitalized() && IRREGULAR_PASTS.contains(verb.lower()))
                && !FINITE_AUXILIARIES.contains(verb.lower()));
    }

    /**
     * Whether a participle and the start of its own object or phrase open at {@code k}, maybe after an adverb
     * ("… and pointedly saying the …", "… and calling for …"), not a noun in -ing ("… and the building").
     */
    private boolean participleActAt(int k, int e) {
        return actAt(k, e, ContentBounds::isParticiple);
    }

    /** Whether a {@code verb} and the start of its object or phrase open at {@code k}, maybe after an adverb. */
    private boolean actAt(int k, int e, Predicate<Token> verb) {
        while (k < e && !doc.quoted(k) && isChainAdverb(doc.token(k))) {
            k++;
        }
        if (k + 1 >= e || doc.quoted(k) || !verb.test(doc.token(k))) {
            return false;
        }
        Token next = doc.token(k + 1);
        return doc.opensQuote(k + 1) || !doc.quoted(k + 1) && (next.isCapitalized()
                || Lexicon.DETERMINERS.contains(next.lower()) || OBJECT_STARTS.contains(next.lower()));
    }

    /** Common irregular past forms, which {@link #isPastForm} misses. */
    private static final Set<String> IRREGULAR_PASTS = Set.of("made", "took", "won", "went", "gave", "came", "left",
            "ran", "sought", "thought", "brought", "began", "became", "kept", "held", "met", "sent", "spent", "stood",
            "wrote", "saw", "knew", "found", "put", "set", "lost", "led", "paid", "fought", "drew", "threw", "spoke",
            "broke", "chose", "rose", "fell", "felt", "built", "caught", "taught", "bought", "struck", "hit", "cut",
            "let", "quit", "got", "told", "said", "did");

    /** Words besides determiners that open a verb's object or phrase ("sued him", "turned to", "backed off"). */
    private static final Set<String> OBJECT_STARTS = Set.of("him", "them", "it", "to", "for", "on", "in", "at",
            "with", "about", "against", "of", "out", "up", "down", "back", "off", "no", "as", "how", "what", "why",
            "whether");

    /**
     * Whether the insertion opening at {@code k} closes with a comma followed by a verb, the verb of the clause it
     * was inserted in ("…, which friends described as miserable, contributed to …").
     */
    private boolean verbAfterInsertion(int k, int e) {
        for (int c = k; c + 1 < e; c++) {
            if (doc.token(c).text().equals(",") && !doc.quoted(c)) {
                Token next = doc.token(c + 1);
                return !doc.quoted(c + 1) && !next.isCapitalized()
                        && (FINITE_AUXILIARIES.contains(next.lower()) || VERBS_AFTER_SUBJECT.contains(next.lower())
                        || isPastForm(next));
            }
            if (";:".contains(doc.token(c).text()) || Lexicon.isDash(doc.token(c).text())) {
                return false;
            }
        }
        return false;
    }

    /** Verbs other than the finite auxiliaries that follow a subject right after an insertion. */
    private static final Set<String> VERBS_AFTER_SUBJECT = Set.of("be", "are", "remains", "remain", "includes",
            "include", "shows", "show", "makes", "make", "gives", "give");

    /** A lower-case word in -ed: after a subject and its insertion, most often the clause's verb. */
    static boolean isPastForm(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && w.length() > 4 && w.endsWith("ed");
    }

    /** Relative words whose clause, last in the sentence, comments on the name before it. */
    private static final Set<String> FINAL_RELATIVES = Set.of("who", "whom", "whose", "where");

    /**
     * Whether the clause before an insertion ("…, according to the budget office, …") goes on at token {@code k}:
     * with its verb ("Notably absent from the talks, according to members, was …"), or after a few words that are
     * no clause ({@code wordsBefore}: "Over the long term, …, the rise in deficits …") with its subject. Not with
     * an apposition to the source (", a pollster at …"), a relative clause or a clause break.
     */
    boolean goesOnAfterInsertion(int k, int e, int wordsBefore) {
        if (k + 1 >= e || doc.quoted(k) || !doc.token(k).isWord()) {
            return false;
        }
        Token t = doc.token(k);
        if (!t.isCapitalized() && FINITE_AUXILIARIES.contains(t.lower())) {
            return true;
        }
        boolean subject = SUBJECT_PRONOUNS.contains(t.lower()) || t.is("the") || t.isCapitalized();
        return wordsBefore <= MAX_OPENING_WORDS && subject;
    }

    /** The most words of an opening phrase before an insertion after which the clause's subject follows. */
    private static final int MAX_OPENING_WORDS = 6;

    private static final Set<String> OPENING_BRACKETS = Set.of("(", "[");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /**
     * Whether a clause with its own subject opens at token {@code k}, maybe after "and" or "but": a subject pronoun
     * and a word ("and she left"), or a capitalised or determined noun phrase and a finite auxiliary ("the council
     * was"), or with {@code cueVerbs} a verb of the cue lexicon ("the council praised").
     */
    private boolean opensOwnClause(int k, int e, boolean cueVerbs) {
        if (k < e && (doc.token(k).is("and") || doc.token(k).is("but"))) {
            k++;
        }
        if (k + 1 >= e || doc.quoted(k)) {
            return false;
        }
        Token first = doc.token(k);
        if (SUBJECT_PRONOUNS.contains(first.lower())) {
            return doc.token(k + 1).isWord() && !doc.quoted(k + 1);
        }
        if (!first.isCapitalized() && !Lexicon.DETERMINERS.contains(first.lower())) {
            return false;
        }
        for (int v = k + 1; v < e && v <= k + MAX_SUBJECT_TOKENS; v++) {
            Token t = doc.token(v);
            if (doc.quoted(v) || !t.isWord() && !t.isPossessive()) {
                return false;
            }
            if (!t.isCapitalized() && (FINITE_AUXILIARIES.contains(t.lower()) || cueVerbs && cues.isCue(t.lower()))) {
                return true;
            }
            if (Lexicon.STOP.contains(t.lower())) {
                return false; // "the schools, the parks and elsewhere that the council ignored": a list goes on
            }
        }
        return false;
    }

    /**
     * Whether a subject and a verb of saying open at token {@code k} and the verb's own content follows ("the mayor
     * said the …"), not a comma: "the plan, the mayor said, would fail" inserts an attribution into the content.
     */
    private boolean opensAttribution(int k, int e) {
        if (k + 1 >= e || doc.quoted(k)) {
            return false;
        }
        Token first = doc.token(k);
        if (!first.isWord() || !(first.isCapitalized() || Lexicon.DETERMINERS.contains(first.lower())
                || SUBJECT_PRONOUNS.contains(first.lower()) || Character.isDigit(first.text().charAt(0)))) {
            return false;
        }
        for (int v = k + 1; v < e && v <= k + MAX_SUBJECT_TOKENS; v++) {
            Token t = doc.token(v);
            if (doc.quoted(v) || !t.isWord() && !t.isPossessive()) {
                return false;
            }
            if (!t.isCapitalized() && SAY_FORMS.contains(t.lower())) {
                return v + 1 < e && doc.token(v + 1).isWord() && !doc.quoted(v + 1);
            }
        }
        return false;
    }

    private static final int MAX_SUBJECT_TOKENS = 6;
    private static final Set<String> FINITE_AUXILIARIES = Set.of("is", "was", "were", "are", "has", "have", "had",
            "will", "would", "could", "can", "did", "does", "should", "may", "might", "must");

    /**
     * Where the circumstances that close content in [from, to) start ("the mayor in early-morning tweets on Friday",
     * "the plan in a statement"), or {@code to}: the reporter tells where and when the object was given.
     */
    int circumstancesStart(int from, int to) {
        int end = to;
        while (end > from && !doc.token(end - 1).isWord()) {
            end--;
        }
        for (int k = from + 1; k < end; k++) {
            if (!doc.quoted(k) && circumstancesRunTo(k, end)) {
                return k;
            }
        }
        return to;
    }

    /**
     * After an attribution inserted in content ("If she wins, Clinton suggested in a tweet, women …"): the comma
     * that closes the circumstances at {@code j} ("in a tweet", "in an interview") where the content goes on after it
     * with a word of its own; else {@code j}. On train the words after such a comma are content 6 times in 8.
     */
    int pastInsertedCircumstances(int j, int e) {
        int comma = firstUnquoted(j, Math.min(e, j + MAX_MEDIUM_TOKENS + 2), ","::equals);
        if (j >= e || doc.token(j).text().equals(",") || comma + 1 >= e || comma >= j + MAX_MEDIUM_TOKENS + 2
                || !circumstancesRunTo(j, comma)) {
            return j;
        }
        Token next = doc.token(comma + 1);
        boolean goesOn = next.isWord() && !doc.quoted(comma + 1) && !doc.opensQuote(comma + 1) && !isParticiple(next)
                && !NARRATION_STARTS.contains(next.lower());
        return goesOn ? comma : j;
    }

    private boolean circumstancesRunTo(int k, int end) {
        while (k < end) {
            int next = circumstanceAt(k, end);
            if (next <= k) {
                return false;
            }
            k = next;
        }
        return true;
    }

    /** The token after one circumstance opening at {@code k} ("on Friday", "in a statement"), or {@code k}. */
    private int circumstanceAt(int k, int end) {
        if (doc.quoted(k)) {
            return k;
        }
        int time = TimePhrases.after(doc, k, end);
        if (time > k) {
            return time;
        }
        String w = doc.token(k).lower();
        if (!MEDIUM_PREPOSITIONS.contains(w)) {
            return k;
        }
        for (int m = k + 1; m < end && m <= k + MAX_MEDIUM_TOKENS; m++) {
            if (doc.quoted(m) || !doc.token(m).isWord() && !doc.token(m).isPossessive()) {
                return k;
            }
            if (MEDIA.contains(doc.token(m).lower())) {
                return pastPlace(m + 1, end);
            }
        }
        return k;
    }

    /**
     * Past the place that a medium's phrase may close with ("in an op-ed in Iowa's Cedar Rapids Gazette", "at a rally
     * in Hartford, Conn"): "in" and capitalised words running to {@code end}; else {@code k}.
     */
    private int pastPlace(int k, int end) {
        if (k + 1 >= end || !doc.token(k).is("in") || doc.quoted(k + 1)) {
            return k;
        }
        for (int m = k + 1; m < end; m++) {
            Token t = doc.token(m);
            if (doc.quoted(m) || !(t.isCapitalized() || t.isPossessive() || t.text().equals(","))) {
                return k;
            }
        }
        return end;
    }

    private static final int MAX_MEDIUM_TOKENS = 4;
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "through", "over");
    /** Where words are given: what a circumstance phrase after an object content names. */
    private static final Set<String> MEDIA = Set.of("interview", "interviews", "statement", "statements", "tweet",
            "tweets", "twitter", "facebook", "email", "emails", "op-ed", "speech", "speeches", "remarks", "rally",
            "debate", "conference", "appearance", "broadcast", "show", "letter", "briefing",
            "hearing", "podcast", "radio", "television", "tv");

    /**
     * Past the particles that finish a cue ("spoke out against the plan", "complained about the noise", "pointed out
     * that …"): annotators give them to the cue, and the content starts after them.
     */
    int pastParticles(int from, int to) {
        boolean adverbial = false;
        while (from + 1 < to && !doc.quoted(from) && (doc.token(from + 1).isWord() || doc.opensQuote(from + 1))
                && (CUE_PARTICLES.contains(doc.token(from).lower())
                        || ADVERBIAL_PARTICLES.contains(doc.token(from).text())
                                && !PHRASE_PREPOSITIONS.contains(doc.token(from + 1).lower())
                        || adverbial && PARTICLE_PREPOSITIONS.contains(doc.token(from).text()))) {
            adverbial = ADVERBIAL_PARTICLES.contains(doc.token(from).text());
            from++;
        }
        return from;
    }

    private static final Set<String> CUE_PARTICLES = Set.of("about", "out", "against", "up");
    /**
     * Particles that make a phrasal cue of a verb ("played down the idea", "struck down the ban", "shot back that
     * …"), with the preposition that may follow them ("doubled down on his remarks", "fired back at Christie"). On
     * train, gold cues hold them: skipping them brings 24 contents closer to gold and moves 2 away. Capitalised they
     * open a phrase of time ("Back then").
     */
    private static final Set<String> ADVERBIAL_PARTICLES = Set.of("down", "back");
    private static final Set<String> PARTICLE_PREPOSITIONS = Set.of("on", "at");
    /** Prepositions after which "down" or "back" is an adverb of its own ("back in 1986", "down to 5 percent"). */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "to");

    /** "says of Clinton, “…”": the person spoken of is no content. */
    int skipOfPhrase(int j, int e) {
        if (j >= e || !doc.token(j).is("of")) {
            return j;
        }
        for (int k = j + 1; k < e && k < j + 7; k++) {
            String t = doc.token(k).text();
            if (t.equals(",") || t.equals(":")) {
                return k;
            }
            if (!doc.token(k).isWord() || doc.quoted(k)) {
                return j;
            }
        }
        return j;
    }

    /**
     * The "that" of "says at a campaign stop in Toledo, Ohio, that …" past the circumstances, or -1; a comma before
     * a participle opens a clause of the reporter's (", meaning he had …").
     */
    int thatAcrossCommas(int j, int e) {
        for (int k = j; k < e && k < j + 16; k++) {
            Token t = doc.token(k);
            if (doc.quoted(k) || t.text().equals(";") || t.text().equals(":")) {
                return -1;
            }
            if (t.text().equals(",") && k + 1 < e && isParticiple(doc.token(k + 1))) {
                return -1;
            }
            if (t.is("that")) {
                return k;
            }
        }
        return -1;
    }

    boolean startsSecondPiece(int j, int e) {
        return j + 2 < e && doc.token(j).text().equals(",") && doc.opensQuote(j + 1);
    }

    boolean isClosingMark(int i) {
        return i >= 0 && Lexicon.isQuoteMark(doc.token(i).text()) && i > 0 && doc.quoted(i - 1);
    }

    int skipObject(int j, int e) {
        if (j >= e) {
            return j;
        }
        Token t = doc.token(j);
        if (OBJECT_PRONOUNS.contains(t.lower())) {
            return j + 1;
        }
        int k = j;
        if (Lexicon.DETERMINERS.contains(t.lower())) {
            k++;
        }
        int start = k;
        while (k < e && k - start < 5 && doc.token(k).isWord() && !doc.quoted(k)
                && (doc.token(k).isCapitalized() || k == start && !Lexicon.STOP.contains(doc.token(k).lower()))) {
            k++;
        }
        return k > start || k > j ? k : j;
    }

    /** Skips "Saturday", "on Friday", "last week", "in a statement", "in an interview with CNN" up to "that". */
    int skipTime(int j, int e) {
        while (j < e) {
            int time = TimePhrases.after(doc, j, e);
            String w = doc.token(j).lower();
            if (time > j) {
                j = time;
            } else if (CUE_ADVERBS.contains(w)) {
                j++;
            } else if (THAT_AFTER_PREPOSITIONS.contains(w)) {
                int that = thatWithin(j + 1, e, 10);
                if (that < 0) {
                    return j;
                }
                j = that;
            } else {
                return j;
            }
        }
        return j;
    }

    /** Adverbs between a cue and its content ("said again that …", "said earlier"). */
    private static final Set<String> CUE_ADVERBS = Set.of("earlier", "later", "also", "repeatedly", "again", "publicly",
            "privately", "recently");

    /** Prepositions whose phrase may stand between a cue and its "that" ("said in a statement that …"). */
    private static final Set<String> THAT_AFTER_PREPOSITIONS = Set.of("in", "on", "at", "during", "via", "with", "from",
            "after", "before", "to", "through");

    private static final Set<String> CLAUSE_BEFORE_THAT = Set.of("when", "while", "because", "if", "as");

    int thatWithin(int j, int e, int max) {
        for (int k = j; k < e && k < j + max; k++) {
            Token t = doc.token(k);
            int appositiveEnd = t.text().equals(",") ? appositiveBeforeThat(k, Math.min(e, j + max)) : -1;
            if (appositiveEnd > k) {
                k = appositiveEnd; // "told Anadolu Agency, a local news outlet, that …": the listener's description
                continue;
            }
            if (doc.quoted(k) || !t.isWord() && !t.isPossessive() || CLAUSE_BEFORE_THAT.contains(t.lower())) {
                return -1; // "told MSNBC when asked about concerns that …": the "that" is the clause's, not the cue's
            }
            if (t.is("that")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The comma closing a description of the listener that opens at the comma {@code comma} with an article and is
     * followed by "that" ("told Reuters, a news agency, that"), or -1.
     */
    private int appositiveBeforeThat(int comma, int end) {
        if (comma + 1 >= end || !ARTICLES.contains(doc.token(comma + 1).lower())) {
            return -1;
        }
        for (int k = comma + 2; k + 1 < end; k++) {
            Token t = doc.token(k);
            if (t.text().equals(",")) {
                return doc.token(k + 1).is("that") ? k : -1;
            }
            if (doc.quoted(k) || !t.isWord() && !t.isPossessive()) {
                return -1;
            }
        }
        return -1;
    }

    int skipThat(int j, int e) {
        if (j < e && doc.token(j).is("that")) {
            return j + 1;
        }
        if (j < e && (doc.token(j).text().equals(":") || doc.token(j).text().equals(","))) {
            return j + 1;
        }
        return j;
    }

    /**
     * After "“X,” he said," or "…, he said, on condition of anonymity": whether the words after the comma at
     * {@code j} are the reporter's. They are after a closed quotation, unless quoted themselves, and where they open
     * with a participle or a circumstance ("adding that …", "when a protester …", "in an interview").
     */
    boolean narrationAfter(int beforeMention, int j, int e) {
        if (j + 1 >= e || !doc.token(j).text().equals(",") || doc.opensQuote(j + 1)) {
            return false;
        }
        Token next = doc.token(j + 1);
        return isClosingMark(beforeMention) || isClosingMark(beforeMention - 1) || isParticiple(next)
                || NARRATION_STARTS.contains(next.lower());
    }

    private static final Set<String> NARRATION_STARTS = Set.of("when", "after", "before", "while", "as", "on", "in",
            "at", "during", "according", "without", "with", "though", "although",
            "because", "since", "who", "which", "where", "then");

    /**
     * Where content before its speaker starts: after a colon, an opening bracket or a dash right before the quotation
     * ("His verdict: “…,” he said", "members (“…,” wrote one)", "… Hussein — “…,” Biden said —").
     */
    private static final Set<String> QUOTATION_INTRODUCERS = Set.of(":", "(", "[", "—", "–", "-", "--");

    int leftContentStart(int b, int to) {
        for (int k = to - 1; k > b; k--) {
            if (!doc.quoted(k) && QUOTATION_INTRODUCERS.contains(doc.token(k).text()) && doc.opensQuote(k + 1)) {
                return k + 1;
            }
        }
        return b;
    }

    /**
     * Where the first piece of content split by its attribution starts: after the last lone dash before it, whose
     * words are the reporter's ("would bar new deals with Tehran - a provision, Corker said, that …"), where two
     * words or more follow it; else at {@code from}.
     */
    int pastLastDash(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (!doc.quoted(k) && Lexicon.isDash(doc.token(k).text())) {
                return wordsIn(k + 1, to) >= 2 ? k + 1 : from;
            }
        }
        return from;
    }

    /**
     * Where a quotation opens after a comma that closes the listener of a verb of telling at {@code from} ("told the
     * Reuters news agency simply, “…”", "told the mayors who gathered in the city, “…”"), before any "that", "to",
     * conjunction, participle, other cue or quotation; or -1.
     */
    int quoteAfterListener(int from, int e) {
        for (int k = from + 1; k < e && k - from <= MAX_LISTENER_TOKENS; k++) {
            if (doc.opensQuote(k) || doc.quoted(k)) {
                return doc.opensQuote(k) && doc.token(k - 1).text().equals(",") ? k : -1;
            }
            Token t = doc.token(k);
            if (LISTENER_ENDS.contains(t.lower()) || Lexicon.isDash(t.text()) || cues.isCue(t.lower()) || isParticiple(t)) {
                return -1; // "urged women to vote, saying, “…”", "asked for a photo and Clinton said, “…”"
            }
        }
        return -1;
    }

    private static final Set<String> LISTENER_ENDS = Set.of("that", ";", ":", "to", "and", "but", "or", "for", "about");

    /** The most tokens of a listener and its description before the quotation told them. */
    private static final int MAX_LISTENER_TOKENS = 14;

    /** Whether a closed quotation ends right before token {@code k}, or before the comma before it. */
    boolean quoteEndsBefore(int k) {
        return isClosingMark(k - 1) || k >= 2 && doc.token(k - 1).text().equals(",") && isClosingMark(k - 2);
    }

    /**
     * "In an interview with CNN, Trump …", "As the president spoke, Trump …": words before the speaker that open
     * with a preposition or a subordinator and hold no further comma or quotation set the scene; they are no content.
     */
    boolean isCircumstance(int from, int to) {
        if (from >= to || doc.quoted(from) || !CIRCUMSTANCE_OPENERS.contains(doc.token(from).lower())) {
            return false;
        }
        return !commaWithin(from + 1, to) && !holdsQuote(from, to);
    }

    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("in", "on", "at", "during", "after", "before", "as",
            "when", "while", "with", "without", "since", "until", "following", "amid", "despite", "from", "for", "by",
            "upon", "speaking", "asked", "appearing", "last", "earlier", "later");

    /** Whether a quotation ending with a comma closes right before token {@code k} (its sentence goes on). */
    boolean quoteGoesOn(int k) {
        return k >= 1 && commaInQuoteBefore(k) || k >= 2 && doc.token(k - 1).text().equals(",") && isClosingMark(k - 2);
    }

    /**
     * After "he said of the people whose rights were restored" or "he told Bloomberg News in October": the comma
     * before the quotation that goes on, a few unquoted words on, with no stop between; or -1.
     */
    int secondPieceAfterCircumstances(int j, int e) {
        for (int k = j; k < e && k < j + MAX_CIRCUMSTANCE_TOKENS; k++) {
            if (startsSecondPiece(k, e)) {
                return k;
            }
            if (doc.quoted(k) || doc.opensQuote(k) || ";:".contains(doc.token(k).text())
                    || cues.isCue(doc.token(k).lower())) {
                return -1; // "he said on Monday, adding, “…”": the quotation is the participle's
            }
        }
        return -1;
    }

    private static final int MAX_CIRCUMSTANCE_TOKENS = 15;

    /** Whether any quoted word stands in tokens [from, to). */
    boolean holdsQuote(int from, int to) {
        for (int k = from; k < to; k++) {
            if (doc.quoted(k) && doc.token(k).isWord()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Content that starts right after a complementizer "that" starts at it, as annotators mark it: the content of
     * "said that the war was lost" is "that the war was lost". The cue ends at {@code cueLast}, before the "that".
     */
    int withThat(int from, int cueLast) {
        int that = from - 1;
        return that > cueLast && doc.token(that).is("that") && !doc.quoted(that) ? that : from;
    }

    int wordsIn(int from, int to) {
        int words = 0;
        for (int k = from; k < to; k++) {
            if (doc.token(k).isWord()) {
                words++;
            }
        }
        return words;
    }

    /** The token before closing quote marks ending at {@code k} (the comma of {@code …negotiations,”}). */
    int skipClosingMarks(int k) {
        while (k > 0 && Lexicon.isQuoteMark(doc.token(k).text())) {
            k--;
        }
        return k;
    }

    /** Whether token {@code k} follows a quotation that ends in a comma ({@code “true,” but}). */
    private boolean commaInQuoteBefore(int k) {
        if (k < 1 || !isClosingMark(k - 1)) {
            return false;
        }
        int q = doc.quoteOf[k - 2 >= 0 ? k - 2 : 0];
        return q >= 0 && doc.text.charAt(doc.quotes.get(q).contentEnd() - 1) == ',';
    }

    /**
     * How attribution {@code a}, whose cue stands in the content of the {@code earlier} one, stands to it. Annotators
     * never nest one content in another: "next" where a comma or a conjunction joins it, with a speaker of its own,
     * after that content ("praised the plan, and Cruz claimed …"); "also" where it goes on with the speaker before
     * ("praised the plan, and claimed …"); "under" where a lexicon cue speaks in the content of a weaker one
     * ("landed in hot water by saying that …"); else "inside" ("said Trump had signed …", "said Trump claimed …"),
     * part of the earlier statement. In the first three cases, where {@code a} is kept, the earlier content ends
     * before it.
     */
    static String nesting(Document doc, CueLexicon cues, Attribution a, Attribution earlier) {
        if (followsContent(doc, a, earlier.from())) {
            return a.mention() != null && a.mention().first() > earlier.from() ? "next" : "also";
        }
        boolean under = cues.isCue(doc.token(a.cueFirst()).lower()) && !cues.isCue(doc.token(earlier.cueFirst()).lower());
        return under ? "under" : "inside";
    }

    /**
     * Where the content of {@code a} ends before the attribution {@code next} in it, without the words that join
     * them; or -1 where {@code next} is part of that content or stands outside it.
     */
    static int endBefore(Document doc, CueLexicon cues, Attribution a, Attribution next) {
        int boundary = clauseStart(doc, next, a.from());
        if (boundary < a.from() || boundary >= a.to() || !next.contentAfterCue()
                || nesting(doc, cues, next, a).equals("inside")) {
            return -1;
        }
        int to = boundary;
        while (to > a.from() && CONTENT_GLUE.contains(doc.token(to - 1).lower())) {
            to--;
        }
        return to;
    }

    /**
     * Where the clause of attribution {@code a} opens inside content that starts at {@code from}: at its speaker
     * ("…, and Cruz claimed …"), or where the speaker stands before that content, at its verb and the auxiliaries
     * and adverbs before it ("Trump called the plan a disgrace, and has since threatened …").
     */
    static int clauseStart(Document doc, Attribution a, int from) {
        if (a.mention() != null && a.mention().first() > from) {
            return Math.min(a.mention().first(), a.cueFirst());
        }
        int k = a.cueFirst();
        while (k - 1 > from && a.cueFirst() - k < MAX_CHAIN_TOKENS && !doc.quoted(k - 1) && isChainWord(doc.token(k - 1))) {
            k--;
        }
        return k;
    }

    /** Whether a comma or a conjunction joins attribution {@code a} after the content opening at {@code from}. */
    private static boolean followsContent(Document doc, Attribution a, int from) {
        int k = clauseStart(doc, a, from) - 1;
        while (k > from && Lexicon.isQuoteMark(doc.token(k).text())) {
            k--;
        }
        return k > from && CONTENT_GLUE.contains(doc.token(k).lower());
    }

    /**
     * The auxiliaries and adverbs between a subject and its verb ("has also", "is once again", "could not").
     *
     * @param start the first of them (the verb itself where none stands before it)
     * @param aux   the auxiliary nearest the verb, lower-cased, or "" where none stands between
     */
    record VerbChain(int start, String aux) {
        /** The token before the chain, where the subject ends. */
        int subjectEnd() {
            return start - 1;
        }
    }

    /** The chain of auxiliaries and adverbs right before the verb at {@code verb}, within the sentence from {@code b}. */
    static VerbChain verbChain(Document doc, int verb, int b) {
        int k = verb - 1;
        String aux = "";
        while (k >= b && verb - k <= MAX_CHAIN_TOKENS && !doc.quoted(k)) {
            boolean contracted = isContractedAux(doc, k, b);
            if (!contracted && (!isChainWord(doc.token(k)) || k > b && GivenNames.afterGivenName(doc, k))) {
                break; // "Theresa May said": after a given name, a surname, no auxiliary
            }
            if (aux.isEmpty() && contracted) {
                aux = doc.token(verb).lower().endsWith("ing") ? "is" : "has"; // "he's hoping", "she's spoken out"
            } else if (aux.isEmpty() && !CueLexicon.auxClass(doc.token(k).lower()).equals("-")) {
                aux = doc.token(k).lower();
            }
            k--;
        }
        return new VerbChain(k + 1, aux);
    }

    /**
     * "he's", "who's": a "'s" after a subject pronoun contracts "is" or "has" (a possessive follows a noun); on train
     * a verb after "he's" or "she's" is annotated as a cue as often as after "he is" or "he has".
     */
    private static boolean isContractedAux(Document doc, int k, int b) {
        Token t = doc.token(k);
        return k > b && (t.is("'s") || t.is("’s")) && CONTRACTING_PRONOUNS.contains(doc.token(k - 1).lower());
    }

    /** An auxiliary or an adverb between a subject and its verb ("has", "once", "not", "repeatedly"). */
    static boolean isChainWord(Token t) {
        return !CueLexicon.auxClass(t.lower()).equals("-") || isChainAdverb(t);
    }

    /** An adverb between a subject and its verb ("once", "not", "repeatedly"). */
    static boolean isChainAdverb(Token t) {
        String w = t.lower();
        return !t.isCapitalized() && (Lexicon.ADVERBS.contains(w) || Lexicon.FLOATING.contains(w) || w.equals("not")
                || w.equals("n't") || w.endsWith("ly") && w.length() > 4);
    }
}
