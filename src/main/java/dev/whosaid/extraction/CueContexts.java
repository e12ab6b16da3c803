package dev.whosaid.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a candidate attribution is right, by a logistic regression over its {@link CueContext} features,
 * learned from PolNeAR train by {@code CueContextTraining} into {@code cue-model.tsv}: a weight per feature, the
 * probability the logistic of their sum. Where a form was seldom seen, its form-free features (lexicon cue or not,
 * inflection, what the content opens with, speaker kind) carry the decision.
 */
final class CueContexts {

    /** Keep a candidate's attribution whose probability reaches this (chosen on a held-out part of train). */
    static final double THRESHOLD = 0.30;
    /** Keep a lexicon cue's attribution whose probability reaches this. */
    static final double CUE_THRESHOLD = 0.30;
    /** The feature every context has: the intercept. */
    static final String BIAS = "(bias)";

    private final Map<String, Double> weights;
    private final double threshold;
    private final double cueThreshold;

    CueContexts(Map<String, Double> weights, double threshold, double cueThreshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
        this.cueThreshold = cueThreshold;
    }

    static final CueContexts STANDARD = load();

    /** The probability that the attribution is right (its quotation and speaker). */
    double probability(CueContext context) {
        return probability(context.features());
    }

    /** The probability that an attribution with these features is right. */
    double probability(List<String> features) {
        double z = weights.getOrDefault(BIAS, 0.0);
        for (String feature : features) {
            z += weights.getOrDefault(feature, 0.0);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Whether the attribution is kept; {@code lexiconCue} where its cue is a strong one ("said"), not a candidate. */
    boolean admits(CueContext context, boolean lexiconCue) {
        if (context.nesting().equals("inside")) {
            return false; // "said Trump signed …", "said Trump claimed …": annotators leave it to the outer statement
        }
        if (lexiconCue && context.opener().equals("that") && context.nesting().equals("-")) {
            return true; // "told reporters that …": grammar says reported speech, whatever else the sentence holds
        }
        return probability(context) >= (lexiconCue ? cueThreshold : threshold);
    }

    private static CueContexts load() {
        Map<String, Double> weights = new HashMap<>();
        for (String[] f : TsvResource.rows("cue-model.tsv")) {
            weights.put(f[0], Double.parseDouble(f[1]));
        }
        return new CueContexts(weights, THRESHOLD, CUE_THRESHOLD);
    }
}
