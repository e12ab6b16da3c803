package dev.whosaid.index;

import java.util.List;

/** Counts over the whole match set (not only the page), largest first, ties by value. */
public record Facets(List<FacetCount> speaker, List<FacetCount> role, List<FacetCount> source, List<FacetCount> year) {

    public Facets {
        speaker = List.copyOf(speaker);
        role = List.copyOf(role);
        source = List.copyOf(source);
        year = List.copyOf(year);
    }

    public static Facets none() {
        return new Facets(List.of(), List.of(), List.of(), List.of());
    }
}
