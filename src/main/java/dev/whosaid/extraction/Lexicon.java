package dev.whosaid.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Closed word classes the rules rely on: pronouns, determiners, titles, organisation and time words. */
final class Lexicon {

    private Lexicon() {}

    static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col",
            "sgt", "capt", "st", "jr", "sr", "u.s", "u.n", "u.k", "inc", "co", "corp", "ltd", "vs", "jan", "feb", "aug",
            "sept", "sep", "oct", "nov", "dec", "no", "prof", "rev", "adm", "cmdr", "d.c", "e.g", "i.e", "a.m", "p.m",
            "pres", "sens", "reps", "messrs", "mt", "ft", "gens");

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who");
    /** Possessive pronouns of the third person, each with the subject pronoun it stands for ("his" for "he"). */
    static final Map<String, String> POSSESSIVE_PRONOUNS = Map.of("his", "he", "her", "she", "their", "they", "its", "it");
    /** Object pronouns and the subject ones they stand in for ("According to him"). */
    static final Map<String, String> OBJECT_PRONOUNS = Map.of("him", "he", "her", "she", "them", "they", "me", "i", "us", "we");

    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
            "some", "many", "several", "other", "two", "three", "four", "both", "most", "these", "those", "one",
            "another", "few", "all", "this", "that", "more", "senior", "top");

    static final Set<String> INDEFINITE = Set.of("a", "an", "some", "many", "several", "two", "three", "four", "one",
            "another", "few", "other", "more");

    /** Words between a subject and its cue that belong to neither ("he also said", "Nauert on Saturday told"). */
    static final Set<String> ADVERBS = Set.of("also", "later", "previously", "repeatedly", "publicly", "once", "again",
            "recently", "privately", "reportedly", "initially", "first", "then", "has", "have", "had", "would", "will",
            "further", "often", "even", "still", "already", "simply", "quickly", "flatly", "frequently", "explicitly",
            "separately", "specifically", "subsequently", "similarly", "directly", "immediately", "openly", "now",
            "just", "earlier", "famously", "correctly", "falsely", "wrongly", "allegedly", "angrily", "bluntly",
            "emphatically", "confidently", "long", "always", "never", "ultimately", "finally");
    /**
     * Words that float, lower-case, between a subject and its verb ("Biden and Harris both refused", "Clinton herself
     * said", "Carter however said"); capitalised they open a sentence as its subject ("Both want …").
     */
    static final Set<String> FLOATING = Set.of("both", "all", "each", "himself", "herself", "themselves", "however");

    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.",
            "dec.");

    static final Set<String> TIME_WORDS = Set.of("yesterday", "today", "tonight", "earlier", "later", "recently",
            "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "last", "this", "on", "in",
            "at", "during", "late", "early", "previously", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /** Titles and roles that stand before a name ("Secretary of State Mike Pompeo"). */
    static final Set<String> TITLE_WORDS = Set.of("president", "vice", "secretary", "state", "senator", "sen.", "rep.",
            "senators", "sens.", "reps.",
            "representative", "gov.", "governor", "mayor", "minister", "prime", "foreign", "defense", "chief", "director",
            "spokeswoman", "spokesman", "spokesperson", "commissioner", "chairman", "chairwoman", "chair", "leader",
            "ambassador", "general", "gen.", "judge", "justice", "attorney", "speaker", "house", "senate", "majority",
            "minority", "former", "deputy", "assistant", "press", "campaign", "manager", "adviser", "advisor", "aide",
            "official", "officer", "executive", "ceo", "founder", "candidate", "nominee", "democratic", "republican",
            "gop", "presidential", "sen", "rep", "gov", "lt.", "col.", "chancellor", "king", "queen", "prince", "pope",
            "dr.", "professor", "prof.", "treasury", "homeland", "security", "national", "u.s.", "us", "correspondent",
            "reporter", "editor", "columnist", "analyst", "economist", "lawyer", "strategist", "pollster", "commander",
            "admiral", "adm.", "sgt.", "capt.", "captain", "colonel", "lieutenant", "counsel", "congressman",
            "congresswoman", "councilman", "councilwoman", "premier", "envoy", "diplomat", "host", "anchor", "coach",
            "rev.", "bishop", "cardinal", "sheriff", "detective", "inspector", "superintendent", "department",
            "white", "of", "and", "the", "general's", "whip", "entrepreneur", "businessman", "billionaire", "mogul",
            "star", "activist", "author", "writer", "historian", "scientist", "researcher", "physician", "surgeon");

    /** Role nouns that may stand for a person named earlier ("the secretary", "the spokeswoman"). */
    static final Set<String> ROLE_NOUNS = Set.of("president", "secretary", "senator", "governor", "mayor", "minister",
            "spokeswoman", "spokesman", "spokesperson", "commissioner", "chairman", "chairwoman", "leader", "ambassador",
            "general", "judge", "justice", "director", "candidate", "nominee", "congressman", "congresswoman",
            "chancellor", "premier", "envoy", "correspondent", "official", "adviser", "advisor", "manager", "chief",
            "speaker", "prosecutor", "attorney", "ceo", "founder", "lawyer", "coach", "billionaire", "businessman",
            "mogul", "pope", "king", "queen", "prince");

    static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "dr.", "dr", "sir", "dame", "mr", "mrs",
            "ms");
    /** Honorifics that hold no title: the words before "Mr. Trump" are none ("the largest expenses of Mr. Trump"). */
    static final Set<String> PLAIN_HONORIFICS = Set.of("mr.", "mrs.", "ms.", "miss", "mr", "mrs", "ms");
    /** Honorifics that may follow a title and belong to the name: "MIT professor Dr Sara Seager". */
    static final Set<String> TITLED_HONORIFICS = Set.of("dr", "dr.", "sir", "dame", "prof", "prof.");

    static final Set<String> FEMALE = Set.of("mrs.", "ms.", "miss", "mrs", "ms", "spokeswoman", "chairwoman",
            "congresswoman", "councilwoman", "queen", "dame", "madam", "businesswoman", "first lady", "she", "her",
            "actress", "wife", "mother", "daughter", "sister", "woman", "princess");
    static final Set<String> MALE = Set.of("mr.", "mr", "spokesman", "chairman", "congressman", "councilman", "king",
            "sir", "prince", "he", "his", "businessman", "husband", "father", "son", "brother", "man", "pope");

    /** Words that make a capitalised name an organisation or a country rather than a person. */
    static final Set<String> ORGANISATION_WORDS = Set.of("department", "ministry", "agency", "party", "committee",
            "council", "commission", "campaign", "house", "office", "association", "union", "institute", "university",
            "college", "foundation", "court", "congress", "senate", "parliament", "government", "administration",
            "bureau", "board", "company", "corporation", "corp.", "inc.", "group", "news", "times", "post", "journal",
            "press", "tribune", "herald", "network", "cnn", "fox", "nbc", "abc", "cbs", "msnbc", "bbc", "reuters",
            "ap", "pentagon", "kremlin", "fbi", "cia", "nato", "u.n.", "eu", "police", "army", "navy", "club",
            "center", "centre", "organization", "organisation", "federation", "league", "service", "magazine",
            "daily", "weekly", "newspaper", "television", "radio", "channel", "poll", "survey", "korea", "china",
            "russia", "iran", "japan", "states", "kingdom", "france", "germany", "israel", "india", "pakistan",
            "mexico", "canada", "britain", "ukraine", "syria", "iraq", "turkey", "taiwan", "cuba", "venezuela",
            "brazil", "australia", "italy", "spain", "egypt", "saudi", "arabia", "afghanistan", "libya", "nigeria",
            "america", "europe", "beijing", "moscow", "tehran", "washington", "pyongyang", "seoul", "tokyo",
            "london", "paris", "berlin", "trust", "fund", "bank", "watch", "coalition", "alliance", "movement",
            "society", "team", "authority", "authorities", "forces", "nations", "republicans", "democrats", "gop", "twitter",
            "facebook", "google", "apple", "microsoft", "amazon", "wikileaks", "wikinews", "politico", "breitbart",
            "post's", "hospital", "school", "church", "embassy", "consulate", "firm", "industry", "inc", "llc",
            "airlines", "airline", "media", "tv", "npr", "pbs", "editorial", "statement", "report",
            "study", "data", "research", "review", "analysis", "jury", "academy", "orchestra", "museum",
            "laboratory", "observatory", "legislatures", "today");

    /** Plural or indefinite nouns of unnamed sources ("officials", "an unnamed diplomatic source"). */
    static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "official", "officials", "people", "person",
            "aide", "aides", "experts", "analysts", "critics", "observers", "insiders", "diplomat", "diplomats",
            "residents", "witnesses", "witness", "voters", "supporters", "opponents", "advisers", "advisors",
            "members", "lawmakers", "economists", "investigators", "authorities", "police", "spokesman",
            "spokeswoman", "spokesperson", "statement", "reports", "report", "polls", "poll", "surveys", "survey",
            "others", "some", "many", "several", "strategists", "staffers", "allies", "friends", "someone");

    /** Words before a quotation that make it a title, a name or a term rather than a statement. */
    static final Set<String> TITLE_TRIGGERS = Set.of("song", "album", "book", "film", "movie", "show", "titled",
            "entitled", "called", "dubbed", "nicknamed", "named", "so-called", "term", "phrase", "word", "words",
            "slogan", "headline", "hashtag", "program", "programme", "series", "novel", "play", "single", "track",
            "episode", "column", "article", "essay", "poem", "painting", "exhibit", "exhibition", "label", "labeled",
            "labelled", "brand", "branded", "coined", "known", "as", "nickname", "motto", "theme", "memoir",
            "documentary", "opera", "musical", "ballad", "anthem", "hit", "tune", "game", "magazine", "newspaper",
            "website", "blog", "podcast", "campaign", "operation", "code", "codenamed", "mantra", "catchphrase",
            "sign", "signs", "banner", "t-shirt", "shirt", "hat", "hats", "caps", "chant", "chants", "chanting");

    /**
     * One-word labels that announce ("Watch:", "Update:", "BYLINE:") rather than name a speaker, in headlines and as
     * transcript-like labels opening a paragraph.
     */
    static final Set<String> KICKERS = Set.of("watch", "look", "video", "videos", "photos", "update", "exclusive",
            "opinion", "analysis", "listen", "live", "editorial", "wow", "boom", "fact", "note", "correction", "byline",
            "email", "clarification", "breaking", "busted", "related", "more", "photo", "credit", "tip", "tips");

    /** Function words that never belong to a speaker's name. */
    static final Set<String> STOP = Set.of("and", "or", "but", "if", "while", "when", "as", "because", "since",
            "although", "though", "after", "before", "that", "which", "what", "where", "why", "how", "whether",
            "to", "in", "on", "at", "by", "for", "with", "from", "about", "into", "over", "than", "so", "not", "no",
            "is", "was", "are", "were", "be", "been", "being", "do", "did", "does", "has", "have", "had", "it's",
            "there", "here", "then", "also", "just", "only", "even", "still", "yet", "this", "these", "those",
            "said", "says", "say", "told", "tell", "asked", "according", "despite", "amid", "during", "under",
            "against", "between", "among", "through", "until", "like", "unlike", "whom", "whose", "can", "could",
            "would", "should", "will", "may", "might", "must", "shall", "very", "much", "more", "most", "its");

    static boolean isAbbreviation(String text, int from, int end) {
        if (end - from == 1 && Character.isUpperCase(text.charAt(from))) {
            return true; // an initial: "George W. Bush"
        }
        int hyphen = text.lastIndexOf('-', end - 1);
        int word = hyphen >= from ? hyphen + 1 : from; // "then-Sen. Barack Obama"
        return ABBREVIATIONS.contains(text.substring(word, end).toLowerCase(Locale.ROOT)) || isInitials(text, from, end);
    }

    /**
     * Whether the word from {@code from} to {@code end} is a state's abbreviation whose stop a comma follows ("in Tampa,
     * Fla., said"): no sentence end. Capitalised as written, so that "ill." or "Mass." ending a sentence still ends it.
     */
    static boolean isStateBeforeComma(String text, int from, int end) {
        return end + 1 < text.length() && text.charAt(end + 1) == ',' && STATE_ABBREVIATIONS.contains(text.substring(from, end));
    }

    /** Whether {@code words} name a U.S. state in full or abbreviated ("Florida", "Fla.", "N.C."). */
    static boolean isState(String words) {
        return STATES.contains(words) || words.endsWith(".") && (STATE_ABBREVIATIONS.contains(words.substring(0, words.length() - 1))
                || STATE_INITIALS.contains(words));
    }

    private static final Set<String> STATE_INITIALS = Set.of("N.C.", "S.C.", "N.H.", "N.J.", "N.Y.", "N.M.", "N.D.",
            "S.D.", "R.I.", "W.Va.", "D.C.");

    private static final Set<String> STATES = Set.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
            "West Virginia", "Wisconsin", "Wyoming");

    private static final Set<String> STATE_ABBREVIATIONS = Set.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del",
            "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont",
            "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /** Capitals joined by stops ("H.W" of "George H.W. Bush", "A.E" of "A.E. Dick Howard"): initials, no sentence end. */
    private static boolean isInitials(String text, int from, int end) {
        if (end - from < 3 || (end - from) % 2 == 0) {
            return false;
        }
        for (int k = from; k < end; k++) {
            char c = text.charAt(k);
            if ((k - from) % 2 == 0 ? !(c >= 'A' && c <= 'Z') : c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean isQuoteMark(String tokenText) {
        return switch (tokenText) {
            case "\"", "“", "”", "„", "«", "»", "''", "``", "‘", "’", "'", "‹", "›" -> true;
            default -> false;
        };
    }

    static boolean isDash(String tokenText) {
        return tokenText.equals("—") || tokenText.equals("–") || tokenText.equals("--") || tokenText.equals("―") || tokenText.equals("-");
    }
}
