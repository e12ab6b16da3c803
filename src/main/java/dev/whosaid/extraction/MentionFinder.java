package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the noun phrase that names a speaker next to a cue: before it ("Nauert said") or after it ("said Nauert"). */
final class MentionFinder {

    private static final int MAX_LOWER_WORDS = 4;
    private static final int MAX_APPOSITIVE = 25;
    /** Family words that stand for a person as role nouns do ("The mother said", "Dunn's mother"). */
    static final Set<String> KIN_NOUNS = Set.of("mother", "father", "wife", "husband", "son", "daughter", "brother",
            "sister", "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin",
            "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "partner");
    /**
     * Nouns for a person by trade or circumstance ("the mega donor", "the documentarian", "the woman"): a definite
     * description with one of them stands for someone, as a role noun does, not for an organisation.
     */
    static final Set<String> PERSON_NOUNS = Set.of("woman", "man", "girl", "boy", "donor", "documentarian",
            "filmmaker", "author", "writer", "columnist", "reporter", "journalist", "editor", "host", "anchor", "actor",
            "actress", "singer", "comedian", "artist", "pollster", "strategist", "analyst", "economist", "scientist",
            "researcher", "professor", "doctor", "physician", "teacher", "student", "officer", "soldier", "veteran",
            "activist", "protester", "organizer", "organiser", "owner", "executive", "lawmaker", "legislator",
            "politician", "tycoon", "magnate", "entrepreneur", "investor", "banker", "pastor", "priest", "rabbi",
            "imam", "bishop", "cleric", "victim", "survivor", "suspect", "gunman", "shooter", "attacker", "driver",
            "pilot", "nurse", "retiree", "waitress", "cashier", "businesswoman", "celebrity", "rapper");
    /** Adverbs and prepositions that open sentences, capitalised there, never a name's first word. */
    private static final Set<String> SENTENCE_ADVERBS = Set.of("afterwards", "afterward", "meanwhile", "however",
            "besides", "following", "now", "perhaps", "given", "still", "instead", "thereafter", "nevertheless",
            "moreover", "furthermore", "finally", "eventually", "initially", "currently", "recently", "previously",
            "subsequently", "ultimately", "separately", "similarly", "additionally", "likewise", "yesterday", "today",
            "whatever", "whenever", "wherever", "unless", "whereas", "without", "within", "beyond", "across",
            "toward", "towards", "upon", "behind", "inside", "outside", "near", "neither", "either");
    /** Nouns of a person's place in a group ("the head of the investigators"), besides the role nouns. */
    private static final Set<String> GROUP_ROLE_HEADS = Set.of("head", "member", "representative", "spokesman",
            "spokeswoman", "spokesperson", "deputy", "boss", "chair", "organiser", "organizer", "owner", "president");

    /** Bodies named for what they deal with ("Commission on Presidential Debates", "Board on Professional …"). */
    private static final Set<String> BODIES_ON = Set.of("commission", "committee", "council", "board", "conference",
            "institute", "center", "centre", "office", "panel", "forum", "court", "subcommittee", "task", "force",
            "coalition", "alliance", "campaign");
    private static final Set<String> ROLE_TIME_ADVERBS = Set.of("formerly", "now", "then", "once", "previously");
    /** Writings that speak for whoever issued them ("They released a statement which said …"). */
    static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "letter", "report", "tweet", "post", "release",
            "message", "communique", "communiqué", "memo", "note", "notice", "filing", "ruling", "judgment", "decision",
            "summary", "document");
    /** The anonymous heads that are people ("officials", "lawmakers"), not what they wrote ("reports", "polls"). */
    private static final Set<String> PEOPLE = Lexicon.ANONYMOUS_HEADS.stream()
            .filter(w -> w.endsWith("s") && !Set.of("reports", "polls", "surveys", "others").contains(w))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "does", "did", "do");
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "that");

    /** Lower-case words inside a person's name ("Mohammad bin Salman", "Ursula von der Leyen"). */
    private static final Set<String> NAME_PARTICLES = Set.of("bin", "bint", "ibn", "al", "el", "van", "von", "der",
            "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la", "le", "ter", "ten");
    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");
    /** Words of titles that name no person on their own: "the state", "the campaign", "the department" are bodies. */
    private static final Set<String> TITLE_MODIFIERS = Set.of("vice", "state", "prime", "foreign", "defense", "house",
            "senate", "majority", "minority", "former", "deputy", "assistant", "press", "campaign", "democratic",
            "republican", "gop", "presidential", "treasury", "homeland", "security", "national", "u.s.", "us",
            "department", "white", "of", "and", "the");
    /** Whether "to" at {@code to} follows an office held to a place ("Ambassador to Germany"). */
    private boolean officeTo(int to) {
        return to > 0 && doc.token(to).is("to") && OFFICES_TO.contains(doc.token(to - 1).lower());
    }

    /** Offices held to a place or body, whose holder is named after it ("Ambassador to Germany Ann Roe"). */
    private static final Set<String> OFFICES_TO = Set.of("ambassador", "envoy", "representative", "delegate", "emissary",
            "consul", "nuncio");
    /** Words before a person's noun that are part of the role ("lead author", "senior fellow"). */
    private static final Set<String> ROLE_MODIFIERS = Set.of("lead", "senior", "chief", "principal", "former", "deputy",
            "assistant", "associate", "co-lead", "executive", "managing", "founding");
    /** Determiners that a noun must follow: "The" or "His" alone names no one. */
    private static final Set<String> BARE_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your");
    /** Words that open sentences as adverbs, conjunctions or time phrases and never name anyone ("Hours later, …"). */
    private static final Set<String> OPENING_WORDS = Set.of("however", "whenever", "wherever", "neither", "either",
            "throughout", "once", "late", "early", "hours", "days", "weeks", "months", "years", "minutes", "moments",
            "meanwhile", "instead", "indeed", "overall", "nevertheless", "nonetheless", "moreover", "furthermore",
            "although", "though", "despite", "after", "before", "during", "until", "unless", "whether", "perhaps",
            "maybe", "thus", "hence", "besides", "among", "amid", "within", "without", "using", "check", "asked",
            "still", "already", "now", "then", "here", "there", "next", "finally", "later", "earlier", "along", "across",
            "against", "under", "over", "through", "beyond", "like", "unlike", "following", "regarding", "including",
            "given", "according", "toward", "towards", "upon", "whereas", "while", "because", "since", "ahead", "last",
            "amongst", "afterwards", "afterward", "subsequently", "previously");
    private static final int MAX_OPENING_PHRASE = 15;
    /** Numbers that open sentences before what they count ("Nine months of …", "One month after …"). */
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands");
    /** Longer than this, a word in -ly opening a sentence is an adverb ("Shortly", "Publicly"), not a name ("Ely"). */
    private static final int MIN_ADVERB_LENGTH = 5;
    /** Words of a race that stand before a name like titles ("Republican presidential hopeful Ted Cruz"). */
    private static final Set<String> CONTEST_TITLES = Set.of("hopeful", "front-runner", "frontrunner", "contender",
            "challenger");
    /** The most tokens of a "who" clause between a subject and its verb ("officials who spoke with the Post said"). */
    private static final int MAX_RELATIVE_CLAUSE = 25;
    private static final Set<String> DATELINE_MARKS = Set.of(",", "—", "–", "-", "(");
    /** Punctuation that may stand inside a dateline before its dash ("ORLANDO, Fla. (Reuters) -"). */
    private static final Set<String> DATELINE_PUNCTUATION = Set.of(",", ".", "(", ")");
    /** Punctuation that closes a name set off after a role ("his father, Abdullah Kurdi, …", "(Dee Margo)"). */
    private static final Set<String> SET_OFF_NAME_ENDS = Set.of(",", ".", "(", ")");
    /** The most tokens of a dateline before its dash ("ORLANDO , Fla. ( Reuters )", "WASHINGTON , Dec. 8 ( UPI )"). */
    private static final int MAX_DATELINE = 10;
    /** The most capitalised words of a name set off after a role ("his father, Abdullah Kurdi,"). */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * The prepositions, one set a job: each list is what that job has been found to need, so they overlap but differ
     * ("at" links a name to its body, "with" does not; "like" opens a sentence, never a circumstance after a verb).
     */
    private static final class Prepositions {

        private Prepositions() {}

        /** Inside a name, linking a person or title to a body ("Yvette Cooper of the Labour Party"). */
        static final Set<String> INSIDE_NAME = Set.of("of", "for", "at", "from");
        /** Before the body that ends a name: an affiliation or an organisation ("Joel Pollak of Breitbart"). */
        static final Set<String> AFFILIATION_LINKS = Set.of("of", "for", "and", "&");
        /** Of place or company: a noun phrase after one is where or with whom, not who speaks. */
        static final Set<String> OF_PLACE = Set.of("in", "through", "on", "into", "across", "over",
                "under", "near", "around", "outside", "inside", "behind", "along", "with", "without", "to", "against",
                "toward", "towards", "throughout");
        /** Of a time or circumstance that may stand between a subject and its verb ("at the time"). */
        static final Set<String> BEFORE_VERB = Set.of("at", "in", "for", "during", "on", "over", "within",
                "throughout");
        /** Opening a circumstance after a verb ("said in a follow-up interview"), never a speaker. */
        static final Set<String> AFTER_VERB = Set.of("in", "on", "at", "by", "for", "with", "from", "about",
                "into", "over", "during", "after", "before", "under", "through", "since", "while", "when", "as", "to",
                "of", "amid", "despite", "without", "within");
        /** Opening a phrase set off by a comma before the subject of a sentence ("In Ohio, …", "Like his rival, …"). */
        static final Set<String> OPENING_SENTENCE = Set.of("in", "at", "on", "after", "before", "during",
                "with", "from", "while", "when", "since", "like", "unlike", "as", "via");
        /** Governing a noun phrase as their object ("teased him about his sleep habits"), never opening a clause. */
        static final Set<String> OBJECT_OF = Set.of("in", "on", "at", "by", "for", "with", "from", "about", "into",
                "over", "during", "under", "through", "to", "of", "amid", "despite", "without", "within", "against",
                "toward", "towards", "among", "between", "around", "across", "upon");
        /** Before a place name, so that the name is where, not who ("Officials in Washington said"). */
        static final Set<String> BEFORE_PLACE_NAME = Set.of("in", "at", "from", "near", "outside", "across");
    }

    private final Document doc;
    private ArticleWords articleWords;

    MentionFinder(Document doc) {
        this.doc = doc;
    }

    /** Index of the token before {@code k} once adverbs and time phrases ("also", "on Saturday") are skipped. */
    int skipAdverbsLeft(int k, int floor) {
        while (k >= floor) {
            Token t = doc.token(k);
            String w = t.lower();
            int time = TimePhrases.endingAt(doc, k, floor);
            if (time < 0) {
                time = TimePhrases.spanEndingAt(doc, k, floor);
            }
            if (time >= 0) {
                k = time - 1;
            } else if (Lexicon.ADVERBS.contains(w) || w.endsWith("ly") && w.length() > 4 && !t.isCapitalized()
                    || Lexicon.FLOATING.contains(w) && !t.isCapitalized()
                    || w.equals("not") || w.equals("did") || w.equals("does") || w.equals("do")
                    || w.equals("having") // "with analyst Kevin Bonham having declared"
                    || (w.equals("here") || w.equals("there")) && k - 1 >= floor && !doc.token(k - 1).text().equals(",")) {
                // "Her campaign workers here said"; "…, there said" opens no subject
                k--;
            } else {
                return k;
            }
        }
        return k;
    }

    /**
     * The name, role or body that labels what follows the colon at {@code colon} and opens its clause: after the
     * sentence start, a dash ("TURNOUT FALLS - Jane Roe:") or "from" ("More from Roe:"); or null.
     */
    Mention labelBefore(int colon, int floor) {
        Mention m = colon - 1 >= floor ? nounPhraseEndingAt(colon - 1, floor) : null;
        if (m == null || m.type() != Mention.Type.NAME && m.type() != Mention.Type.ROLE
                && m.type() != Mention.Type.ORGANISATION) {
            return null;
        }
        int before = m.first() - 1;
        return before < floor || Lexicon.isDash(doc.token(before).text()) || doc.token(before).is("from") ? m : null;
    }

    /**
     * The subject whose "who" clause holds {@code m}, where that clause stands between the subject and its verb and
     * {@code m} was found right before the verb, at or left of {@code at}: "Voters who like Jones said" is the voters',
     * "Ann Roe, who lost her job in Aurora, Colorado, said" Roe's; else {@code m}. Only a clause closed by a comma
     * ends after one: "After meeting voters who like Jones, Smith said" is Smith's.
     */
    Mention pastRelativeClause(Mention m, int at, int floor) {
        if (m == null || m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.RELATIVE) {
            return m;
        }
        boolean closedByComma = false;
        for (int k = m.last() + 1; k <= at; k++) {
            closedByComma |= doc.token(k).text().equals(",");
        }
        boolean commaInside = false;
        for (int r = m.first() - 1; r > floor && m.first() - r <= MAX_RELATIVE_CLAUSE; r--) {
            Token t = doc.token(r);
            if (doc.quoted(r) || t.text().equals(";") || t.text().equals(":")) {
                return m;
            }
            commaInside |= t.text().equals(",");
            if (t.is("who") && isPronoun(t)) {
                boolean nonRestrictive = doc.token(r - 1).text().equals(",") || Lexicon.isDash(doc.token(r - 1).text());
                if (nonRestrictive ? !closedByComma : commaInside || closedByComma) {
                    return m;
                }
                Mention subject = nounPhraseEndingAt(nonRestrictive ? r - 2 : r - 1, floor);
                return subject == null || subject.type() == Mention.Type.PRONOUN || subject.type() == Mention.Type.RELATIVE
                        ? m : subject;
            }
        }
        return m;
    }

    /**
     * Whether the mention is a common noun, no head that names a speaker, governed by a preposition right before it
     * ("about his sleep"): the word after it goes on with the noun phrase ("about his sleep habits"); it is no verb
     * whose subject the mention is.
     */
    boolean nounAfterPreposition(Mention m, int floor) {
        int p = m.first() - 1;
        Token last = doc.token(m.last());
        return p >= floor && !doc.quoted(p) && Prepositions.OBJECT_OF.contains(doc.token(p).lower())
                && !last.isCapitalized() && !isPronoun(last) && !isHeadNoun(last.lower());
    }

    /**
     * The owner that the possessive at {@code k} names: the pronoun itself ("her"), or the capitalised name before "'s"
     * ("Trump's"), not reaching before {@code floor}; null where there is none ("It's possible": a pronoun before "'s"
     * contracts "is", it owns nothing).
     */
    Mention possessor(int k, int floor) {
        Token owner = doc.token(k);
        if (Lexicon.POSSESSIVE_PRONOUNS.containsKey(owner.lower())) {
            return new Mention(k, k, new Span(owner.start(), owner.end()), owner.text(), null, Mention.Type.PRONOUN);
        }
        if (k - 1 < floor || !(owner.is("'s") || owner.is("’s") || owner.is("'") || owner.is("’"))) {
            return null;
        }
        Token name = doc.token(k - 1);
        Mention named = Lexicon.STOP.contains(name.lower()) || isPronoun(name) ? null : leftOf(k - 1, floor);
        return named != null && named.last() == k - 1 && name.isCapitalized() ? named : null;
    }

    /** The speaker mention ending at or just before token {@code k}, not reaching before {@code floor}; or null. */
    Mention leftOf(int k, int floor) {
        k = skipAdverbsLeft(k, floor);
        if (k < floor || doc.quoted(k)) {
            return null;
        }
        Token t = doc.token(k);
        if (isPronoun(t)) {
            return pronoun(k);
        }
        boolean afterComma = k - 1 >= floor && doc.token(k - 1).text().equals(",");
        if ((t.is("which") || t.is("that")) && k - 1 >= floor && DOCUMENT_NOUNS.contains(doc.token(k - 1).lower())
                || t.is("which") && afterComma) { // "the union, which endorsed Clinton": the clause's own speaker
            return new Mention(k, k, new Span(t.start(), t.end()), t.text(), null, Mention.Type.RELATIVE); // "a statement which said"
        }
        if (t.text().equals(")")) {
            int open = k - 1;
            while (open >= floor && open > k - 12 && !doc.token(open).text().equals("(")) {
                open--;
            }
            return open > floor && doc.token(open).text().equals("(") ? leftOf(open - 1, floor) : null;
        }
        if (t.text().equals(",")) {
            return appositive(k, floor);
        }
        Mention m = nounPhraseEndingAt(k, floor);
        if (m != null && namesAStorm(m)) {
            return null; // "Hurricane Gonzalo made landfall", "Typhoon Phanfone continued westward": no one speaks
        }
        Mention person = m != null ? personBeforeBody(m, floor) : null;
        if (person != null) {
            return person;
        }
        Mention owner = m != null ? ownerOfPlace(m, floor) : null;
        if (owner == null && m != null) {
            owner = subjectBeforeCircumstance(m, floor);
        }
        return owner != null ? owner : m;
    }

    /**
     * "Chief Superintendent Graciano Mijares of the regional police": a person named with a title before the body they
     * belong to speaks, with the body in the role, though their given name is unknown; or null.
     */
    private Mention personBeforeBody(Mention body, int floor) {
        int link = body.first() - 1;
        if (body.type() == Mention.Type.NAME || body.type() == Mention.Type.PRONOUN || body.type() == Mention.Type.RELATIVE
                || link - 1 < floor || doc.quoted(link) || !PERSON_TO_BODY.contains(doc.token(link).text())) {
            return null;
        }
        Mention person = nounPhraseEndingAt(link - 1, floor);
        if (person == null || person.type() != Mention.Type.NAME || person.role() == null || person.last() != link - 1) {
            return null;
        }
        return ofBody(person, person.first(), link, body.last());
    }

    /**
     * The person named from {@code first} as one of the body after the link at {@code link} up to {@code last} ("Ann
     * Roe of the Tate"), the body in the role after any title ("Commissioner of Connecticut Department of …").
     */
    private Mention ofBody(Mention person, int first, int link, int last) {
        int body = doc.token(link + 1).is("the") ? link + 2 : link + 1;
        String affiliation = doc.text.substring(doc.token(body).start(), doc.token(last).end());
        String role = person.role() == null ? affiliation
                : person.role() + " " + doc.text.substring(doc.token(link).start(), doc.token(last).end()); // "… of the Tate"
        return new Mention(first, last, new Span(doc.token(first).start(), doc.token(last).end()), person.name(), role,
                Mention.Type.NAME);
    }

    /** A storm's name: "Hurricane Dorian", "Tropical Storm Barry", "Category Two Hurricane Zeta". */
    private boolean namesAStorm(Mention m) {
        if (isBodyWord(doc.token(m.last()).lower())) {
            return false; // "the National Hurricane Center said"
        }
        for (int i = m.first(); i < m.last(); i++) {
            if (STORMS.contains(doc.token(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> STORMS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Depression");

    /**
     * "Trump at the time said", "Beck, who has in the past described", "the report on Wednesday for the first time
     * cited": a phrase of time or circumstance between a subject and its verb; the subject before it speaks, not the
     * time. Or null.
     */
    private Mention subjectBeforeCircumstance(Mention m, int floor) {
        int p = m.first() - 1;
        if (m.type() == Mention.Type.NAME || m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.RELATIVE
                || p - 1 < floor || doc.quoted(p) || !Prepositions.BEFORE_VERB.contains(doc.token(p).lower())) {
            return null;
        }
        int k = skipAdverbsLeft(p - 1, floor);
        if (k < floor || doc.quoted(k) || !doc.token(k).isWord()) {
            return null;
        }
        return leftOf(k, floor);
    }

    /**
     * "Protesters marching through the streets chanted", "Officials in Washington said": the noun phrase before the
     * preposition that governs the mention, over a participle between, speaks; the place does not. Or null.
     */
    private Mention ownerOfPlace(Mention m, int floor) {
        int p = m.first() - 1;
        if (p - 1 < floor || doc.quoted(p) || !Prepositions.OF_PLACE.contains(doc.token(p).lower())) {
            return null;
        }
        int k = p - 1;
        String w = doc.token(k).lower();
        if (k - 1 >= floor && !doc.token(k).isCapitalized() && (w.endsWith("ing") || w.endsWith("ed"))) {
            k--; // "marching", "gathered"
        }
        Mention owner = nounPhraseEndingAt(k, floor);
        return owner != null && owner.type() != Mention.Type.RELATIVE ? owner : null;
    }

    private Mention pronoun(int k) {
        Token t = doc.token(k);
        Mention.Type type = t.lower().equals("who") ? Mention.Type.RELATIVE : Mention.Type.PRONOUN;
        return new Mention(k, k, new Span(t.start(), t.end()), t.text(), null, type);
    }

    /** The token before a parenthesis ending at {@code k} ("Meeks (D-N.Y.)"), or {@code k} itself. */
    private int skipParenthesis(int k, int floor) {
        if (k < floor || !doc.token(k).text().equals(")")) {
            return k;
        }
        for (int open = k - 1; open >= floor && open > k - 12; open--) {
            if (doc.token(open).text().equals("(")) {
                return open - 1;
            }
        }
        return k;
    }

    /** Whether token {@code k} is the "on" inside a body's name ("Committee on Foreign Relations"). */
    private boolean organisationOn(int k) {
        return k > 0 && k + 1 < doc.size() && doc.token(k).is("on") && doc.token(k - 1).isCapitalized()
                && BODIES_ON.contains(doc.token(k - 1).lower()) && doc.token(k + 1).isCapitalized();
    }

    /** The token after a parenthesis opening at {@code k} ("Sadiq Khan (no relation) …"), or {@code k} itself. */
    int afterParenthesis(int k, int limit) {
        if (k >= limit || !doc.token(k).text().equals("(")) {
            return k;
        }
        for (int close = k + 1; close < limit && close < k + 12; close++) {
            if (doc.token(close).text().equals(")")) {
                return close + 1;
            }
        }
        return k;
    }

    /** "Kang In-sung, a Washington-based correspondent for Chosun Ilbo, said": the name, with the role. */
    private Mention appositive(int comma, int floor) {
        int inner = comma; // the comma after the stretch being read
        for (int p = comma - 1; p >= Math.max(floor, comma - MAX_APPOSITIVE); p--) {
            Token t = doc.token(p);
            if (doc.quoted(p) || t.text().equals(".") || t.text().equals(";")) {
                return null;
            }
            if (t.text().equals(",") && p > floor && insideAppositive(p, inner, floor)) {
                inner = p; // "Tom Baker, 30, a broker in Tampa, Fla., said": the appositive goes on before the state, the age
                continue;
            }
            if (t.text().equals(",")) {
                if (p + 1 >= comma) {
                    return null;
                }
                if (doc.token(floor).lower().endsWith("ing") && afterOpeningPhrase(floor, comma) == p + 1) {
                    // "Making her way around the diner, Clinton and her husband, thanked …": the opening phrase is
                    // circumstances; the subject stands after it
                    Mention subject = nounPhraseEndingAt(skipParenthesis(comma - 1, p + 1), p + 1);
                    return subject != null && subject.type() != Mention.Type.RELATIVE ? subject : null;
                }
                Mention head = nounPhraseEndingAt(skipParenthesis(p - 1, floor), floor);
                if (head != null && setOffAffiliation(head, floor)) {
                    // "Anderson Cooper, of CNN, one of Vanderbilt's sons, stated": the name before the affiliation
                    head = nounPhraseEndingAt(skipParenthesis(head.first() - 3, floor), floor);
                }
                Token firstOfPhrase = doc.token(p + 1);
                int secondEnd = skipParenthesis(comma - 1, p + 1); // "…, Gov. John Kasich (R-OH), said"
                Mention second = nounPhraseEndingAt(secondEnd, p + 1);
                Mention description = head != null ? withOneOf(head, floor) : null;
                boolean onePerson = description != null && describesOnePerson(description)
                        && !afterNameAndComma(description, floor);
                if (second != null && second.type() == Mention.Type.NAME
                        && (second.first() == p + 1 || onePerson && lowerCaseWords(p + 1, second.first()))
                        && (second.role() == null || secondEnd < comma - 1 || onePerson)) {
                    if (namesAPlaceOrThing(head, p, floor)) {
                        return null; // the subject opens the sentence, before the insertion
                    }
                    // "In Paris, Smith said"; "The state's campaign chairman, Phil Lovas, said"; "Another co-author,
                    // doctoral student Ann Roe, said": the name speaks, the description and the title are its role; "the
                    // director of IEDCR, Meerjady Flora,"
                    return onePerson ? second.withRole(describedRole(description, second, p + 1))
                            : head != null && namesAnOffice(head) ? second.withRole(withoutDeterminer(head)) : second;
                }
                if (head == null || head.type() == Mention.Type.PRONOUN || insideRelativeClause(p, floor)) {
                    return null;
                }
                if (isCircumstance(firstOfPhrase)) {
                    return head;
                }
                // "Tom Baker, 30, a broker in Tampa, said": the age is no role; what follows it may be
                int phrase = isYears(firstOfPhrase) && doc.token(p + 2).text().equals(",") ? p + 3 : p + 1;
                if (phrase >= comma || RELATIVES.contains(doc.token(phrase).lower())) {
                    return head; // "Tom Baker, 30, who lives nearby, said": no role
                }
                firstOfPhrase = doc.token(phrase);
                String role;
                if (Lexicon.DETERMINERS.contains(firstOfPhrase.lower()) || !firstOfPhrase.isCapitalized()) {
                    // the determiner goes ("a correspondent" -> "correspondent") unless "of" follows ("one of his sons")
                    int from = Lexicon.DETERMINERS.contains(firstOfPhrase.lower()) && phrase + 1 < comma
                            && !doc.token(phrase + 1).is("of") ? phrase + 1 : phrase;
                    int to = comma - 1;
                    for (int r = from + 1; r < comma; r++) {
                        if (doc.token(r).is("who") || doc.token(r).is("which") || doc.token(r).is("whose")) {
                            // "a UN rapporteur who had investigated the case", "a driver from Ava, Mo., who …": the
                            // role ends before "who" and its comma
                            to = doc.token(r - 1).text().equals(",") ? r - 2 : r - 1;
                            break;
                        }
                    }
                    role = doc.text.substring(doc.token(from).start(), doc.token(to).end());
                } else {
                    role = doc.text.substring(firstOfPhrase.start(), doc.token(comma - 1).end()); // "Pyongyang's only ally"
                }
                // "prosecutor Josh Bash, the U.S. Attorney for …": a described role adds to the title
                boolean described = Lexicon.DETERMINERS.contains(firstOfPhrase.lower());
                return head.role() == null ? head.withRole(role) : described ? head.withRole(head.role() + ", " + role) : head;
            }
        }
        // "Lydia Buchtmann for Food Standards Australia New Zealand, says": a subject set off by a comma alone
        Mention whole = nounPhraseEndingAt(comma - 1, floor);
        return whole != null && whole.first() == floor && whole.type() == Mention.Type.NAME ? whole : null;
    }

    /**
     * Whether a mention is a common noun phrase for one person, which a name set off after it may name: a role ("the
     * mayor"), or a description owned or with a determiner whose last word is a singular common noun ("Another
     * co-author", "the study's lead author"); not a group ("Two analysts") nor a name.
     */
    private boolean describesOnePerson(Mention m) {
        if (m.type() == Mention.Type.ROLE) {
            return true;
        }
        int h = m.last();
        for (int i = m.first() + 1; i < m.last(); i++) {
            if (doc.token(i).is("of")) {
                h = i - 1; // "the policies of the nominee" are policies
                break;
            }
        }
        if (doc.token(h).is("one")) {
            h = m.last(); // "one of the study's authors" is an author
        }
        Token head = doc.token(h);
        String w = h == m.last() && doc.token(m.first()).is("one") && head.lower().endsWith("s")
                ? head.lower().substring(0, head.lower().length() - 1) : head.lower();
        return (m.type() == Mention.Type.ANONYMOUS || m.type() == Mention.Type.ORGANISATION) && m.last() > m.first()
                && head.isWord() && !head.isCapitalized() && isPersonNoun(w);
    }

    /** "One of the study's authors": the mention with "one of" before it, where they stand there; else the mention. */
    private Mention withOneOf(Mention m, int floor) {
        int one = m.first() - 2;
        if (one < floor || !doc.token(one).is("one") || !doc.token(one + 1).is("of")) {
            return m;
        }
        Span span = new Span(doc.token(one).start(), m.span().end());
        return new Mention(one, m.last(), span, span.of(doc.text), null, m.type());
    }

    /** The most words of a role read before its noun for a person, back to what governs it. */
    private static final int MAX_ROLE_WORDS_BEFORE = 5;
    /** Words before a noun for a person that make it the object of a phrase ("for president"), not a role. */
    private static final Set<String> OBJECT_LINKS = Set.of("for", "of", "as", "to");

    /**
     * Whether the phrase ending with the noun at {@code noun} is the object of "for", "of", "as" or "to" ("nominated De La
     * Fuente for president", "the assassination of United States senator"), or ends a name after a preposition
     * ("Longtime Imus in the Morning writer") or is owned ("German's brother"): then "and" after it joins no second role
     * for the same person.
     */
    private boolean objectOfLink(int noun, int floor) {
        boolean capital = false;
        for (int i = noun - 1; i >= floor && i >= noun - MAX_ROLE_WORDS_BEFORE; i--) {
            Token t = doc.token(i);
            String w = t.lower();
            if (t.isPossessive()) {
                return true; // "German's brother and fellow comedian": the brother of another
            }
            if (!t.isWord() || doc.quoted(i)) {
                return false;
            }
            if (OBJECT_LINKS.contains(w)) {
                return true;
            }
            if (Lexicon.STOP.contains(w) && !Lexicon.DETERMINERS.contains(w)) {
                return capital;
            }
            capital |= t.isCapitalized() && i > doc.sentenceBegin(doc.sentenceOf[i]);
        }
        return false;
    }

    /** The last lower-case word from token {@code from} to {@code to}, the noun before a name; or "". */
    private String lastLowerWord(int from, int to) {
        for (int i = to; i >= from; i--) {
            if (!doc.token(i).isCapitalized() && doc.token(i).isWord()) {
                return doc.token(i).lower();
            }
        }
        return "";
    }

    /** A singular noun for a person: a role, a trade, kin, or a word for a doer ("pollster", "co-author", "ally"). */
    private static boolean isPersonNoun(String w) {
        return Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLE_WORDS.contains(w) && !TITLE_MODIFIERS.contains(w)
                || PERSON_NOUNS.contains(w) || KIN_NOUNS.contains(w) || PERSON_DESCRIPTIONS.contains(w)
                || w.startsWith("co-") || DOER_ENDINGS.stream().anyMatch(w::endsWith);
    }

    /**
     * A noun for a person that may head a role: as {@link #isPersonNoun}, but one known only by its ending is a long
     * word and none of the things that end so ("maintainer", "organist"; not "other", "order", "disaster").
     */
    static boolean headsPersonRole(String w) {
        boolean listed = Lexicon.ROLE_NOUNS.contains(w) || Lexicon.TITLE_WORDS.contains(w) || PERSON_NOUNS.contains(w)
                || KIN_NOUNS.contains(w) || PERSON_DESCRIPTIONS.contains(w) || w.startsWith("co-");
        return listed || w.length() >= MIN_DOER_LENGTH && !NOT_DOERS.contains(w) && isPersonNoun(w);
    }

    /** Nouns for a doer by their ending are this long at least ("maintainer"; not "other", "order", "member"). */
    private static final int MIN_DOER_LENGTH = 7;
    /** Things whose names end as a doer's do. */
    private static final Set<String> NOT_DOERS = Set.of("disaster", "chapter", "character", "computer", "quarter",
            "register", "cluster", "shelter", "monster", "theater", "container", "corridor", "indicator", "exterior",
            "interior", "document", "element", "moment", "statement", "agreement", "movement", "government", "department",
            "management", "equipment", "investment", "treatment", "settlement", "amendment", "argument", "incident",
            "accident", "percent", "component", "instrument", "restaurant", "variant", "covenant");

    /** Endings of nouns for a person by what they do ("pollster", "committeeman", "opponent", "scientist"). */
    private static final List<String> DOER_ENDINGS = List.of("er", "or", "ist", "man", "woman", "person", "ent", "ant",
            "ian");
    /** Nouns for a person that no ending marks. */
    private static final Set<String> PERSON_DESCRIPTIONS = Set.of("ally", "rival", "colleague", "friend", "delegate",
            "associate", "graduate", "fellow", "expert", "critic", "aide", "official", "diplomat", "witness", "resident");

    /** Whether tokens [from, to) are one to three lower-case words, no stop words ("doctoral candidate"). */
    private boolean lowerCaseWords(int from, int to) {
        if (from >= to || to - from > MAX_TITLE_WORDS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            Token t = doc.token(i);
            if (!t.isWord() || !Character.isLowerCase(t.text().charAt(0)) || Lexicon.STOP.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    private static final int MAX_TITLE_WORDS = 3;

    /**
     * The description {@code head} with what the name set off after it carries, from token {@code from}: the title
     * before the name, its determiner left out, and the affiliation after it ("pollster, Dr." of "Another pollster,
     * Dr. Ann Roe", "pollster of Clemson University" of "Another pollster, Ann Roe of Clemson University").
     */
    private String describedRole(Mention head, Mention named, int from) {
        if (Lexicon.DETERMINERS.contains(doc.token(from).lower())) {
            from++;
        }
        int start = doc.token(from).start();
        int nameStart = doc.text.indexOf(named.name(), start);
        if (nameStart < 0 || nameStart > named.span().end()) {
            return descriptionOf(head);
        }
        String title = doc.text.substring(start, nameStart).strip();
        String lastWord = title.substring(title.lastIndexOf(' ') + 1);
        if (Lexicon.HONORIFICS.contains(lower(lastWord)) || Lexicon.TITLED_HONORIFICS.contains(lower(lastWord))) {
            title = title.substring(0, title.length() - lastWord.length()).strip(); // "Dr" goes with the name
        }
        String affiliation = doc.text.substring(nameStart + named.name().length(), named.span().end()).strip();
        return descriptionOf(head) + (title.isEmpty() ? "" : ", " + title) + (affiliation.isEmpty() ? "" : " " + affiliation);
    }

    /**
     * Whether a mention is set off after a name that opens its sentence or stands between commas, a few lower-case words
     * between ("Ann Roe, curator and director of the museum"): it describes that name, not one set off after it.
     */
    private boolean afterNameAndComma(Mention m, int floor) {
        int c = commaBefore(m.first(), floor);
        Mention before = c >= 0 ? nounPhraseEndingAt(c - 1, floor) : null;
        // "Speaking to Reuters, the president of …, Ann Roe, said": a name inside an opening phrase is described by none
        return before != null && before.type() == Mention.Type.NAME
                && (before.first() == floor || doc.token(before.first() - 1).text().equals(","));
    }

    /** A description as a role: the role found with it, or its words without their determiner ("co-author"). */
    private String descriptionOf(Mention m) {
        return m.role() != null ? m.role() : withoutDeterminer(m);
    }

    /**
     * Whether a phrase set off after a name and opening with {@code first} tells the circumstances, not a role: "Trump,
     * appearing after Clinton at the forum, said", "Biden, while campaigning in Michigan, called", "Cruz, with
     * unconcealed delight, …". "Tom Miller, at a consulting firm called …" is an affiliation.
     */
    private static boolean isCircumstance(Token first) {
        String w = first.lower();
        return w.equals("who") || w.equals("which") || w.endsWith("ing") && !first.isCapitalized()
                || Lexicon.STOP.contains(w) && !Lexicon.DETERMINERS.contains(w) && !w.equals("at");
    }

    /**
     * Where the words before a name start to be its role: after another person's name among them and the lower-case
     * words that follow it ("Democratic Party presidential nominee Joe Biden leading President Trump": "President").
     */
    private int afterAnotherName(int from, int roleEnd) {
        int start = from;
        for (int g = from; g + 2 <= roleEnd; g++) {
            if (GivenNames.genderOf(doc.token(g).text()) != Entities.Gender.UNKNOWN && doc.token(g + 1).isCapitalized()
                    && isVerbLike(doc.token(g + 2))) {
                start = g + 3; // a verb after the other name: "Santa Barbara County Sheriff" holds none
            }
        }
        while (start > from && start <= roleEnd && isVerbLike(doc.token(start))) {
            start++;
        }
        return start;
    }

    /** A word that names a body, in the singular or plural ("Association", "Services"). */
    private static boolean endsInBodyWord(String name) {
        return isBodyWord(lower(name.substring(name.lastIndexOf(' ') + 1)));
    }

    /** Fields a body works in, named before "in" or "on" inside its name ("Institute for Research in …"). */
    private static final Set<String> FIELDS_BEFORE_IN = Set.of("Research", "Studies", "Excellence", "Education",
            "Innovation", "Science", "Sciences", "Medicine", "Law", "Policy", "Training");

    /**
     * Whether "in" or "on" at {@code k} stands inside a body's name, after a field the body works in ("Cooperative
     * Institute for Research in Environmental Sciences", "Center for Excellence in Education").
     */
    private boolean insideBodyName(int k) {
        if (k < 1 || k + 1 >= doc.size() || !(doc.token(k).is("in") || doc.token(k).is("on"))
                || !FIELDS_BEFORE_IN.contains(doc.token(k - 1).text()) || !doc.token(k + 1).isCapitalized()) {
            return false; // "the Department of Justice in Washington": where it is
        }
        int floor = Math.max(doc.sentenceBegin(doc.sentenceOf[k]), k - MAX_FIELD_TO_BODY);
        for (int i = k - 1; i >= floor && !doc.quoted(i)
                && (doc.token(i).isCapitalized() || Prepositions.INSIDE_NAME.contains(doc.token(i).lower())); i--) {
            if (doc.token(i).isCapitalized() && isBodyWord(doc.token(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** The most tokens from a body's word to the field before "in" ("Institute for Research in"). */
    private static final int MAX_FIELD_TO_BODY = 4;

    private static boolean isBodyWord(String lower) {
        return Lexicon.ORGANISATION_WORDS.contains(lower)
                || lower.endsWith("s") && Lexicon.ORGANISATION_WORDS.contains(lower.substring(0, lower.length() - 1));
    }

    private static boolean isVerbLike(Token t) {
        return t.isWord() && !t.isCapitalized() && !Lexicon.ROLE_NOUNS.contains(t.lower()) && !Lexicon.TITLE_WORDS.contains(t.lower())
                && !Lexicon.DETERMINERS.contains(t.lower());
    }

    /** Whether {@code m} is the body of an affiliation set off by a comma before it: ", of CNN," or ", for the Post,". */
    private boolean setOffAffiliation(Mention m, int floor) {
        int preposition = m.first() - 1;
        return preposition - 1 > floor && Prepositions.INSIDE_NAME.contains(doc.token(preposition).lower())
                && doc.token(preposition - 1).text().equals(",");
    }

    /**
     * Whether a name set off by commas after {@code head} (ending before the comma at {@code comma}) names a place or
     * a thing rather than the speaker: the state after a town, where the subject opens the sentence before the
     * insertion ("Clinton, during a meeting in Columbus, Ohio, said"), a name inside a relative clause ("whose
     * start-up, Paradata, …").
     */
    private boolean namesAPlaceOrThing(Mention head, int comma, int floor) {
        if (insideRelativeClause(comma, floor)) {
            return true;
        }
        if (head == null) {
            return false;
        }
        return head.type() == Mention.Type.NAME && head.first() - 1 >= floor
                && Prepositions.BEFORE_PLACE_NAME.contains(doc.token(head.first() - 1).lower()) && subjectSetOffAt(floor);
    }

    /** Whether the sentence from {@code floor} opens with a noun phrase and a comma ("Clinton, during a visit …"). */
    private boolean subjectSetOffAt(int floor) {
        for (int k = floor + 1; k < doc.size() && k - floor <= MAX_APPOSITIVE && !doc.quoted(k); k++) {
            if (doc.token(k).text().equals(",")) {
                Mention m = nounPhraseEndingAt(k - 1, floor);
                return m != null && m.first() == floor;
            }
        }
        return false;
    }

    /**
     * Whether the comma at {@code p} stands inside an appositive whose next comma is {@code inner}: before a state that
     * follows its town ("a broker in Tampa, Fla.,"), after that state ("from Ava, Mo., who drives"), or after an age
     * ("Tom Baker, 30, of Raleigh").
     */
    private boolean insideAppositive(int p, int inner, int floor) {
        return isYears(doc.token(p - 1)) && doc.token(p - 2).text().equals(",")
                || stateAfterTown(p + 1, inner - 1, p, floor)
                || doc.token(p - 1).isCapitalized() && stateEndingAt(p - 1, floor);
    }

    /** Whether tokens [from, to] name a state after the comma at {@code townComma} that follows a town after "in". */
    private boolean stateAfterTown(int from, int to, int townComma, int floor) {
        if (from > to || to - from > 1 || townComma - 1 < floor || !doc.token(townComma - 1).isCapitalized()
                || !Lexicon.isState(doc.text.substring(doc.token(from).start(), doc.token(to).end()))) {
            return false;
        }
        for (int k = townComma - 2; k >= floor && k >= townComma - 4; k--) {
            if (Prepositions.BEFORE_PLACE_NAME.contains(doc.token(k).lower()) || doc.token(k).is("of")) {
                return true;
            }
            if (!doc.token(k).isCapitalized()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a state of one or two words after a town and its comma ends at token {@code k}. */
    private boolean stateEndingAt(int k, int floor) {
        for (int first = k; first >= k - 1 && first - 1 > floor; first--) {
            if (doc.token(first - 1).text().equals(",") && stateAfterTown(first, k, first - 1, floor)) {
                return true;
            }
        }
        return false;
    }

    /** A number of one to three digits, an age between commas ("Tom Baker, 30,"). */
    private static boolean isYears(Token t) {
        return t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit);
    }

    /** Whether "whose" opens one of the two comma-separated stretches before {@code comma} ("whose start-up, Paradata,"). */
    private boolean insideRelativeClause(int comma, int floor) {
        int commas = 0;
        for (int k = comma - 1; k >= floor && comma - k <= MAX_APPOSITIVE && commas < 2; k--) {
            commas += doc.token(k).text().equals(",") ? 1 : 0;
            if (doc.token(k).is("whose")) {
                return true;
            }
        }
        return false;
    }

    /** "57-year-old", "18-year-olds": an age that stands for the person ("“…,” the 57-year-old said"). */
    private static boolean isAge(Token t) {
        return t.lower().endsWith("-year-old") || t.lower().endsWith("-year-olds");
    }

    /** The noun phrase whose last token is {@code k}: a name with its titles, a role noun, a group or a pronoun. */
    Mention nounPhraseEndingAt(int k, int floor) {
        if (k < floor || k >= doc.size() || doc.quoted(k)) {
            return null;
        }
        Token last = doc.token(k);
        // "Theresa May": a month, and a modal, as a surname after a known given name
        boolean monthAsSurname = Lexicon.MONTHS.contains(last.lower()) && k > floor && GivenNames.afterGivenName(doc, k);
        if (!last.isWord() || Lexicon.STOP.contains(last.lower()) && !monthAsSurname) {
            return isPronoun(last) ? pronoun(k) : null;
        }
        if (isPronoun(last)) {
            return pronoun(k);
        }
        Mention object = objectOfReducedRelative(k, floor);
        if (object != null) {
            return object;
        }
        if (Lexicon.MONTHS.contains(last.lower()) && !monthAsSurname || Lexicon.WEEKDAYS.contains(last.lower())
                || TimePhrases.isTimeZone(last)
                || Character.isDigit(last.text().charAt(0)) && !isAge(last)) {
            return null; // "In April, …", "On Thursday", "5:00 pm EDT": a time, not a speaker; "the 57-year-old" is one
        }
        if (TimePhrases.spanEndingAt(doc, k, floor) >= 0 || TimePhrases.endingAt(doc, k, floor) >= 0) {
            return null; // "the last two weeks have signaled …", "On Monday morning, …": a time, not a speaker
        }
        if (BARE_DETERMINERS.contains(last.lower()) || isDateline(k) || isCommonWordOpeningSentence(k)) {
            return null; // "The reports show", "WASHINGTON — …", "Speaking at a town hall, …": no one's name
        }
        if (last.isCapitalized() && k + 1 < doc.size() && !doc.quoted(k + 1) && !doc.token(k + 1).isCapitalized()
                && (Lexicon.ROLE_NOUNS.contains(doc.token(k + 1).lower()) || PEOPLE.contains(doc.token(k + 1).lower()))) {
            return nounPhraseEndingAt(k + 1, floor); // "the Florida senator", "U.S. officials": not "the Florida", "U.S."
        }
        int j = k;
        int lowerWords = 0;
        boolean determiner = false;
        boolean organisationList = false;
        int listFrom = -1;
        while (j - 1 >= floor) {
            Token t = doc.token(j - 1);
            String w = t.lower();
            if (doc.quoted(j - 1) || !t.isWord() && !t.isPossessive() && !w.equals("&")) {
                break;
            }
            boolean insideName = w.equals("the") && j - 2 >= floor
                    && (Prepositions.INSIDE_NAME.contains(doc.token(j - 2).lower()) || doc.token(j - 2).is("to"))
                    && doc.token(j).isCapitalized();
            if (insideName) {
                j--; // "Yvette Cooper of the Labour Party"
                continue;
            }
            if (Lexicon.DETERMINERS.contains(w) && !t.isCapitalized() || w.equals("the")) {
                j--;
                determiner = true;
                break;
            }
            boolean titleTo = w.equals("to") && j - 2 >= floor && Lexicon.TITLE_WORDS.contains(doc.token(j - 2).lower());
            // "Commission on International Religious Freedom", "Institute for Research in Environmental Sciences"
            boolean bodyOn = j - 2 >= floor && (organisationOn(j - 1) || insideBodyName(j - 1));
            // "a letter from President Trump", "data from the Safety Board": what comes from a titled person or a body is
            // no part of their name; "Jim Jordan from Ohio" still is one
            String after = doc.token(j).lower();
            boolean fromTitled = w.equals("from") && (after.equals("the") || Lexicon.TITLE_WORDS.contains(after)
                    || Lexicon.HONORIFICS.contains(after));
            if ((Prepositions.INSIDE_NAME.contains(w) && !fromTitled || titleTo || bodyOn) && j - 2 >= floor && doc.token(j - 2).isWord()
                    && !Lexicon.STOP.contains(doc.token(j - 2).lower())
                    && (doc.token(j).isCapitalized() || doc.token(j).is("the"))) {
                j--;
                continue;
            }
            if (t.isPossessive() || w.equals("&")) {
                j--;
                continue;
            }
            if (w.equals("and") && j - 2 >= floor && Lexicon.TITLE_WORDS.contains(doc.token(j).lower())
                    && doc.token(j - 2).isCapitalized() && Lexicon.TITLE_WORDS.contains(doc.token(j - 2).lower())) {
                j--; // "PG&E President and CEO Andy Vesey": one title of two offices
                continue;
            }
            int listStart = w.equals("and") ? organisationListStart(j - 1, floor, k) : -1;
            if (listStart >= 0) {
                j = listStart; // "Department of Health and Human Services", "Life and Liberty Party"
                organisationList = true;
                listFrom = listStart;
                continue;
            }
            // "postdoctoral researcher and study co-author Natasha Gownaris": "and" joins two nouns for the one person;
            // not in "Rocky De La Fuente for president and rapper Kanye West", "United States senator and …"
            boolean joinsRoles = w.equals("and") && j - 2 >= floor && lowerWords > 0 && !doc.token(j - 2).isCapitalized()
                    && isPersonNoun(doc.token(j - 2).lower()) && isPersonNoun(lastLowerWord(j, k))
                    && !objectOfLink(j - 2, floor);
            if (joinsRoles) {
                j--;
                continue;
            }
            if (Lexicon.STOP.contains(w) || isPronoun(t)) {
                break;
            }
            if (t.isCapitalized() && Lexicon.WEEKDAYS.contains(w) && !doc.token(j).isPossessive()) {
                break; // "On Friday Ford Motor Company announced": the day is no part of the name
            }
            if (t.isCapitalized()) {
                j--;
                continue;
            }
            // an "-ly" word is an adverb, unless a determiner brings it in as a noun before a name ("the assembly Ali …")
            boolean adverb = w.endsWith("ly") && !(j - 2 >= floor && Lexicon.DETERMINERS.contains(doc.token(j - 2).lower())
                    && doc.token(j).isCapitalized());
            if (lowerWords >= MAX_LOWER_WORDS || adverb || w.endsWith("ed") && !w.equals("unnamed")
                    && !w.equals("informed") && !w.equals("unidentified") && !w.equals("retired")) {
                break;
            }
            lowerWords++;
            j--;
        }
        // a bare lower-case word with nothing naming it is a subject only if it is a known head ("officials")
        if (!determiner && !last.isCapitalized() && !Lexicon.ANONYMOUS_HEADS.contains(last.lower())
                && !Lexicon.ROLE_NOUNS.contains(last.lower()) && !KIN_NOUNS.contains(last.lower())) {
            boolean anyCapital = false;
            for (int i = j; i <= k; i++) {
                anyCapital |= doc.token(i).isCapitalized();
            }
            if (!anyCapital) {
                return null;
            }
        }
        // a sentence-initial capital that is a stop word ("While") is not part of the name, nor is a preposition
        // that sets an affiliation off ("Anderson Cooper, of CNN, …")
        while (j < k && (Lexicon.STOP.contains(doc.token(j).lower())
                || j > floor && doc.token(j - 1).text().equals(",") && Prepositions.INSIDE_NAME.contains(doc.token(j).lower()))) {
            j++;
        }
        // "in front of the Supreme Court", "on behalf of the union": a noun inside a preposition is no part of the name
        if (!determiner && j + 3 <= k && j - 1 >= floor && Prepositions.OBJECT_OF.contains(doc.token(j - 1).lower())
                && !doc.token(j).isCapitalized() && doc.token(j + 1).is("of") && doc.token(j + 2).is("the")
                && !isHeadNoun(doc.token(j).lower())) {
            j += 3;
            determiner = true;
        }
        if (organisationList && listFrom - 2 >= j && afterFullName(listFrom)) {
            // "Nils-Erik Haagenrud of Rogaland Fire and Rescue": the person, with the body as role
            Mention person = classify(j, listFrom - 2, determiner);
            if (person != null && person.type() == Mention.Type.NAME) {
                String affiliation = doc.text.substring(doc.token(listFrom).start(), doc.token(k).end());
                return new Mention(j, k, new Span(doc.token(j).start(), doc.token(k).end()), person.name(),
                        person.role() == null ? affiliation : person.role() + " of " + affiliation, Mention.Type.NAME);
            }
        }
        if (organisationList) {
            int first = doc.token(j).is("the") ? j + 1 : j;
            Span span = new Span(doc.token(j).start(), doc.token(k).end());
            return new Mention(j, k, span, doc.text.substring(doc.token(first).start(), doc.token(k).end()), null,
                    Mention.Type.ORGANISATION);
        }
        Mention held = determiner ? roleInGroup(j, k, floor) : null;
        return held != null ? held : classify(j, k, determiner);
    }

    /**
     * Where a list of capitalised words joined by {@code and} at token {@code and} starts, when the list is part of an
     * organisation's name: after "of" or "for" and a body ("Department of Health and Human Services", "Bureau of Alcohol,
     * Tobacco, Firearms and Explosives"), before the body's word ending the name ("Life and Liberty Party") or after a
     * person's "of" ("Ann Roe of Harbour Fire and Rescue"); else -1. "Tom Hale and Ann Roe" are two people.
     */
    private int organisationListStart(int and, int floor, int last) {
        if (and - 1 < floor || and + 1 > last || !doc.token(and + 1).isCapitalized() || !doc.token(and - 1).isCapitalized()) {
            return -1;
        }
        int i = and - 1;
        boolean commas = false;
        while (i - 1 >= floor && !doc.quoted(i - 1) && (doc.token(i - 1).isCapitalized() && doc.token(i - 1).isWord()
                || doc.token(i - 1).text().equals(",") && i - 2 >= floor && doc.token(i - 2).isCapitalized())) {
            commas |= doc.token(i - 1).text().equals(",");
            i--;
        }
        boolean bodyEnds = Lexicon.ORGANISATION_WORDS.contains(doc.token(last).lower());
        for (int after = and + 1; after <= last && !bodyEnds; after++) {
            String w = doc.token(after).lower();
            if (Lexicon.TITLE_WORDS.contains(w) || Lexicon.HONORIFICS.contains(w)
                    || GivenNames.genderOf(doc.token(after).text()) != Entities.Gender.UNKNOWN) {
                return -1; // "Thomas Covert of the University of Chicago and Professor Knittel": a person follows
            }
        }
        boolean afterBody = i - 2 >= floor && (doc.token(i - 1).is("of") || doc.token(i - 1).is("for"))
                && isBodyWord(doc.token(i - 2).lower()) && doc.token(i - 2).isCapitalized(); // "Centers for Disease Control and …"
        boolean bodyLast = !commas && bodyEnds && doc.token(last).isCapitalized() && last - and <= 3;
        return afterBody || bodyLast || !commas && afterFullName(i) ? i : -1;
    }

    /** "Nils-Erik Haagenrud of | Rogaland Fire and Rescue": a list at {@code i} after "of" and a name of two words. */
    private boolean afterFullName(int i) {
        if (i - 3 < 0 || !doc.token(i - 1).is("of") || doc.sentenceOf[i - 3] != doc.sentenceOf[i]) {
            return false;
        }
        Token surname = doc.token(i - 2);
        Token given = doc.token(i - 3);
        return surname.isCapitalized() && given.isCapitalized() && surname.isWord() && given.isWord()
                && !isBodyWord(surname.lower()) && !Lexicon.TITLE_WORDS.contains(surname.lower())
                && !Lexicon.TITLE_WORDS.contains(given.lower());
    }

    /**
     * "Some of the protesters Wikinews interviewed said", "the lawyers he hired said": a past verb with its own subject
     * after a plural noun is a relative clause without its "whom"; the noun before it is the phrase, or null.
     */
    private Mention objectOfReducedRelative(int k, int floor) {
        Token verb = doc.token(k);
        if (verb.isCapitalized() || !verb.lower().endsWith("ed") || k - 2 < floor || isHeadNoun(verb.lower())) {
            return null;
        }
        int subject = k - 1;
        if (!isPronoun(doc.token(subject))) {
            while (subject - 1 >= floor && doc.token(subject).isCapitalized() && doc.token(subject - 1).isCapitalized()) {
                subject--;
            }
            if (!doc.token(subject).isCapitalized()) {
                return null;
            }
            if (subject - 1 > floor && doc.token(subject - 1).is("the")) {
                subject--; // "the farmers the Herald interviewed"
            }
        }
        int noun = subject - 1;
        if (noun < floor || noun < 0) {
            return null;
        }
        Token t = doc.token(noun);
        if (doc.quoted(noun) || t.isCapitalized() || !t.isWord() || !t.lower().endsWith("s")
                || Lexicon.STOP.contains(t.lower())) {
            return null;
        }
        return nounPhraseEndingAt(noun, floor);
    }

    /**
     * Where the sentence from {@code b} goes on after an opening phrase that holds no subject ("Speaking at a town
     * hall in Salem, Ferris …", "Hours later, Trump …", "In Ohio, …"): after its comma; else {@code b}.
     */
    int afterOpeningPhrase(int b, int limit) {
        b = afterDateline(b, limit);
        if (b >= limit) {
            return b;
        }
        Token first = doc.token(b);
        if (!isCommonWordOpeningSentence(b) && !Prepositions.OPENING_SENTENCE.contains(first.lower())) {
            return b;
        }
        int after = afterPhraseFrom(b, limit);
        // "On June 27, via Zoom, the party held …": a second phrase, opened by a preposition, holds no subject either
        int second = after > b && after < limit && Prepositions.OPENING_SENTENCE.contains(doc.token(after).lower())
                ? afterPhraseFrom(after, limit) : after;
        return second;
    }

    /** After the comma closing the phrase that opens at {@code b}, or {@code b} where none does. */
    private int afterPhraseFrom(int b, int limit) {
        for (int k = b + 1; k < limit && k <= b + MAX_OPENING_PHRASE; k++) {
            if (doc.quoted(k)) {
                return b;
            }
            if (doc.token(k).text().equals(",")) {
                return k + 1;
            }
        }
        return b;
    }

    /**
     * The subject noun phrase whose last token, or whose opening determiner, is {@code k}: "His campaign sued …",
     * "The reports show …" from their first word; or null.
     */
    Mention subjectAt(int k, int floor, int limit) {
        if (!BARE_DETERMINERS.contains(doc.token(k).lower())) {
            int end = titledNameAfter(k, limit);
            Mention m = nounPhraseEndingAt(end, floor);
            return m == null || isPlace(m, floor) ? null : namedAfter(m, end, limit);
        }
        for (int i = k + 1; i < limit && i <= k + MAX_LOWER_WORDS && !doc.quoted(i); i++) {
            String w = doc.token(i).lower();
            if (!doc.token(i).isWord() || Lexicon.STOP.contains(w) || CueLexicon.STANDARD.isCue(w)) {
                return null;
            }
            String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
            if (isHeadNoun(w) || isHeadNoun(singular)) {
                Mention m = nounPhraseEndingAt(i, k);
                return m == null || m.first() != k ? null : namedAfter(m, ofPlace(i, limit), limit);
            }
        }
        return null;
    }

    /** The last token of "of" and a capitalised name after a role noun at {@code k} ("mayor of New York"); else {@code k}. */
    private int ofPlace(int k, int limit) {
        if (k + 2 >= limit || !doc.token(k + 1).is("of") || doc.quoted(k + 2) || !doc.token(k + 2).isCapitalized()) {
            return k;
        }
        int end = k + 2;
        while (end + 1 < limit && !doc.quoted(end + 1) && doc.token(end + 1).isCapitalized() && doc.token(end + 1).isWord()) {
            end++;
        }
        return end;
    }

    /**
     * "The mayor of London, Sadiq Khan, gave …": the name set off by commas right after a role ending at {@code end},
     * with the role; else the mention as found (a role, or any other).
     */
    private Mention namedAfter(Mention role, int end, int limit) {
        int open = end + 1;
        if (role.type() != Mention.Type.ROLE || open + 2 >= limit || !doc.token(open).text().equals(",")) {
            return role;
        }
        for (int close = open + 2; close < limit && close - open <= MAX_APPOSITIVE; close++) {
            if (doc.quoted(close)) {
                return role;
            }
            if (doc.token(close).text().equals(",")) {
                Mention name = nounPhraseEndingAt(close - 1, open + 1);
                int roleFirst = Lexicon.DETERMINERS.contains(doc.token(role.first()).lower()) ? role.first() + 1 : role.first();
                return name != null && name.type() == Mention.Type.NAME && name.first() == open + 1 && name.role() == null
                        && roleFirst <= end ? name.withRole(doc.text.substring(doc.token(roleFirst).start(), doc.token(end).end()))
                        : role;
            }
        }
        return role;
    }

    /**
     * "Republican presidential hopeful Sen. Tom Reyes was …": where the capitalised words ending at {@code k} are
     * followed by a lower-case title and a name, the name's last token; else {@code k}.
     */
    private int titledNameAfter(int k, int limit) {
        int title = k + 1;
        if (title < limit && !doc.quoted(title) && !doc.token(title).isCapitalized() && isTitleBeforeName(doc.token(title).lower())) {
            title++; // "Secretary of State", "Mayor and …": a title word or link
        }
        // "Facebook chief executive Mark Zuckerberg", "Facebook co-founder Mark Zuckerberg": up to three title words
        while (title < limit && title - k <= MAX_TITLE_WORDS && !doc.quoted(title) && !doc.token(title).isCapitalized()
                && isTitleWord(doc.token(title))) {
            title++;
        }
        if (title == k + 1 || title >= limit || doc.quoted(title) || !doc.token(title).isCapitalized()) {
            return k;
        }
        int end = title;
        while (end + 1 < limit && !doc.quoted(end + 1) && doc.token(end + 1).isCapitalized() && doc.token(end + 1).isWord()) {
            end++;
        }
        return end;
    }

    /** A title before a name, "co-" ones too: "chief", "executive", "co-founder". */
    private static boolean isTitleWord(Token t) {
        String w = t.lower().startsWith("co-") ? t.lower().substring(3) : t.lower();
        return t.isWord() && !Lexicon.STOP.contains(w) && isTitleBeforeName(w);
    }

    private static boolean isTitleBeforeName(String lowerWord) {
        return Lexicon.TITLE_WORDS.contains(lowerWord) || CONTEST_TITLES.contains(lowerWord);
    }

    /**
     * "at a rally in Beaumont, Tex., Mr. Trump …", "in Salem, New Hampshire, Trump …": a name after a preposition of
     * place, or between commas after one (the state after the town), is where, not who.
     */
    private boolean isPlace(Mention m, int floor) {
        int p = m.first() - 1;
        int after = m.last() + 1 < doc.size() && doc.token(m.last() + 1).text().equals(".") ? m.last() + 2 : m.last() + 1;
        boolean setOff = after < doc.size() && doc.token(after).text().equals(","); // "Tex.,"
        if (p - 1 >= floor && doc.token(p).text().equals(",")) {
            if (!setOff) {
                return false; // "As they met in Ottawa, Trump was …": the subject after the place
            }
            Mention before = nounPhraseEndingAt(p - 1, floor);
            if (before == null || before.type() != Mention.Type.NAME) {
                return false;
            }
            p = before.first() - 1;
        }
        return p >= floor && !doc.quoted(p) && Prepositions.BEFORE_PLACE_NAME.contains(doc.token(p).lower());
    }

    /**
     * "WASHINGTON —", "ORLANDO, Fla. (Reuters) -", "Washington (AFP) –": past the place, date and agency that open a
     * story, the token after their dash; else {@code b}.
     */
    private int afterDateline(int b, int limit) {
        if (b > 0 && doc.paragraphOf[b - 1] == doc.paragraphOf[b] || !doc.token(b).isCapitalized()) {
            return b;
        }
        boolean agency = false;
        for (int k = b + 1; k < limit && k <= b + MAX_DATELINE; k++) {
            Token t = doc.token(k);
            if (doc.quoted(k)) {
                return b;
            }
            if (Lexicon.isDash(t.text())) {
                return agency || isDateline(b) ? k + 1 : b;
            }
            agency |= t.text().equals("(");
            if (!t.isCapitalized() && !Character.isDigit(t.text().charAt(0)) && !DATELINE_PUNCTUATION.contains(t.text())) {
                return b;
            }
        }
        return b;
    }

    /** A noun that may head a speaker's description: "campaign", "spokesman", "officials", "report", "mother". */
    private static boolean isHeadNoun(String w) {
        return Lexicon.ROLE_NOUNS.contains(w) || Lexicon.ANONYMOUS_HEADS.contains(w) || Lexicon.ORGANISATION_WORDS.contains(w)
                || KIN_NOUNS.contains(w) || DOCUMENT_NOUNS.contains(w) || Lexicon.TITLE_WORDS.contains(w) && !TITLE_MODIFIERS.contains(w)
                || w.equals("campaign");
    }

    /**
     * Whether token {@code k} is a word of the place that opens a news story in capitals before a dash or comma
     * ("WASHINGTON —", "DECATUR, Ill. —", "ATLANTIC CITY —").
     */
    private boolean isDateline(int k) {
        if (!isAllCapitals(k)) {
            return false;
        }
        int first = k;
        while (first > 0 && k - first < MAX_DATELINE && doc.paragraphOf[first - 1] == doc.paragraphOf[k]
                && isAllCapitals(first - 1)) {
            first--;
        }
        if (first > 0 && doc.paragraphOf[first - 1] == doc.paragraphOf[first]) {
            return false;
        }
        int last = k;
        while (last + 1 < doc.size() && last - first < MAX_DATELINE && isAllCapitals(last + 1)) {
            last++;
        }
        return last + 1 < doc.size() && DATELINE_MARKS.contains(doc.token(last + 1).text());
    }

    /** A word of two letters or more written in capitals alone ("CITY"). */
    private boolean isAllCapitals(int k) {
        Token t = doc.token(k);
        return t.isWord() && t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
                && Character.isLetter(t.text().charAt(0));
    }

    /**
     * A word capitalised only because it opens the sentence, which the article also writes in lower case or which is
     * a participle ("Hours later, Trump …", "Speaking at a rally, …", "Chastened by the analyses"): no name. Nouns
     * that stand for speakers ("Officials", "Police", "Democrats") stay.
     */
    private boolean isCommonWordOpeningSentence(int k) {
        Token t = doc.token(k);
        String w = t.lower();
        if (!t.isCapitalized() || !opensSentence(k) || isPronoun(t)
                || wordsOf().capitalisedInside.contains(t.text())) {
            return false; // "She addressed …, saying": "she" is written in lower case too, yet it is the subject
        }
        if (OPENING_WORDS.contains(w)) {
            return true;
        }
        if (k + 1 < doc.size() && doc.token(k + 1).isCapitalized() && doc.token(k + 1).isWord()
                || w.endsWith("s") || Lexicon.ANONYMOUS_HEADS.contains(w) || Lexicon.ROLE_NOUNS.contains(w)
                || Lexicon.TITLE_WORDS.contains(w) || KIN_NOUNS.contains(w) || Lexicon.ORGANISATION_WORDS.contains(w)
                || t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))) {
            return false;
        }
        return w.endsWith("ing") && w.length() > 5 || w.endsWith("ed") && w.length() > 5 || wordsOf().lowerCase.contains(w)
                || w.endsWith("ly") && w.length() > MIN_ADVERB_LENGTH || NUMBER_WORDS.contains(w);
    }

    /** Whether token {@code k} opens its sentence, or follows the dateline that does ("ATLANTIC CITY — Rallying …"). */
    private boolean opensSentence(int k) {
        int b = doc.sentenceBegin(doc.sentenceOf[k]);
        return k == b || k > b && k - b <= MAX_DATELINE + 1 && afterDateline(b, k + 1) == k;
    }

    /**
     * The words an article writes in lower case, and those it capitalises inside a sentence ("said Manning"), where
     * they are names.
     */
    private record ArticleWords(Set<String> lowerCase, Set<String> capitalisedInside) {}

    /** Whether the article writes this word in lower case somewhere outside quotations ("police", "chastened"). */
    boolean writtenInLowerCase(String word) {
        return wordsOf().lowerCase.contains(lower(word));
    }

    /** The article's {@link ArticleWords}, outside quotations; gathered on first use. */
    private ArticleWords wordsOf() {
        if (articleWords == null) {
            Set<String> lowerCase = new java.util.HashSet<>();
            Set<String> capitalised = new java.util.HashSet<>();
            for (int i = 0; i < doc.size(); i++) {
                Token t = doc.token(i);
                if (!t.isWord() || doc.quoted(i)) {
                    continue;
                }
                if (Character.isLowerCase(t.text().charAt(0))) {
                    lowerCase.add(t.text());
                } else if (t.isCapitalized() && i != doc.sentenceBegin(doc.sentenceOf[i]) && doc.token(i - 1).isWord()) {
                    capitalised.add(t.text());
                }
            }
            articleWords = new ArticleWords(lowerCase, capitalised);
        }
        return articleWords;
    }

    /**
     * "The head of the police's internal investigators", "a spokesman for the ministry": a role held in a group that
     * the noun phrase ending at {@code k} (from its determiner at {@code j}) names; or null.
     */
    private Mention roleInGroup(int j, int k, int floor) {
        int of = j - 1;
        if (of - 1 < floor || !(doc.token(of).is("of") || doc.token(of).is("for")) || doc.quoted(of - 1)) {
            return null;
        }
        Token head = doc.token(of - 1);
        boolean groupHead = Lexicon.ROLE_NOUNS.contains(head.lower()) || GROUP_ROLE_HEADS.contains(head.lower())
                || KIN_NOUNS.contains(head.lower());
        if (!groupHead && !isPersonNoun(head.lower())) {
            return null;
        }
        int first = of - 1;
        // "Researcher and co-author of the study Thomas Rivinius", "Lead author of the report Ann Roe": the whole role
        while (!groupHead && first - 1 >= floor && !doc.quoted(first - 1)
                && (ROLE_MODIFIERS.contains(doc.token(first - 1).lower())
                        || first - 2 >= floor && doc.token(first - 1).is("and") && isPersonNoun(doc.token(first - 2).lower()))) {
            first -= doc.token(first - 1).is("and") ? 2 : 1;
        }
        int roleFirst = first;
        if (first - 1 >= floor && Lexicon.DETERMINERS.contains(doc.token(first - 1).lower())) {
            first--;
        }
        Span span = new Span(doc.token(first).start(), doc.token(k).end());
        Mention inner = classify(j, k, true);
        if (inner.type() == Mention.Type.NAME) {
            int nameStart = doc.token(k).end() - inner.name().length();
            int nameFirst = k;
            while (nameFirst - 1 > j && doc.token(nameFirst - 1).start() >= nameStart) {
                nameFirst--;
            }
            Token beforeName = doc.token(nameFirst - 1);
            // "the parliament Ali Larijani": a name after a lower-case noun of the group; but after a name and a comma
            // the phrase describes that name, and the name after the noun is the group's ("Matt Sinovic, director of
            // the advocacy group Progress Iowa")
            boolean afterGroupNoun = beforeName.isWord() && Character.isLowerCase(beforeName.text().charAt(0))
                    && !beforeName.is("the") && !describesNameBefore(first, floor);
            if (nameFirst < k && (afterGroupNoun || startsWithGivenName(inner.name()))) {
                // "chairman of the committee John Doe", "Speaker of the parliament Ali Larijani": the person, with the role
                String role = doc.text.substring(doc.token(roleFirst).start(), beforeName.end());
                return new Mention(first, k, span, inner.name(), role, Mention.Type.NAME);
            }
        }
        if (head.isCapitalized() || !groupHead) {
            return null;
        }
        String whole = span.of(doc.text);
        boolean indefinite = Lexicon.INDEFINITE.contains(doc.token(first).lower());
        String role = first < of - 1 ? doc.text.substring(doc.token(first + 1).start(), doc.token(k).end()) : whole;
        return new Mention(first, k, span, whole, role, indefinite ? Mention.Type.ANONYMOUS : Mention.Type.ROLE);
    }

    /** The most words of a speaker read after its cue, or of a body's name after a person's there. */
    private static final int MAX_RIGHT_WORDS = 8;
    private static final int MAX_RIGHT_BODY = 16;

    /**
     * Whether token {@code k} belongs to the capitalised name of a body ("… of the Connecticut Department of Emergency
     * Services"): a capitalised word, or "of" or "the" before one.
     */
    private boolean continuesBodyName(int k) {
        Token t = doc.token(k);
        return t.isCapitalized() && t.isWord() || (t.is("of") || t.is("the")) && k + 1 < doc.size()
                && (doc.token(k + 1).isCapitalized() || doc.token(k + 1).is("the")) || insideBodyName(k)
                || t.isPossessive() && k + 1 < doc.size() && doc.token(k + 1).isCapitalized(); // "CU Boulder's Institute"
    }

    /** The speaker mention starting at token {@code j} ("said the spokeswoman", "according to officials"). */
    Mention rightFrom(int j, int limit) {
        if (j >= limit || doc.quoted(j)) {
            return null;
        }
        Token opening = doc.token(j);
        boolean capitals = opening.text().length() > 1 && opening.text().equals(opening.text().toUpperCase(Locale.ROOT));
        if (isPronoun(opening) || Lexicon.OBJECT_PRONOUNS.containsKey(opening.lower()) && !capitals) { // not "by US officials"
            return pronoun(j); // "according to him", "was criticised by them"
        }
        if (Prepositions.AFTER_VERB.contains(doc.token(j).lower())) {
            return null; // "said in a follow-up interview": where or how it was said, not who said it
        }
        int k = j;
        // a name under way goes on past the usual length ("a 1989 report from the National Transportation Safety Board",
        // "Commissioner Ann Roe of the Vermont Department of Public Safety")
        while (k < limit && (k - j < MAX_RIGHT_WORDS || k - j < MAX_RIGHT_BODY && continuesBodyName(k - 1) && continuesBodyName(k))) {
            Token t = doc.token(k);
            String w = t.lower();
            if (doc.quoted(k) || !t.isWord() && !t.isPossessive() && !w.equals("&")) {
                break;
            }
            // "according to Afghan Ambassador to the United States Hamdullah Mohib": an office to a place goes on
            boolean officeTo = k > j && officeTo(k) && k + 1 < limit
                    && (doc.token(k + 1).isCapitalized() || doc.token(k + 1).is("the"));
            if (k > j && !officeTo && (Lexicon.STOP.contains(w) && !Prepositions.INSIDE_NAME.contains(w) && !w.equals("the")
                    && !organisationOn(k) && !insideBodyName(k)
                    || Lexicon.WEEKDAYS.contains(w) || w.equals("yesterday") || w.equals("today") && !TimePhrases.endsAName(doc, k)
                    || CueLexicon.STANDARD.isCue(w))) {
                break;
            }
            if (k > j && Prepositions.INSIDE_NAME.contains(w) && !(k + 1 < limit && (doc.token(k + 1).isCapitalized()
                    || doc.token(k + 1).lower().equals("the")))) {
                break;
            }
            k++;
        }
        if (k == j) {
            return null;
        }
        Mention ownersRole = nameAfterOwnedRole(j, k, limit);
        if (ownersRole != null) {
            return ownersRole;
        }
        Mention m = nounPhraseEndingAt(k - 1, j);
        if (m == null) {
            return null;
        }
        Mention person = personBeforeBody(m, j);
        if (person != null) {
            return person; // "according to Chief Superintendent Graciano Mijares of the police of …"
        }
        Mention named = m.type() == Mention.Type.ROLE || isDescription(m) ? nameAfterRole(m, limit) : null;
        if (named != null) {
            return named;
        }
        return withRoleAfter(m, limit);
    }

    /**
     * Whether the role set off after a name may end before token {@code end}: at a stop, a comma, a relative or an
     * infinitive of purpose, and in a relative clause of being ({@code being}) at a bracket or a dash.
     */
    private boolean closes(int end, int limit, boolean being) {
        String next = end < limit ? doc.token(end).text() : "";
        return end == limit || next.equals(",") || RELATIVES.contains(next.toLowerCase(Locale.ROOT)) || next.equals(".")
                || next.equals(";") || being && (next.equals("(") || Lexicon.isDash(next)) || purposeOpens(end, limit);
    }

    /**
     * "to discuss this takedown" after "a former maintainer of the project": an infinitive of purpose, a verb and its
     * object, ends the role; "adviser to the president", "adviser to media and tech start-ups" go on.
     */
    private boolean purposeOpens(int k, int limit) {
        return doc.token(k).is("to") && k + 2 < limit && doc.token(k + 1).isWord() && !doc.token(k + 1).isCapitalized()
                && !Lexicon.STOP.contains(doc.token(k + 1).lower()) && (Lexicon.DETERMINERS.contains(doc.token(k + 2).lower())
                        || Lexicon.OBJECT_PRONOUNS.containsKey(doc.token(k + 2).lower())); // a verb and its object
    }

    /** After "is", "was", "has been" or "had been" at {@code k} ("who has been the mayor"), or -1. */
    private int beingAfter(int k, int limit) {
        if (doc.token(k).is("is") || doc.token(k).is("was")) {
            return k + 1;
        }
        return k + 2 < limit && (doc.token(k).is("has") || doc.token(k).is("had")) && doc.token(k + 1).is("been") ? k + 2 : -1;
    }

    /**
     * {@code m} with the role set off after it, when it is a name: ", a spokesman for the campaign", ", the U.S.
     * Attorney for the Western District"; else {@code m} as it is.
     */
    Mention withRoleAfter(Mention m, int limit) {
        int set = m.last() + 2;
        // ", who was Trump's special envoy", ", who is the mayor of Springfield", "— who has been the Divisional Railway
        // Manager for …": the role in a relative clause of being
        int afterBeing = set + 2 < limit && doc.token(set).is("who") ? beingAfter(set + 1, limit) : -1;
        boolean being = afterBeing >= 0;
        int article = being ? afterBeing : set < limit && ROLE_TIME_ADVERBS.contains(doc.token(set).lower())
                ? set + 1 : set; // ", formerly a deputy administrator at FEMA"
        boolean owned = being && article + 1 < limit && doc.token(article).isCapitalized() && doc.token(article + 1).isPossessive();
        String setOff = m.last() + 1 < limit ? doc.token(m.last() + 1).text() : "";
        if (m.type() == Mention.Type.NAME && article < limit && (setOff.equals(",") || being && Lexicon.isDash(setOff))
                && (Lexicon.INDEFINITE.contains(doc.token(article).lower()) || doc.token(article).is("the") || owned)) {
            int end = article + 1;
            while (end < limit && (doc.token(end).isWord() || doc.token(end).isPossessive())
                    && !doc.quoted(end) && !RELATIVES.contains(doc.token(end).lower()) && end - m.last() < MAX_APPOSITIVE
                    && !purposeOpens(end, limit)) {
                end++;
            }
            boolean clause = false; // "according to Ham, the administration has shuffled …": a clause, not a role
            for (int v = article + 1; v < end; v++) {
                clause |= AUXILIARIES.contains(doc.token(v).lower());
            }
            String lastWord = doc.token(end - 1).text();
            clause |= lastWord.endsWith("ed") && lastWord.length() > 4 && !doc.token(end - 1).isCapitalized(); // "the judge ruled."
            if (end > article + 1 && closes(end, limit, being) && !clause) {
                boolean oneOf = doc.token(article).is("one") && doc.token(article + 1).is("of"); // ", one of the organizers"
                int from = being ? (owned || oneOf ? article : article + 1) : article > set || oneOf ? set : article + 1;
                String role = doc.text.substring(doc.token(from).start(), doc.token(end - 1).end());
                return m.withRole(m.role() == null ? role : m.role() + ", " + role);
            }
        }
        return m;
    }

    /**
     * "said his father, Abdullah Kurdi, …", "according to the El Paso mayor, Dee Margo, …": the name set off after a
     * role, with the role; or null.
     */
    private Mention nameAfterRole(Mention role, int limit) {
        int n = role.last() + 2;
        if (n >= limit || !doc.token(role.last() + 1).text().equals(",") || doc.quoted(n)) {
            return null;
        }
        int end = n;
        while (end < limit && end - n < MAX_NAME_WORDS && !doc.quoted(end) && doc.token(end).isCapitalized()) {
            end++;
        }
        boolean closed = end == limit || end > n && SET_OFF_NAME_ENDS.contains(doc.token(end).text());
        Mention name = closed && end > n ? nounPhraseEndingAt(end - 1, n) : null;
        if (name == null || name.type() != Mention.Type.NAME || name.first() != n) {
            return null;
        }
        Span span = new Span(role.span().start(), name.span().end());
        String described = role.role() != null ? role.role() : doc.text.substring(
                doc.token(doc.token(role.first()).is("the") ? role.first() + 1 : role.first()).start(), role.span().end());
        return new Mention(role.first(), name.last(), span, name.name(), described, Mention.Type.NAME);
    }

    /** The words of {@code m} after an opening determiner: "director of NASA" of "the director of NASA". */
    private String withoutDeterminer(Mention m) {
        int from = Lexicon.DETERMINERS.contains(doc.token(m.first()).lower()) && !doc.token(m.first() + 1).is("of")
                ? m.first() + 1 : m.first(); // "one of the authors" keeps its "one"
        return doc.text.substring(doc.token(from).start(), doc.token(m.last()).end());
    }

    /** "the director of NASA", "the mayor of Paris": an office in a body, though its phrase is no role mention. */
    private boolean namesAnOffice(Mention m) {
        for (int i = m.first() + 1; i < m.last(); i++) {
            String office = doc.token(i - 1).lower();
            if (Prepositions.AFFILIATION_LINKS.contains(doc.token(i).lower()) && !doc.token(i - 1).isCapitalized()
                    && (Lexicon.ROLE_NOUNS.contains(office) || Lexicon.TITLE_WORDS.contains(office))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "according to Windsor Locks' first selectman, Chris Kervick, …": the name set off after a description that a name
     * in -s, from {@code j}, owns through the apostrophe alone at {@code apostrophe}; or null.
     */
    private Mention nameAfterOwnedRole(int j, int apostrophe, int limit) {
        if (apostrophe >= limit || apostrophe <= j || doc.token(apostrophe).isPossessive() || !isPossessiveAt(apostrophe)
                || !doc.token(apostrophe - 1).isCapitalized()) {
            return null;
        }
        int end = apostrophe + 1;
        while (end < limit && end - apostrophe <= MAX_LOWER_WORDS && !doc.quoted(end) && doc.token(end).isWord()
                && Character.isLowerCase(doc.token(end).text().charAt(0)) && !Lexicon.STOP.contains(doc.token(end).lower())) {
            end++;
        }
        Mention owner = nounPhraseEndingAt(apostrophe - 1, j);
        if (end == apostrophe + 1 || owner == null || owner.first() != j || owner.type() == Mention.Type.PRONOUN) {
            return null;
        }
        Span span = new Span(owner.span().start(), doc.token(end - 1).end());
        Mention described = new Mention(j, end - 1, span, span.of(doc.text), null, Mention.Type.ORGANISATION);
        return isDescription(described) ? nameAfterRole(described, limit) : null;
    }

    /**
     * Whether token {@code i} makes the word before it an owner: "'s", or the apostrophe alone after a name in -s
     * before a lower-case word ("Windsor Locks' first selectman", "the Lakers' coach").
     */
    private boolean isPossessiveAt(int i) {
        Token t = doc.token(i);
        if (t.isPossessive()) {
            return true;
        }
        return (t.is("'") || t.is("’")) && i > 0 && i + 1 < doc.size() && !doc.quoted(i)
                && doc.token(i - 1).isWord() && doc.token(i - 1).lower().endsWith("s") && doc.token(i - 1).end() == t.start()
                && doc.token(i + 1).isWord() && Character.isLowerCase(doc.token(i + 1).text().charAt(0));
    }

    /**
     * "the town's first selectman", "Windsor Locks' first selectman": a common noun phrase owned or made definite,
     * which a name set off after it may hold ("…, Chris Kervick, …"), though its noun is no known role.
     */
    private boolean isDescription(Mention m) {
        Token head = doc.token(m.last());
        boolean owned = false;
        for (int i = m.first(); i < m.last(); i++) {
            owned |= isPossessiveAt(i);
        }
        return (m.type() == Mention.Type.ORGANISATION || m.type() == Mention.Type.ANONYMOUS) && head.isWord()
                && !head.isCapitalized() && (owned || doc.token(m.first()).is("the")) && m.last() > m.first();
    }

    private Mention classify(int j, int k, boolean determiner) {
        // "Afterwards Trump claimed", "Without Bloomberg", "Continued Stone": capitalised as the sentence opens (stop
        // words went in nounPhraseEndingAt)
        while (j < k && (SENTENCE_ADVERBS.contains(doc.token(j).lower())
                || CueLexicon.STANDARD.isCue(doc.token(j).lower()))) {
            j++;
        }
        Mention affiliated = personOfBody(j, k, determiner);
        if (affiliated != null) {
            return affiliated;
        }
        Span span = new Span(doc.token(j).start(), doc.token(k).end());
        String whole = span.of(doc.text);
        Token first = doc.token(j);
        Token last = doc.token(k);
        String firstLower = first.lower();
        // name: the trailing capitalised words that are no titles; the rest is the role
        int nameStart = k + 1;
        while (nameStart - 1 >= j) {
            Token t = doc.token(nameStart - 1);
            boolean afterHonorific = nameStart - 2 >= j && (Lexicon.HONORIFICS.contains(doc.token(nameStart - 2).lower())
                    || nameStart - 1 == k && !TITLE_MODIFIERS.contains(t.lower()) && isSurname(k)); // "Billie Jean King"
            boolean particle = NAME_PARTICLES.contains(t.text()) && nameStart <= k && nameStart - 2 >= j
                    && doc.token(nameStart - 2).isCapitalized() && !Lexicon.TITLE_WORDS.contains(doc.token(nameStart - 2).lower());
            if (t.isCapitalized() && t.isWord() && (!Lexicon.TITLE_WORDS.contains(t.lower()) || afterHonorific)
                    && !Lexicon.HONORIFICS.contains(t.lower()) || particle) {
                nameStart--; // "Mohammad bin Salman", "Ursula von der Leyen": a particle inside the name
            } else {
                break;
            }
        }
        while (nameStart < k && PERSON_NOUNS.contains(doc.token(nameStart).lower())
                || nameStart + 1 < k && isTradeOpeningSentence(nameStart)) {
            nameStart++; // "Actor Brendan Fraser", "Rapper Kanye West": a trade capitalised where the sentence opens
        }
        // "Chief Executive of Hong Kong Carrie Lam": a known given name starts the name
        for (int g = nameStart + 1; g < k; g++) {
            if (GivenNames.genderOf(doc.token(g).text()) != Entities.Gender.UNKNOWN
                    && GivenNames.genderOf(doc.token(g - 1).text()) == Entities.Gender.UNKNOWN) {
                nameStart = g;
                break;
            }
        }
        int preposition = nameStart - 1 > j && doc.token(nameStart - 1).is("the") ? nameStart - 2 : nameStart - 1;
        // "Afghan Ambassador to the United States Hamdullah Mohib": an office to a place, then the holder's name
        boolean officeTo = preposition - 1 >= j && officeTo(preposition);
        if (nameStart <= k && preposition >= j && (Prepositions.AFFILIATION_LINKS.contains(doc.token(preposition).lower())
                || organisationOn(preposition) || officeTo)) {
            Mention before = preposition - 1 >= j && doc.token(preposition - 1).isCapitalized()
                    ? classify(j, preposition - 1, determiner) : null;
            if (before != null && before.type() == Mention.Type.NAME && !endsInBodyWord(before.name())) {
                // "Joel Pollak of Breitbart California": the person, with the affiliation as the role; "Chinese
                // Academy of Sciences", "Transport for London" are one body's name
                String affiliation = doc.text.substring(doc.token(nameStart).start(), last.end());
                return new Mention(j, k, span, before.name(), before.role() == null ? affiliation
                        : before.role() + " of " + affiliation, Mention.Type.NAME);
            }
            String office = preposition - 1 >= j ? doc.token(preposition - 1).lower() : "";
            if ((doc.token(preposition).is("of") || officeTo) && k - nameStart >= 2 && doc.token(k - 1).isCapitalized()
                    && (Lexicon.TITLE_WORDS.contains(office) || Lexicon.ROLE_NOUNS.contains(office))
                    && (doc.token(preposition - 1).isCapitalized() || GivenNames.genderOf(doc.token(k - 1).text()) != Entities.Gender.UNKNOWN)
                    && !isBodyWord(doc.token(k).lower()) && !isBodyWord(doc.token(k - 1).lower())) {
                // "Minister of Education Stefania Giannini": after a title's body of three or more words, the last
                // two are the holder's name; "the director of the Integrative Medicine Center" holds none
                int roleFrom = determiner && firstLower.equals("the") ? j + 1 : j;
                return new Mention(j, k, span, doc.text.substring(doc.token(k - 1).start(), last.end()),
                        doc.text.substring(doc.token(roleFrom).start(), doc.token(k - 2).end()), Mention.Type.NAME);
            }
            return new Mention(j, k, span, determiner && firstLower.equals("the") && j < k
                    ? doc.text.substring(doc.token(j + 1).start(), last.end()) : whole, null, Mention.Type.ORGANISATION);
        }
        if (j == k && last.text().length() > 1 && last.text().length() <= 4 && last.text().equals(last.text().toUpperCase(Locale.ROOT))
                && Character.isLetter(last.text().charAt(0))) {
            return new Mention(j, k, span, whole, null, Mention.Type.ORGANISATION); // "WHO", "NATO"
        }
        boolean organisation = false;
        boolean bodyOn = false; // "the Commission on Presidential Debates", its last words all capitalised
        for (int i = k; i >= j && (doc.token(i).isCapitalized() || organisationOn(i)); i--) {
            bodyOn |= organisationOn(i);
        }
        for (int i = j; i <= k; i++) {
            organisation |= Lexicon.ORGANISATION_WORDS.contains(doc.token(i).lower()) && !isSurname(i);
        }
        if (organisation && (nameStart > k || containsOrganisationWord(nameStart, k) || !determiner && nameStart == j || bodyOn)) {
            String name = determiner && firstLower.equals("the") && j < k
                    ? doc.text.substring(doc.token(j + 1).start(), last.end()) : whole;
            return new Mention(j, k, span, name, null, Mention.Type.ORGANISATION);
        }
        if (j == k && Lexicon.ANONYMOUS_HEADS.contains(last.lower())) {
            return new Mention(j, k, span, whole, null, Mention.Type.ANONYMOUS); // "Officials said"
        }
        if (nameStart <= k && last.isCapitalized()) {
            while (j < nameStart && !doc.token(j).isCapitalized() && !Lexicon.DETERMINERS.contains(doc.token(j).lower())
                    && !Lexicon.TITLE_WORDS.contains(doc.token(j).lower()) && !Lexicon.ROLE_NOUNS.contains(doc.token(j).lower())
                    && !isOrdinal(doc.token(j).text()) && !TRADE.matcher(doc.token(j).text()).matches()) {
                j++; // "did not give North Korean leader Kim Jong Un": "give" is no part of the role
            }
            span = new Span(doc.token(j).start(), doc.token(k).end());
            whole = span.of(doc.text);
            first = doc.token(j);
            firstLower = first.lower();
            String name = doc.text.substring(doc.token(nameStart).start(), last.end());
            int roleEnd = nameStart - 1;
            while (roleEnd >= j && Lexicon.TITLED_HONORIFICS.contains(doc.token(roleEnd).lower())) {
                roleEnd--; // "MIT professor Dr Sara Seager": the honorific is the name's
            }
            int roleStart = afterAnotherName(j, roleEnd);
            while (roleStart <= roleEnd && (Lexicon.DETERMINERS.contains(doc.token(roleStart).lower())
                    || Lexicon.HONORIFICS.contains(doc.token(roleStart).lower()))) {
                roleStart++;
            }
            String role = roleStart <= roleEnd ? doc.text.substring(doc.token(roleStart).start(), doc.token(roleEnd).end()) : null;
            if (determiner && nameStart - 1 >= j && !doc.token(nameStart - 1).isCapitalized()
                    && Lexicon.INDEFINITE.contains(firstLower)) {
                return new Mention(j, k, span, whole, null, Mention.Type.ANONYMOUS);
            }
            return new Mention(j, k, span, name, role, Mention.Type.NAME);
        }
        String head = last.lower();
        if (Lexicon.INDEFINITE.contains(firstLower) || !determiner && head.endsWith("s") && !last.isCapitalized()
                || head.equals("sources") || head.equals("source") && !firstLower.equals("the")) {
            return new Mention(j, k, span, whole, null, Mention.Type.ANONYMOUS);
        }
        String roleHead = head; // "secretary" of "the former secretary of state"
        for (int i = j + 1; i < k; i++) {
            if (doc.token(i).is("of")) {
                roleHead = doc.token(i - 1).lower();
                break;
            }
        }
        if (Lexicon.ROLE_NOUNS.contains(roleHead) || Lexicon.TITLE_WORDS.contains(roleHead) && !TITLE_MODIFIERS.contains(roleHead)
                || KIN_NOUNS.contains(roleHead) || PERSON_NOUNS.contains(roleHead) && firstLower.equals("the")) {
            String role = determiner && j < k ? doc.text.substring(doc.token(j + 1).start(), last.end()) : whole;
            return new Mention(j, k, span, whole, role, Mention.Type.ROLE);
        }
        if (Lexicon.ANONYMOUS_HEADS.contains(head)) {
            return new Mention(j, k, span, whole, null, Mention.Type.ANONYMOUS);
        }
        return new Mention(j, k, span, whole, null, determiner ? Mention.Type.ORGANISATION : Mention.Type.ANONYMOUS);
    }

    /**
     * "Co-author Jing Li", "Voter Kitty Mak", "Prosecutor Kama Melly": a word capitalised only because it opens the
     * sentence, naming the trade or part of the person named after it: a noun for a person ("voter", "co-author"), or a
     * word the article also writes in lower case before a known given name. A given name stays ("Rich Bowen").
     */
    private boolean isTradeOpeningSentence(int i) {
        Token t = doc.token(i);
        String w = t.lower();
        if (!t.isCapitalized() || !opensSentence(i) || GivenNames.usualGenderOf(t.text()) != Entities.Gender.UNKNOWN
                || !doc.token(i + 1).isCapitalized() || isAllCapitals(i) || doc.token(i + 1).text().endsWith(".")) {
            return false; // "Oliver K. Hedge", "HUFFPOLLSTER VIA EMAIL"
        }
        return Lexicon.ROLE_NOUNS.contains(w) || w.startsWith("co-") && w.length() > 5 && !w.substring(3).contains("-")
                || isPersonNoun(w) || writtenInLowerCase(w) && GivenNames.genderOf(doc.token(i + 1).text()) != Entities.Gender.UNKNOWN;
    }

    /**
     * "Commissioner James Rovella of the Connecticut Department of Emergency Services", "Dr. Ann Roe at Saint Agnes": a
     * person, named with a known given name before the first link to a body whose name goes on to {@code k}, with the
     * body in the role; or null. Where the words before a link name no person ("Department of Health", "Secretary of
     * State Mike Pompeo of Kansas"), the next link is tried.
     */
    private Mention personOfBody(int j, int k, boolean determiner) {
        Token end = doc.token(k);
        boolean bodyEnds = end.isCapitalized() || !end.lower().endsWith("s") && doc.token(k - 1).isCapitalized(); // "delegation", not "writes"
        for (int link = j + 1; link < k && bodyEnds; link++) {
            int body = doc.token(link + 1).is("the") ? link + 2 : link + 1;
            if (!PERSON_TO_BODY.contains(doc.token(link).text()) || body > k || !doc.token(link - 1).isCapitalized()
                    || !doc.token(body).isCapitalized()) {
                continue;
            }
            Mention before = classify(j, link - 1, determiner);
            if (before.type() == Mention.Type.NAME && startsWithGivenName(before.name()) && !endsInBodyWord(before.name())) {
                return ofBody(before, j, link, k);
            }
        }
        return null;
    }

    /** Links between a person and the body they belong to, inside one noun phrase ("Ann Roe of the Tate"); "At" in a title is none. */
    private static final Set<String> PERSON_TO_BODY = Set.of("of", "for", "at");

    /**
     * Whether token {@code i} is a surname though it looks like a body, place or title: a capitalised word after a known
     * given name, a given name and an initial, or a trade and a name, which the article never writes in lower case
     * ("Steve Israel", "Peter T. King", "Actor Denzel Washington"; not "Victoria Police").
     */
    private boolean isSurname(int i) {
        if (i < 1 || !doc.token(i).isCapitalized() || writtenInLowerCase(doc.token(i).text())) {
            return false;
        }
        String before = doc.token(i - 1).text();
        boolean initial = before.length() == 2 && Character.isUpperCase(before.charAt(0)) && before.charAt(1) == '.';
        return initial && i > 1 && GivenNames.genderOf(doc.token(i - 2).text()) != Entities.Gender.UNKNOWN
                || GivenNames.genderOf(before) != Entities.Gender.UNKNOWN
                || i > 1 && doc.token(i - 1).isCapitalized() && PERSON_NOUNS.contains(doc.token(i - 2).lower()); // "Actor Denzel Washington"
    }

    private boolean containsOrganisationWord(int from, int to) {
        for (int i = from; i <= to; i++) {
            if (Lexicon.ORGANISATION_WORDS.contains(doc.token(i).lower()) && !isSurname(i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase from {@code first} follows a name and a comma, a few lower-case words between ("Matt Sinovic, executive"). */
    private boolean describesNameBefore(int first, int floor) {
        int c = commaBefore(first, floor);
        return c >= 0 && doc.token(c - 1).isCapitalized();
    }

    /** The comma before the phrase from {@code first}, up to three lower-case words between, with a token before it; or -1. */
    private int commaBefore(int first, int floor) {
        int c = first - 1;
        while (c > floor && first - c <= 3 && doc.token(c).isWord() && Character.isLowerCase(doc.token(c).text().charAt(0))) {
            c--;
        }
        return c - 1 >= floor && doc.token(c).text().equals(",") ? c : -1;
    }

    /** Whether a name of several words starts with a known given name ("John Doe", not "Treasury Department"). */
    private static boolean startsWithGivenName(String name) {
        int space = name.indexOf(' ');
        return space > 0 && GivenNames.genderOf(name.substring(0, space)) != Entities.Gender.UNKNOWN;
    }

    /** Every capitalised name in the article, with titles, and every capitalised organisation: whom it names. */
    List<Mention> names() {
        List<Mention> out = new ArrayList<>();
        int n = doc.size();
        for (int i = 0; i < n; i++) {
            Token t = doc.token(i);
            boolean endsRun = t.isCapitalized() && t.isWord() && (i + 1 >= n || !doc.token(i + 1).isCapitalized()
                    || !doc.token(i + 1).isWord());
            if (!endsRun || doc.quoted(i)) {
                continue;
            }
            int floor = doc.sentenceBegin(doc.sentenceOf[i]);
            Mention m = nounPhraseEndingAt(i, floor);
            if (m != null && (m.type() == Mention.Type.NAME || m.type() == Mention.Type.ORGANISATION)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * "archaeologist", "comedian": a trade by its ending, in lower case, which may stand before a name as its role;
     * not the verbs "assist", "insist", "exist".
     */
    private static final Pattern TRADE = Pattern.compile("\\p{Ll}{3,}(?:(?<![sx])ist|ian)");

    /** "1st", "22nd": an ordinal opening a unit's name ("1st Fleet Command's … head Arba Agung"). */
    private static boolean isOrdinal(String w) {
        return ORDINAL.matcher(w).matches();
    }

    /** "he", "who"; not "WHO", the World Health Organization. */
    static boolean isPronoun(Token t) {
        return Lexicon.PRONOUNS.contains(t.lower()) && (t.text().length() == 1 || !t.text().equals(t.text().toUpperCase(Locale.ROOT)));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
