package dev.whosaid.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: accents and case ignored, hyphens and possessives dropped ("Jong-un's" = "jong un"). */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’][sS]\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    static String fold(String s) {
        return withoutMarks(s).toLowerCase(Locale.ROOT);
    }

    private static String withoutMarks(String s) {
        return isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Folded words, possessive "'s" removed: "Nauert's" gives ["nauert"], "Kim Jong-un" ["kim", "jong", "un"]. */
    static List<String> words(String s) {
        return split(fold(s));
    }

    /** The same words as {@link #words}, one for one, with their case as written: "EFF" stays "EFF". */
    static List<String> wordsAsWritten(String s) {
        return split(withoutMarks(s));
    }

    /** Whether a word as written is an acronym: two to eight capitals ("EFF", "WHO", "USCIRF"), no other letters. */
    static boolean isAcronym(String writtenWord) {
        return writtenWord.length() >= 2 && writtenWord.length() <= 8 && writtenWord.chars().allMatch(Character::isUpperCase);
    }

    private static List<String> split(String s) {
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(POSSESSIVE.matcher(s).replaceAll(""))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
