package dev.whosaid.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How names are compared: accents and case ignored, hyphens and possessives dropped ("Jong-un's" = "jong un"). */
final class Names {

    private Names() {}

    static String fold(String s) {
        String noMarks = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return noMarks.toLowerCase(Locale.ROOT);
    }

    /** Folded words, possessive "'s" removed: "Nauert's" gives ["nauert"], "Kim Jong-un" ["kim", "jong", "un"]. */
    static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        for (String w : fold(s).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
