package dev.whosaid.extraction;

import java.util.Set;

/**
 * "A survey by the organization in March found Clinton ahead", "Polls there show Trump trailing", "A Sept. 15, 2011
 * email shows State sent ten staffers", "despite polls showing her behind": a poll, a survey, records or an email
 * that shows, finds or suggests something is its source. On train PolNeAR annotates nearly every such finding (the
 * word before an evidence verb is "poll" 52 times of 53, "polls" 32 of 41, "survey" 7 of 7, "records" 13 of 17,
 * "emails" 6 of 6), with the whole noun phrase, words after its head included, as the source; the mention finder
 * only knows noun phrases that end right before the verb, so these phrases with words after their head went unheard.
 */
final class Findings {

    /** Verbs of evidence whose subject is a poll or a record on train ("shows", "found", "suggest", "revealed"). */
    private static final Set<String> EVIDENCE_VERBS = Set.of("show", "shows", "showed", "showing", "found", "find",
            "finds", "suggest", "suggests", "suggested", "suggesting", "indicate", "indicates", "indicated",
            "indicating", "reveal", "reveals", "revealed", "revealing");
    /** Heads of the sources of evidence verbs on train. */
    private static final Set<String> SOURCES = Set.of("poll", "polls", "polling", "survey", "surveys", "study",
            "studies", "report", "reports", "analysis", "data", "records", "documents", "filings", "email", "emails",
            "memo", "results", "research", "evidence", "disclosures", "average");
    /** Words before the head that belong to the source's phrase although they are function words. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "its", "more");
    /** Words that end the clause before a source ("and polls show", "while a survey found"). */
    private static final Set<String> CLAUSE_LINKS = Set.of("and", "but", "while", "whereas", "though", "although",
            "yet", "that", "when", "as", "because", "since", "if");
    /** Adverbs between a source and its verb ("The poll also found"); "there" in "Polls there show" is the source's. */
    private static final Set<String> ADVERBS = Set.of("also", "again", "now", "still", "just", "only", "even", "then");
    /** The most tokens of a source's phrase ("An analysis by Politifact of presidential elections going back to 1972"). */
    private static final int MAX_TOKENS = 14;

    private Findings() {}

    /**
     * Whether the mention holds the head of a source ("ORC poll of South Carolina released"), so that it is a piece
     * of the source's phrase rather than the body the source comes from ("Data from the Harbor Safety Board").
     */
    static boolean holdsSource(Document doc, Mention m) {
        for (int k = m.first(); k <= m.last(); k++) {
            if (SOURCES.contains(doc.token(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The source whose phrase ends right before the evidence verb at {@code verb}, in the clause from {@code b}: the
     * noun phrase headed by a poll, a survey or a record, with what follows its head ("Polls there", "A survey by the
     * organization in March"), as an anonymous speaker; or null.
     */
    static Mention sourceBefore(Document doc, CueLexicon cues, int verb, int b) {
        if (verb - 1 < b || !EVIDENCE_VERBS.contains(doc.token(verb).lower())) {
            return null;
        }
        int start = verb;
        while (start - 1 >= b && verb - start < MAX_TOKENS && inPhrase(doc, cues, start - 1)) {
            start--;
        }
        int head = -1;
        for (int k = start; k < verb && head < 0; k++) {
            if (SOURCES.contains(doc.token(k).lower())) {
                head = k;
            }
        }
        if (head < 0) {
            return null;
        }
        int first = head;
        while (first - 1 >= start && beforeHead(doc, cues, first - 1)) {
            first--;
        }
        while (first < head && !doc.token(first).isWord()) {
            first++; // "-One poll shows": a list's dash is no part of the source
        }
        int last = verb - 1;
        while (last > head && isAdverb(doc.token(last).lower())) {
            last--; // "The poll also found": the adverb belongs to the verb
        }
        Span span = new Span(doc.token(first).start(), doc.token(last).end());
        return new Mention(first, last, span, span.of(doc.text), null, Mention.Type.ANONYMOUS);
    }

    /** Whether token {@code k} may stand in a source's phrase: no quotation, clause break, auxiliary or speech verb. */
    private static boolean inPhrase(Document doc, CueLexicon cues, int k) {
        Token t = doc.token(k);
        String w = t.lower();
        if (doc.quoted(k) || CLAUSE_LINKS.contains(w) || !CueLexicon.auxClass(w).equals("-") || cues.isCue(w)) {
            return false;
        }
        if (t.isWord()) {
            return true;
        }
        // "A Sept. 15, 2011 email": a comma inside a date
        return w.equals(",") && k > 0 && k + 1 < doc.size() && Character.isDigit(doc.token(k - 1).text().charAt(0))
                && Character.isDigit(doc.token(k + 1).text().charAt(0))
                || w.equals(".") || w.equals("-") || w.equals("/") || w.equals("'s") || w.equals("’s");
    }

    /**
     * Whether token {@code k} before a source's head modifies it ("the latest", "new fundraising", "newly released");
     * a past form after a word that may be its subject is a verb ("Clinton called a report suggesting").
     */
    private static boolean beforeHead(Document doc, CueLexicon cues, int k) {
        String w = doc.token(k).lower();
        if (ContentBounds.isPastForm(doc.token(k)) && k > 0) {
            Token prev = doc.token(k - 1); // "after leaked emails showed": no subject before the past form
            return !prev.isWord() || Lexicon.STOP.contains(prev.lower()) || prev.lower().endsWith("ly");
        }
        return DETERMINERS.contains(w) || !Lexicon.STOP.contains(w) && !cues.isCue(w);
    }

    /** Whether {@code w} is an adverb that stands between a source and its verb ("also", "again", "clearly"). */
    private static boolean isAdverb(String w) {
        return ADVERBS.contains(w) || w.length() > 4 && w.endsWith("ly");
    }
}
