package dev.whosaid.index;

import java.util.List;

/**
 * One page of hits, the number of distinct statements that match, and the facets over all of them.
 *
 * @param totalExact false when the total and the facet counts are estimates (a large match set is counted
 *                   over a sample of the index)
 */
public record SearchPage(long total, boolean totalExact, int page, int size, List<Hit> hits, Facets facets) {

    public SearchPage {
        hits = List.copyOf(hits);
        if (total < 0) {
            throw new IllegalArgumentException("negative total " + total);
        }
    }
}
