package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How often an attribution by a candidate cue was right in PolNeAR train, by {@link CueContext}: counts made by
 * {@code CueContextTraining} into {@code cue-contexts.tsv}. The estimate backs off from the most specific
 * context to the form alone, each level pulled towards the one above by {@link #PRIOR_WEIGHT} pseudo-counts.
 */
final class CueContexts {

    /** Keep a candidate's attribution whose estimated precision reaches this (chosen on a held-out part of train). */
    static final double THRESHOLD = 0.4;
    /** Keep a lexicon cue's attribution whose estimated precision reaches this. */
    static final double CUE_THRESHOLD = 0.2;
    static final double PRIOR_WEIGHT = 6.0;
    /** The precision of a form never seen in training. */
    private static final double BASE = 0.1;

    private final Map<String, int[]> counts;
    private final double threshold;
    private final double cueThreshold;
    private final double priorWeight;
    /** The most specific keys of each form, to tell whether any of its contexts can be kept. */
    private final Map<String, List<CueContext>> contextsOfForm = new HashMap<>();

    CueContexts(Map<String, int[]> counts, double threshold, double cueThreshold, double priorWeight) {
        this.counts = Map.copyOf(counts);
        this.threshold = threshold;
        this.cueThreshold = cueThreshold;
        this.priorWeight = priorWeight;
        for (String key : counts.keySet()) {
            String[] parts = key.split("\\|");
            if (parts.length == 6 && !key.startsWith("~") && !key.startsWith(CueContext.GENERIC)) {
                contextsOfForm.computeIfAbsent(parts[0], f -> new ArrayList<>()).add(new CueContext(parts[0], false,
                        parts[1], Boolean.parseBoolean(parts[2]), parts[4], parts[5], parts[3], 0));
            }
        }
    }

    static final CueContexts STANDARD = load();

    double estimate(CueContext context) {
        double p = BASE;
        for (String key : context.keys()) {
            int[] c = counts.get(key);
            if (c == null) {
                continue; // a level never seen adds nothing
            }
            p = (c[0] + priorWeight * p) / (c[1] + priorWeight);
        }
        return p;
    }

    /**
     * Whether some context of a candidate form could be kept: forms that never can are no candidates at all,
     * which spares looking for their speakers and content.
     */
    boolean canAdmit(String form) {
        return contextsOfForm.getOrDefault(form, List.of()).stream()
                .anyMatch(c -> c.nesting().equals("-") && estimate(c) >= threshold);
    }

    /** Whether the attribution is kept; {@code lexiconCue} where its cue is a strong one ("said"), not a candidate. */
    boolean admits(CueContext context, boolean lexiconCue) {
        if (!lexiconCue && !context.nesting().equals("-")) {
            return false; // "quoted a source who said …", "said Trump signed …": the statement is the other one
        }
        return estimate(context) >= (lexiconCue ? cueThreshold : threshold);
    }

    private static CueContexts load() {
        Map<String, int[]> counts = new HashMap<>();
        for (String[] f : TsvResource.rows("cue-contexts.tsv")) {
            counts.put(f[0], new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2])});
        }
        return new CueContexts(counts, THRESHOLD, CUE_THRESHOLD, PRIOR_WEIGHT);
    }
}
