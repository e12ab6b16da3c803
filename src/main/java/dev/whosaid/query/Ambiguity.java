package dev.whosaid.query;

import java.util.List;
import java.util.Objects;

/** A name in the question that fits several speakers: all of them are searched, and the answer says so. */
public record Ambiguity(String mention, List<String> candidates) {

    public Ambiguity {
        Objects.requireNonNull(mention, "mention");
        candidates = List.copyOf(candidates);
    }
}
