package dev.whosaid.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Words that introduce speech ("said", "told", "warned"), learned from PolNeAR train by
 * {@code tools/derive_cues.py} into {@code cues.tsv}: each form with how often it was a cue and how often it
 * occurs. A form is a cue here when it was one often enough and precisely enough, and it reports speech
 * rather than a naming ("called", "dubbed": those quote nicknames) or mere appearance ("seemed").
 * Weaker forms ("believes", "showed", "wants") are candidates: an attribution they introduce is kept where
 * its {@link CueContext} was likely enough to be right by the model learned in training ({@link CueContexts}).
 */
final class CueLexicon {

    private static final int MIN_TIMES = 5;
    private static final double MIN_PRECISION = 0.35;
    /** Forms PolNeAR marks as cues that name or describe rather than report what someone said. */
    private static final Set<String> NOT_SPEECH = Set.of("called", "calling", "calls", "call", "dubbed", "named",
            "labeled", "labelled", "nicknamed", "seemed", "seems", "appeared", "appears", "appear", "widely", "passed",
            "sought", "issued", "posted", "voted", "nominated", "quoted", "quoting", "spoke", "talked", "referring",
            "referred", "support", "expected");
    /**
     * The naming forms among those: "dubbed Kim “Rocket Man”" quotes a nickname, so they are no candidates either;
     * "named" mostly appoints or picks after its subject ("Sanders named five people to the committee"), annotated
     * so on train: the model judges it.
     */
    private static final Set<String> NAMING = Set.of("dubbed", "labeled", "labelled", "nicknamed");
    /** Speech verbs the training data has too rarely, added by hand. */
    private static final Set<String> ADDED = Set.of("said", "says", "say", "told", "tells", "added", "adds", "noted",
            "notes", "warned", "warns", "insisted", "insists", "denied", "denies", "stressed", "explained",
            "announced", "declared", "argued", "argues", "claimed", "claims", "stated", "wrote", "writes", "tweeted",
            "replied", "responded", "confirmed", "acknowledged", "admitted", "predicted", "promised", "vowed",
            "urged", "urges", "suggested", "recalled", "continued", "concluded", "emphasized", "emphasised", "maintained",
            "contended", "asserted", "remarked", "observed", "commented", "conceded", "cautioned", "pledged",
            "reiterated", "complained", "estimated", "disclosed", "revealed", "reported", "saying",
            "adding", "noting", "telling", "warning", "insisting", "arguing", "explaining", "stressing",
            "according");

    /**
     * Candidate forms: a cue often enough in training, though seldom where they occur. Twice is enough, as the model
     * judges each candidate by its context, and a rare form ("chiding", a cue 3 times) mostly by the stem and shape it
     * shares with others ("chided", "decrying"): against 4 times, held-out sixth quote F1 0.739 against 0.731,
     * attributed F1 0.701 against 0.692; dev 0.709 against 0.704 and 0.675 against 0.671.
     */
    private static final int MIN_CANDIDATE_TIMES = 2;
    private static final double MIN_CANDIDATE_PRECISION = 0.05;

    /**
     * A form without inflection right after a subject ("think", "sent") is taken for a verb where training had it as
     * a cue at least this share of the times it occurred: "campaign" and "general" were cue heads too, seldom.
     */
    private static final double MIN_KNOWN_VERB_SHARE = 0.05;

    /** The modal that makes "like" a wish ("would like to", "'d like to"). */
    private static final Set<String> WOULD = Set.of("would", "'d", "’d");

    /** Open candidates are longer than the function words ("that", "such", "so") that precede "that". */
    private static final int MIN_OPEN_LENGTH = 4;

    /**
     * Prepositions and particles that belong to a verb whose object they open ("seizing on recent comments",
     * "bristled at the idea", "laid out a plan"): the cue takes them, the content starts after them.
     */
    static final Set<String> PARTICLES = Set.of("for", "on", "about", "against", "at", "with", "over", "of", "into",
            "out", "to");
    /**
     * Verbs whose "to" opens what they point at, never a listener ("pointed to his record", "referring to Cruz as a
     * liar"): the cue takes the "to" even before a capital. On train a cue ends in such a "to" 47 times of 78
     * uses before a noun phrase (refer 25 of 39, point 18 of 31, allude 3 of 5, liken 1 of 3).
     */
    static final Set<String> TO_TAKERS = Set.of("refer", "refers", "referred", "referring", "point", "points",
            "pointed", "pointing", "allude", "alludes", "alluded", "alluding", "liken", "likens", "likened", "likening");

    private final Map<String, Double> precision;
    private final Set<String> candidates;
    /** Every form training had as a cue head at least twice, with the share of its occurrences it was one. */
    private final Map<String, Double> known;
    private final Predicate<CueContext> admits;

    private CueLexicon(Map<String, Double> precision, Set<String> candidates, Map<String, Double> known,
            Predicate<CueContext> admits) {
        // Hash maps, never changed: found with a mask where Map.copyOf's tables divide, on most words of every article
        this.precision = new HashMap<>(precision);
        this.candidates = new HashSet<>(candidates);
        this.known = new HashMap<>(known);
        this.admits = admits;
    }

    static final CueLexicon STANDARD = judgedBy(CueContexts.STANDARD);

    /** The standard lexicon whose attributions are judged by {@code admits} instead (for training the contexts). */
    static CueLexicon withGate(Predicate<CueContext> admits) {
        return load(admits);
    }

    /** The standard lexicon judging its attributions by {@code contexts}. */
    static CueLexicon judgedBy(CueContexts contexts) {
        CueLexicon all = load(c -> true);
        return new CueLexicon(all.precision, all.candidates, all.known, c -> contexts.admits(c, c.lexicon()));
    }

    boolean isCue(String lowerWord) {
        return precision.containsKey(lowerWord);
    }

    /** A weaker form whose attributions {@link #admits} must accept. */
    boolean isCandidate(String lowerWord) {
        return candidates.contains(lowerWord);
    }

    /**
     * Any other lower-case word right before "that" ("touts that …", "concedes that …"): an open candidate, judged
     * like the candidates by its context, which for a word seldom seen in training is mostly its shape and what
     * the content opens with.
     */
    boolean isOpenCandidate(Document doc, int i, int e) {
        String w = doc.token(i).lower();
        if (i + 1 >= e || doc.quoted(i + 1) || !doc.token(i + 1).is("that") && !doc.token(i + 1).is("to")) {
            return false; // first what rules out most words, and costs least
        }
        if (w.equals("like") && i > 0 && WOULD.contains(doc.token(i - 1).lower())) {
            return isInfinitive(doc, i + 1, e); // "would like to raise taxes": a wish, though "like" is a function word
        }
        if (w.length() < MIN_OPEN_LENGTH || !isLetters(w) || Lexicon.STOP.contains(w) || isCue(w) || NAMING.contains(w)) {
            return false;
        }
        return doc.token(i + 1).is("that") || opensInfinitive(doc, i, e);
    }

    /**
     * Whether a word could be the finite or bare verb after a subject and the auxiliaries at hand ({@code aux}, the
     * auxiliary nearest the word, lower-cased, or "" where none stands between): "is questioning", "has detailed",
     * "will demand", "urges", "backed". Without a tagger the shape tells: -ing after a form of "be" (an -ed form
     * there is passive), no -ing after "has" or a modal, and right after the subject an -s or -ed form, or any form
     * training had as a cue head ("sent", "think").
     */
    boolean looksLikeVerb(String lowerWord, String aux) {
        if (!mayBeOpenVerb(lowerWord)) {
            return false;
        }
        String shape = CueContext.shape(lowerWord);
        return switch (auxClass(aux)) {
            case "be" -> shape.equals("ing");
            case "have" -> !shape.equals("ing") && !shape.equals("s");
            case "modal" -> !shape.equals("ing");
            default -> shape.equals("s") || shape.equals("ed")
                    || shape.equals("-") && known.getOrDefault(lowerWord, 0.0) >= MIN_KNOWN_VERB_SHARE;
        };
    }

    /** A word that looks like the finite verb of a clause: a cue, an auxiliary, or an -ed form. */
    boolean looksFinite(Token t) {
        String w = t.lower();
        return isCue(w) || !auxClass(w).equals("-") || !t.isCapitalized() && w.endsWith("ed");
    }

    /** A content word that could be a verb, an adjective or a noun: letters only, no function word, no adverb in -ly. */
    static boolean isOpenWord(String lowerWord) {
        return lowerWord.length() >= 3 && !lowerWord.endsWith("ly") && isLetters(lowerWord)
                && !Lexicon.STOP.contains(lowerWord) && !Lexicon.DETERMINERS.contains(lowerWord);
    }

    /** Letters only: a loop, for this runs on most words of every article (a stream of chars cost 6% of extraction). */
    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A word that may be a verb no list holds: an open word that does not name ("dubbed", "labeled"). */
    private static boolean mayBeOpenVerb(String lowerWord) {
        return isOpenWord(lowerWord) && !NAMING.contains(lowerWord);
    }

    /** The kind of an auxiliary: "be" (is, was, been), "have", "modal" (will, could, did), or "-" for none or other. */
    static String auxClass(String aux) {
        return switch (aux.replace('’', '\'')) {
            case "is", "are", "was", "were", "been", "be", "am", "being", "isn't", "aren't", "wasn't", "weren't", "'re",
                    "'m" -> "be";
            case "has", "have", "had", "hasn't", "haven't", "hadn't", "'ve" -> "have";
            case "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "shall",
                    "won't", "wouldn't", "couldn't", "can't", "cannot", "shouldn't", "didn't", "doesn't", "don't", "'ll",
                    "'d" -> "modal";
            default -> "-";
        };
    }

    /**
     * "decided to drop out", "aims to repeal", "is eager to run": an inflected verb-like word, or a state after a form
     * of "be" ({@link StateComplements}), before "to" and a lower-case word that is no article or pronoun (not "went
     * to the store", "spoke to him"); whether that was an intention the annotators mark is for the model to judge.
     */
    private static boolean opensInfinitive(Document doc, int i, int e) {
        String w = doc.token(i).lower();
        return !w.endsWith("ing") && isInfinitive(doc, i + 1, e)
                && (!CueContext.shape(w).equals("-") || StateComplements.opens(doc, i, e)); // "is eager to"
    }

    /** "to" at {@code to} opens an infinitive ("to repeal the law"), as far as the next word shows. */
    static boolean isInfinitive(Document doc, int to, int e) {
        if (to + 1 >= e || !doc.token(to).is("to")) {
            return false;
        }
        Token verb = doc.token(to + 1);
        return verb.isWord() && !verb.isCapitalized() && !doc.quoted(to + 1) && isLetters(verb.text())
                && (BARE_VERBS.contains(verb.lower()) || !Lexicon.STOP.contains(verb.lower()))
                && !NOT_INFINITIVE.contains(verb.lower());
    }

    /** Function words that are verbs after "to" ("wants to be president"). */
    private static final Set<String> BARE_VERBS = Set.of("be", "do", "have", "say", "tell");

    /** Words after "to" that open a noun phrase or name a place, not an infinitive. */
    private static final Set<String> NOT_INFINITIVE = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "my", "your", "him", "them", "me", "us", "it", "this", "these", "those", "that", "what", "whom", "which",
            "some", "any", "all", "more", "less", "about", "date", "power", "office", "court", "congress", "washington");

    boolean admits(CueContext context) {
        return admits.test(context);
    }

    /** How often the form was a cue when it occurred in training text; 0 where it is no cue. */
    double precision(String lowerWord) {
        return precision.getOrDefault(lowerWord, 0.0);
    }

    int size() {
        return precision.size();
    }

    private static CueLexicon load(Predicate<CueContext> admits) {
        Map<String, Double> cues = new HashMap<>();
        Set<String> candidates = new HashSet<>();
        Map<String, Double> known = new HashMap<>();
        for (String[] f : TsvResource.rows("cues.tsv")) {
            int times = Integer.parseInt(f[1]);
            double p = Double.parseDouble(f[3]);
            known.put(f[0], p);
            if (ADDED.contains(f[0]) || times >= MIN_TIMES && p >= MIN_PRECISION && !NOT_SPEECH.contains(f[0])) {
                cues.put(f[0], Math.max(p, 0.5));
            } else if (times >= MIN_CANDIDATE_TIMES && p >= MIN_CANDIDATE_PRECISION && mayBeOpenVerb(f[0])) {
                candidates.add(f[0]);
            }
        }
        for (String added : ADDED) {
            cues.putIfAbsent(added, 0.5);
        }
        return new CueLexicon(cues, candidates, known, admits);
    }
}
