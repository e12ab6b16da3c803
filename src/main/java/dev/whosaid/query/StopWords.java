package dev.whosaid.query;

import java.util.Set;

/** Words that never name a speaker or a role on their own: function words and the words of questions. */
final class StopWords {

    private StopWords() {}

    private static final Set<String> WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "if", "in", "into", "is", "it",
            "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this",
            "to", "was", "will", "with", "what", "who", "whom", "when", "where", "why", "how", "did", "do", "does",
            "has", "have", "had", "say", "said", "says", "saying", "tell", "told", "about", "quotes", "quote",
            "quotations", "statements", "comments", "he", "she", "we", "you", "i", "his", "her", "its", "our",
            "last", "since", "between", "before", "after", "week", "month", "year", "new", "us", "may", "can",
            "mr", "mrs", "ms", "dr", "all", "one", "more", "over", "up", "out", "so", "than", "just",
            // No one in particular: "what did people say" asks for anyone, it describes no speaker.
            "people", "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "others", "them");

    static boolean isStop(String foldedWord) {
        return WORDS.contains(foldedWord);
    }
}
