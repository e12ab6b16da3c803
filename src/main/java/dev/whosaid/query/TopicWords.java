package dev.whosaid.query;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

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

    /** More distinct words than anyone asks with; each costs three clauses (text, paragraph, nearby). */
    static final int MAX_WORDS = 100;

    /** Compiled once: every question's topic passes both. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");

    /** The topic without function words, or "" when nothing is left; refuses more than {@value #MAX_WORDS} words. */
    static String clean(String topic) {
        StringJoiner kept = new StringJoiner(" ");
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (String word : WHITESPACE.split(topic.strip())) {
            String bare = EDGE_PUNCTUATION.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
            if (!bare.isEmpty() && !FUNCTION_WORDS.contains(bare)) {
                kept.add(word);
                distinct.add(bare);
            }
        }
        if (distinct.size() > MAX_WORDS) {
            throw new IllegalArgumentException("the question has " + distinct.size() + " different words; at most "
                    + MAX_WORDS + " are searched");
        }
        return kept.toString();
    }
}
