package dev.whosaid.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Nouns of a stance with their preposition ("attacks on", "criticism of", "questions about", "calls for"), learned
 * from PolNeAR train by {@code tools/derive_attitude_nouns.py} into {@code attitude-nouns.tsv}: annotators end the
 * cue at the preposition and take only its object for the content ("has raised questions about | Obama's
 * birthplace", "stiffened their criticism of | the deal").
 */
final class AttitudeNouns {

    private AttitudeNouns() {}

    private static final Map<String, Set<String>> NOUNS_BY_PREPOSITION = load();

    /** The most words before the noun in the object ("made no such mention of", "delivered an impassioned defense of"). */
    private static final int MAX_LEAD_WORDS = 3;

    /**
     * "raised new questions about the deal", "…, voicing enthusiasm for the plan": where the object of a verb that took
     * no particle opens with an attitude noun and its preposition ({@link #prepositionOpening}), the cue takes them
     * and the content is the preposition's object; else the attribution as it was.
     */
    static Attribution objectOfStance(Document doc, Attribution a) {
        int prep = a.cueLast() == a.cueFirst() && a.contentAfterCue() ? prepositionOpening(doc, a.from(), a.to()) : -1;
        return prep < 0 ? a : new Attribution(a.cueFirst(), prep, a.mention(), prep + 1, a.to(), -1, -1);
    }

    /**
     * Where an object content from {@code from} to {@code to} opens with an attitude noun and its preposition, after
     * at most {@link #MAX_LEAD_WORDS} lower-case words such as a determiner or adjectives ("raised new questions
     * about the deal"): the preposition's index, with at least one word after it; else -1. A name that owns the noun
     * ("joined Pence's call for …") speaks itself: no such object.
     */
    static int prepositionOpening(Document doc, int from, int to) {
        for (int k = from; k < to - 2 && k <= from + MAX_LEAD_WORDS; k++) {
            Token t = doc.token(k);
            if (doc.quoted(k) || !t.isWord() || t.isCapitalized() || !CueLexicon.isOpenWord(t.lower())
                    && !Lexicon.DETERMINERS.contains(t.lower()) && !t.is("no")) {
                return -1;
            }
            if (isPair(doc, k + 1) && !doc.quoted(k + 1) && doc.token(k + 2).isWord()) {
                return k + 1;
            }
        }
        return -1;
    }

    /**
     * "Trump's attacks on him", "her renewed criticism of the deal": the attitude noun at {@code i}, owned by a
     * possessive ({@link MentionFinder#possessor}) with adjectives between, and its preposition; the owner holds the
     * stance, the preposition's object is the content, up to the first break or verb ({@link CueContext} judges it);
     * or null.
     */
    static Attribution ownedStance(Document doc, MentionFinder finder, ContentBounds bounds, CueLexicon cues, int i,
            int b, int e) {
        if (i + 2 >= e || !isPair(doc, i + 1) || doc.quoted(i) || !doc.token(i + 2).isWord()) {
            return null;
        }
        int k = i - 1;
        while (k > b && i - k <= MAX_LEAD_WORDS && doc.token(k).isWord() && !doc.token(k).isCapitalized()
                && (CueLexicon.isOpenWord(doc.token(k).lower()) || doc.token(k).is("most"))) {
            k--; // "his most eloquent passion for"
        }
        Mention owner = k >= b ? finder.possessor(k, b) : null;
        if (owner == null) {
            return null;
        }
        int from = i + 2;
        int to = bounds.clauseEnd(from, e, true);
        int end = from + 1;
        while (end < to && (doc.quoted(end) || !NOUN_PHRASE_ENDS.contains(doc.token(end).lower())
                && !Lexicon.isDash(doc.token(end).text()) && !cues.looksFinite(doc.token(end)))) {
            end++;
        }
        return new Attribution(i, i + 1, owner, from, end, -1, -1);
    }

    /** Words and marks that end the object of an attitude noun's preposition ("his attacks on Cruz, who …"). */
    private static final Set<String> NOUN_PHRASE_ENDS = Set.of(",", ";", ":", "(", "that", "which", "who", "while",
            "because", "as", "when");

    /** Whether the word before {@code prep} and it are an attitude noun and its preposition. */
    static boolean isPair(Document doc, int prep) {
        Set<String> nouns = prep > 0 ? NOUNS_BY_PREPOSITION.get(doc.token(prep).lower()) : null;
        return nouns != null && nouns.contains(doc.token(prep - 1).lower()); // looked up per token: no string built
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> nouns = new HashMap<>();
        for (String[] row : TsvResource.rows("attitude-nouns.tsv")) {
            nouns.computeIfAbsent(row[1], p -> new HashSet<>()).add(row[0]);
        }
        Map<String, Set<String>> frozen = new HashMap<>();
        nouns.forEach((p, n) -> frozen.put(p, Set.copyOf(n)));
        return Map.copyOf(frozen);
    }
}
