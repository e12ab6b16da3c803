package dev.whosaid.extraction;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Common given names and the pronoun they usually take, so that "she" skips Mike Pompeo (given-names.tsv). */
final class GivenNames {

    private static final Map<String, Entities.Gender> GENDERS = load("given-names.tsv");
    /** Many more names, of one sex in the Moby lists: for a pronoun's gender only, too broad to find where names start. */
    private static final Map<String, Entities.Gender> MORE_GENDERS = load("given-names-moby.tsv");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    private GivenNames() {}

    /** The usual gender of a given name, or UNKNOWN. */
    static Entities.Gender genderOf(String givenName) {
        Entities.Gender g = GENDERS.get(givenName);
        if (g != null || givenName.chars().allMatch(c -> c < 128)) {
            return g != null ? g : Entities.Gender.UNKNOWN;
        }
        return GENDERS.getOrDefault(withoutAccents(givenName), Entities.Gender.UNKNOWN);
    }

    /** Whether token {@code k} is capitalised right after a known given name, a surname ("Theresa May"). */
    static boolean afterGivenName(Document doc, int k) {
        return k > 0 && doc.token(k).isCapitalized() && doc.token(k - 1).isCapitalized()
                && genderOf(doc.token(k - 1).text()) != Entities.Gender.UNKNOWN;
    }

    /** The usual gender of a given name by the wider lists too ("Debbie", "Jerome"), or UNKNOWN: for pronouns. */
    static Entities.Gender usualGenderOf(String givenName) {
        Entities.Gender g = genderOf(givenName);
        return g != Entities.Gender.UNKNOWN ? g
                : MORE_GENDERS.getOrDefault(withoutAccents(givenName), Entities.Gender.UNKNOWN);
    }

    /** "Agnès" as "Agnes", "Zoë" as "Zoe": the list is written without accents. */
    private static String withoutAccents(String word) {
        return COMBINING.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
    }

    private static Map<String, Entities.Gender> load(String resource) {
        Map<String, Entities.Gender> genders = new HashMap<>();
        for (String[] row : TsvResource.rows(resource)) {
            genders.put(row[0], row[1].equals("F") ? Entities.Gender.FEMALE : Entities.Gender.MALE);
        }
        return Map.copyOf(genders);
    }
}
