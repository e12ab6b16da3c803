package dev.whosaid.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = GivenNames.class.getResourceAsStream("given-names.tsv")) {
            if (in == null) {
                throw new IllegalStateException("given-names.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                genders.put(f[0], f[1].equals("F") ? Entities.Gender.FEMALE : Entities.Gender.MALE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read given-names.tsv", e);
        }
        return Map.copyOf(genders);
    }
}
