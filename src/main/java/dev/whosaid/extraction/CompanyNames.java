package dev.whosaid.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * The words a company's full name ends with ("Ford Motor Company", "Boeing Co.", "Salling Group"): an article names such
 * a company by its first word after the first time ("Ford"), and a question may too. Shared by the extractor, which
 * merges the short name into the full one, and the question parser, which looks the full one up by that word.
 */
public final class CompanyNames {

    private static final Set<String> ENDINGS = Set.of("company", "co", "corporation", "corp", "inc", "incorporated",
            "ltd", "limited", "plc", "llc", "group", "holdings", "ag", "sa", "gmbh");

    private CompanyNames() {}

    /** Whether {@code lastWord}, as written or folded, with or without its stop ("Co."), ends a company's name. */
    public static boolean isEnding(String lastWord) {
        String w = lastWord.endsWith(".") ? lastWord.substring(0, lastWord.length() - 1) : lastWord;
        return ENDINGS.contains(w.toLowerCase(Locale.ROOT));
    }
}
