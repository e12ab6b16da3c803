package dev.whosaid.query;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Trims a topic to the words that say what it is about. The text analyzer drops only a few stop words;
 * pronouns and auxiliaries ("he would", "when") would otherwise make every quotation with "he" in it match.
 * Exact phrases keep every word.
 */
final class TopicWords {

    private TopicWords() {}

    private static final Set<String> FUNCTION_WORDS = Set.of("he", "she", "him", "his", "her", "hers", "they", "them",
            "their", "we", "us", "our", "you", "your", "i", "me", "my", "it", "its", "who", "whom", "whose", "which",
            "what", "when", "where", "why", "how", "would", "could", "should", "will", "shall", "may", "might", "must",
            "can", "do", "does", "did", "has", "have", "had", "was", "were", "been", "being", "is", "are", "am", "be",
            "about", "regarding", "concerning", "so", "very", "just", "also", "any", "anything", "something", "some",
            "said", "say", "says", "tell", "told");

    /** The topic without function words, or "" when nothing is left. */
    static String clean(String topic) {
        StringJoiner kept = new StringJoiner(" ");
        for (String word : topic.strip().split("\\s+")) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (!bare.isEmpty() && !FUNCTION_WORDS.contains(bare)) {
                kept.add(word);
            }
        }
        return kept.toString();
    }
}
