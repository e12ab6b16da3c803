package dev.whosaid.extraction;

import java.util.Locale;

/**
 * One word or punctuation mark of an article, with its offsets.
 *
 * @param start offset of the first character
 * @param end   offset after the last character
 * @param text  the characters as written
 * @param lower {@code text} lower-cased with {@link Locale#ROOT}, curly apostrophes made straight
 * @param capitalized starts with an upper-case letter, or is a name with a lower-case particle ("al-Sisi"); asked of
 *                    most tokens many times, so found once
 */
record Token(int start, int end, String text, String lower, boolean capitalized) {

    static Token of(String source, int start, int end) {
        String text = source.substring(start, end);
        return new Token(start, end, text, text.toLowerCase(Locale.ROOT).replace('’', '\''), isCapitalized(text));
    }

    /** Starts with a letter or digit. */
    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** Starts with an upper-case letter, or is a name with a lower-case particle ("al-Sisi"). */
    boolean isCapitalized() {
        return capitalized;
    }

    private static boolean isCapitalized(String text) {
        char first = text.charAt(0);
        return Character.isUpperCase(first) || Character.isLowerCase(first) && hasParticle(text);
    }

    /** Most words have no hyphen or apostrophe among their first letters: only those few meet the pattern. */
    private static boolean hasParticle(String text) {
        for (int i = 1; i < text.length() && i <= 4; i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '\'' || c == '’') {
                return PARTICLE_NAME.matcher(text).matches();
            }
        }
        return false;
    }

    /** Names written with a lower-case particle before a capital: "al-Amr", "el-Sisi", "bin-Salman", "d'Estaing". */
    private static final java.util.regex.Pattern PARTICLE_NAME =
            java.util.regex.Pattern.compile("(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|d)[-'’]\\p{Lu}\\p{L}*");

    /** The possessive "'s" that the tokenizer splits off a name ("Ilbo" "'s"), with either apostrophe, in any case. */
    boolean isPossessive() {
        return lower.equals("'s");
    }

    boolean is(String lowerText) {
        return lower.equals(lowerText);
    }
}
