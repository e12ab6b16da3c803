package dev.whosaid.index;

/**
 * Marks where a search's time goes, stage by stage: a benchmark passes one that records CPU time per stage,
 * everything else {@link #NONE}. A mark ends a stage: the time since the previous mark belongs to it.
 */
@FunctionalInterface
public interface SearchStages {

    /** Records nothing. */
    SearchStages NONE = stage -> {};

    /** The stages of one search, in the order they run. */
    enum Stage {
        /** Understanding the question (speakers, roles, dates, the form of the question). */
        PARSE,
        /** The total and the facets, counted without scores (and again when the search widens to paragraphs). */
        COUNT,
        /** The page's documents, ranked. */
        RANK,
        /** The page's stored fields, highlights and other reports. */
        HITS,
        /** The answer's records (views of the hits). */
        ANSWER,
        /** The answer as JSON bytes. */
        JSON
    }

    void done(Stage stage);
}
