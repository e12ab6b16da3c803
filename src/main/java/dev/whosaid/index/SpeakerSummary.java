package dev.whosaid.index;

import dev.whosaid.extraction.SpeakerKind;
import java.util.List;
import java.util.Objects;

/** A speaker in the index: canonical name, kind, roles seen (most frequent first) and distinct statements. */
public record SpeakerSummary(String name, SpeakerKind kind, List<String> roles, int count) {

    public SpeakerSummary {
        Objects.requireNonNull(name, "name");
        roles = List.copyOf(roles);
    }
}
