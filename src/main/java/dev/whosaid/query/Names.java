package dev.whosaid.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names are compared: accents and case ignored, hyphens and possessives dropped ("Jong-un's" = "jong un"). */
final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {}

    static String fold(String s) {
        String noMarks = isAscii(s) ? s : MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return noMarks.toLowerCase(Locale.ROOT);
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
        List<String> words = new ArrayList<>();
        for (String w : NON_WORD.split(POSSESSIVE.matcher(fold(s)).replaceAll(""))) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
