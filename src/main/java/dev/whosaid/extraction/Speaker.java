package dev.whosaid.extraction;

import java.util.Objects;

/**
 * A resolved speaker.
 *
 * @param name canonical name ("Heather Nauert", "North Korea", "an unnamed diplomatic source")
 * @param role role or title, or null
 * @param kind person, organisation or anonymous
 */
record Speaker(String name, String role, SpeakerKind kind) {

    Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank");
        }
    }
}
