package dev.whosaid.extraction;

import java.util.HashMap;
import java.util.Map;

/** Common given names and the pronoun they usually take, so that "she" skips Mike Pompeo (given-names.tsv). */
final class GivenNames {

    private static final Map<String, Entities.Gender> GENDERS = load();

    private GivenNames() {}

    /** The usual gender of a given name, or UNKNOWN. */
    static Entities.Gender genderOf(String givenName) {
        return GENDERS.getOrDefault(givenName, Entities.Gender.UNKNOWN);
    }

    private static Map<String, Entities.Gender> load() {
        Map<String, Entities.Gender> genders = new HashMap<>();
        for (String[] row : TsvResource.rows("given-names.tsv")) {
            genders.put(row[0], row[1].equals("F") ? Entities.Gender.FEMALE : Entities.Gender.MALE);
        }
        return Map.copyOf(genders);
    }
}
