package dev.whosaid.extraction;

import java.util.Arrays;
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

    private final FeatureWeights weights;
    private final double bias;
    private final double threshold;
    private final double cueThreshold;

    CueContexts(Map<String, Double> weights, double threshold, double cueThreshold) {
        this.weights = new FeatureWeights(weights);
        this.bias = this.weights.weight(BIAS);
        this.threshold = threshold;
        this.cueThreshold = cueThreshold;
    }

    static final CueContexts STANDARD = load();

    /** The probability that the attribution is right (its quotation and speaker). */
    double probability(CueContext context) {
        Hashes hashes = new Hashes();
        context.describe(hashes);
        double z = bias;
        for (int f = 0; f < hashes.count; f++) {
            z += weights.weight(hashes.hashes[f]); // in the order of the features, as the sum over their names
        }
        return logistic(z);
    }

    /** The probability that an attribution with these features is right. */
    double probability(List<String> features) {
        double z = bias;
        for (String feature : features) {
            z += weights.weight(feature);
        }
        return logistic(z);
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The hashes of a context's features, their names never built. They are all made before any is looked up, so
     * that the lookups, cache misses most of them, overlap.
     */
    private static final class Hashes implements CueContext.FeatureSink {

        long[] hashes = new long[40];
        int count;
        private long hash;
        private boolean first;

        @Override
        public Hashes begin(CueContext.Prefix prefix) {
            hash = prefix.hash;
            first = true;
            return this;
        }

        @Override
        public Hashes part(String part) {
            hash = FeatureWeights.extend(first ? hash : FeatureWeights.extend(hash, '|'), part);
            first = false;
            return this;
        }

        @Override
        public void end() {
            if (count == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * count);
            }
            hashes[count++] = hash;
        }
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
