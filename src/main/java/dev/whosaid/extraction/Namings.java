package dev.whosaid.extraction;

import java.util.Set;

/**
 * "Trump called the deal “a disaster”", "what aide Kevin Phillips called “the beginning of a new era”": a verb of
 * naming whose subject speaks quotes the words it called something by. PolNeAR marks the object and the quoted
 * name as the content (on train a quotation right after "called", "calls", "dubbed", "labeled" or "termed" is
 * marked 39 times of 44; the 5 others have no speaker: "a play called “…”"), and often ends it where the quoted
 * name closes ("called Palin a “clown” on his radio show": the show is circumstance).
 */
final class Namings {

    /** Verbs that call something by a name, as forms after their subject ("called", "calls", "calling"). */
    private static final Set<String> NAMING_VERBS = Set.of("called", "calls", "call", "calling", "dubbed", "dubs",
            "labeled", "labelled", "labels", "branded", "brands", "termed", "terms");
    /** Mentions that name who speaks: a person or a pronoun ("an inflation formula called “chained CPI”" names). */
    private static final Set<Mention.Type> SPEAKING = Set.of(Mention.Type.NAME, Mention.Type.PRONOUN);
    /** Mentions that speak after a relative word ("what officials called “…”", "which the party calls “…”"). */
    private static final Set<Mention.Type> SPEAKING_AFTER_RELATIVE = Set.of(Mention.Type.NAME, Mention.Type.PRONOUN,
            Mention.Type.ROLE, Mention.Type.ORGANISATION, Mention.Type.ANONYMOUS);
    /** Relative words that open a clause whose verb of naming quotes the name ("what he called “…”"). */
    private static final Set<String> RELATIVES = Set.of("what", "which", "that", "who", "whom");
    /** Words after a verb phrase that open a second act of the speaker ("called it “shameful” and called on …"). */
    private static final Set<String> COORDINATORS = Set.of("and", "but");
    /** The most tokens of the object before the quoted name ("called Donald J. Trump's remarks about a judge “…”"). */
    private static final int MAX_OBJECT_TOKENS = 12;

    private Namings() {}

    /** Whether the cue at {@code cue} is a verb of naming. */
    static boolean isNamingVerb(Document doc, int cue) {
        return NAMING_VERBS.contains(doc.token(cue).lower());
    }

    /**
     * Whether a quotation that opens the content of {@code a} names what its speaker called something rather than a
     * work's title: the cue is a verb of naming with a speaking subject before it, and the quotation is no title by
     * its shape (a quoted "“Crooked Hillary”" in title case stays a name, as {@link NonStatements} has it).
     */
    static boolean quotesSpeakersName(Document doc, Attribution a) {
        Mention m = a.mention();
        if (!isNamingVerb(doc, a.cueFirst()) || m == null || m.last() >= a.cueFirst()
                || !(SPEAKING.contains(m.type()) || afterRelative(doc, m) && SPEAKING_AFTER_RELATIVE.contains(m.type()))) {
            return false;
        }
        int k = a.from();
        int q = doc.opensQuote(k) && k + 1 < doc.size() ? doc.quoteOf[k + 1] : doc.quoteOf[k];
        return q >= 0 && !NonStatements.isTitleCased(doc, q);
    }

    /** Whether a relative word stands right before the mention ("what aide Kevin Phillips called …"). */
    private static boolean afterRelative(Document doc, Mention m) {
        return m.first() > 0 && !doc.quoted(m.first() - 1) && RELATIVES.contains(doc.token(m.first() - 1).lower());
    }

    /**
     * Where the content of a verb of naming from {@code from} ends, else {@code to}: right after the first quotation
     * that opens within a short object, where the naming stands in a relative clause ("what he called “a disaster”
     * in his book"), where the quoted name closes on a comma ("called the remarks “racist,” an indictment …"), or
     * where a second act of the speaker follows ("called it “shameful” and called on leaders …"). What else follows
     * a quoted name tells more of what was called so ("a “hater” who had …", "“kind” with a “great heart”").
     */
    static Attribution endContent(Document doc, Attribution a) {
        return a.withTo(contentEnd(doc, a, a.from(), a.to()));
    }

    private static int contentEnd(Document doc, Attribution a, int from, int to) {
        int cue = a.cueFirst();
        if (!isNamingVerb(doc, cue) || a.cueLast() > cue) {
            return to; // "called for a “Medicare for all” system": a call for something, no naming
        }
        for (int k = from; k < to && k - from <= MAX_OBJECT_TOKENS; k++) {
            if (doc.opensQuote(k) && k + 1 < to && doc.quoteOf[k + 1] >= 0) {
                QuotedSpan quote = doc.quotes.get(doc.quoteOf[k + 1]);
                int after = doc.tokenAt(quote.close());
                if (quote.close() == quote.contentEnd() || after >= to) {
                    return to; // an unclosed mark runs on; a quotation that ends the content ends it anyway
                }
                boolean relative = a.mention() != null && a.mention().last() < cue && afterRelative(doc, a.mention());
                // "Humphrey, who calls Trump a “sociopath,” said …": the main clause's verb goes on after the comma
                boolean comma = (doc.text.charAt(quote.contentEnd() - 1) == ',' || doc.token(after).text().equals(","))
                        && !looksLikeVerb(doc.token(after));
                return relative || comma || secondAct(doc, after, to) ? after : to;
            }
            if (!doc.quoted(k) && (doc.token(k).text().equals(",") || doc.token(k).text().equals(";"))) {
                return to; // "called the plan, which …": the object ends before any quoted name
            }
        }
        return to;
    }

    /** "and called on …", "and asserting …": a conjunction before a verb, another act than the naming. */
    private static boolean secondAct(Document doc, int k, int to) {
        return k + 1 < to && COORDINATORS.contains(doc.token(k).lower()) && !doc.quoted(k + 1)
                && (looksLikeVerb(doc.token(k + 1)) || doc.token(k + 1).lower().endsWith("ing"));
    }

    /** A lower-case cue word or an -ed form ("said", "portrayed"). */
    private static boolean looksLikeVerb(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && (w.endsWith("ed") || CueLexicon.STANDARD.isCue(w));
    }
}
