package dev.whosaid.query;

import java.util.Set;

/** Frequent English words that say nothing about what a speaker talks about. */
final class Topics {

    private Topics() {}

    private static final Set<String> COMMON = Set.of("that", "this", "with", "have", "were", "been", "they", "their",
            "there", "which", "would", "could", "should", "will", "what", "when", "where", "from", "very",
            "also", "because", "these", "those", "them", "then", "than", "some", "many", "much", "such", "being",
            "into", "other", "only", "even", "made", "make", "like", "well", "want", "going", "think", "know",
            "said", "says", "does", "your", "ours", "it's", "don't", "we're", "i'm", "just", "really", "about");

    static boolean isCommon(String word) {
        return COMMON.contains(word);
    }
}
