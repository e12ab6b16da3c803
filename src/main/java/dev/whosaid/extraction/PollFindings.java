package dev.whosaid.extraction;

import java.util.Set;

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans said they were enthusiastic": a sentence that opens with
 * "In" and a poll before a comma gives the rest of the sentence as what the poll found (what its respondents said
 * included), the poll being the source. On
 * train such an opening is a cue 17 times of 24; after a clause ("Trump leads in the polls") it is one only 32
 * times of 153, so only the opening counts. The nouns are those of the sources PolNeAR gives such an "in".
 */
final class PollFindings {

    /** Nouns that make a phrase after "In" a poll: every source of a cue "in" on train with one is headed by these. */
    private static final Set<String> POLLS = Set.of("poll", "polls", "survey", "surveys");
    /** The most tokens of the poll's phrase ("the latest Washington Post-ABC News poll, conducted in May,"). */
    private static final int MAX_SOURCE_TOKENS = 16;

    private PollFindings() {}

    /**
     * The comma that ends the phrase naming a poll after the sentence-opening "In" at {@code i} in the sentence
     * ending before {@code e}, or -1 where the sentence opens otherwise.
     */
    static int commaAfterPoll(Document doc, int i, int e) {
        if (!doc.token(i).text().equals("In") || doc.quoted(i)) {
            return -1;
        }
        boolean poll = false;
        for (int k = i + 1; k < e && k <= i + MAX_SOURCE_TOKENS; k++) {
            Token t = doc.token(k);
            if (doc.quoted(k)) {
                return -1;
            }
            if (t.text().equals(",") && poll && k + 1 < e && ContentBounds.isPastForm(doc.token(k + 1))) {
                continue; // "In the new poll, conducted March 11-13, …": the participle tells of the poll
            }
            if (t.text().equals(",")) {
                return poll && k > i + 1 ? k : -1;
            }
            if (!poll && ContentBounds.isPastForm(t)) {
                return -1; // "In a memo released as polls closed, …": the poll is no head of the phrase
            }
            poll |= POLLS.contains(t.lower());
        }
        return -1;
    }

    /** Whether {@code a} is a poll's finding ({@link #commaAfterPoll}): the only attribution whose cue is an "In". */
    static boolean isFinding(Document doc, Attribution a) {
        return isFinding(doc, a.cueFirst());
    }

    /** Whether the cue at token {@code cue} opens a poll's finding. */
    static boolean isFinding(Document doc, int cue) {
        return doc.token(cue).text().equals("In");
    }
}
