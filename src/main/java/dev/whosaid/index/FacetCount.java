package dev.whosaid.index;

import java.util.Objects;

/** How many matching quotations carry one facet value. */
public record FacetCount(String value, int count) {

    public FacetCount {
        Objects.requireNonNull(value, "value");
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count + " for " + value);
        }
    }
}
