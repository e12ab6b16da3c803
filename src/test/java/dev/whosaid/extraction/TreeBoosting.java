package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gradient-boosted decision trees for {@link CueTrees}, by Newton steps on the logistic loss (XGBoost's split gain
 * with L2 on the leaves): each tree is grown level by level over the indicator features of the examples, a split
 * kept where it lowers the loss and leaves both sides at least {@code minLeaf} examples. No sampling, so the
 * same examples give the same trees.
 */
final class TreeBoosting {

    /**
     * @param trees        how many trees after the first, which holds the prior log-odds
     * @param depth        splits from the root to a leaf
     * @param learningRate how much of each tree's Newton step is taken
     * @param lambda       L2 shrinkage of a leaf's value, in units of hessian
     * @param minLeaf      the fewest examples a leaf may hold
     */
    record Settings(int trees, int depth, double learningRate, double lambda, int minLeaf) {
        Settings {
            if (trees < 0 || depth < 1 || !(learningRate > 0) || lambda < 0 || minLeaf < 1) {
                throw new IllegalArgumentException("bad boosting settings " + trees + " " + depth + " " + learningRate
                        + " " + lambda + " " + minLeaf);
            }
        }
    }

    private final Settings settings;
    private final String[] names;
    /** Each example's features by index, sorted. */
    private final int[][] rows;
    private final boolean[] right;
    private final double[] margin;
    private final double[] gradient;
    private final double[] hessian;
    private final double[] sumG;
    private final double[] sumH;
    private final int[] count;

    private TreeBoosting(List<CueContextTraining.Example> examples, Settings settings) {
        this.settings = settings;
        Map<String, Integer> seen = new HashMap<>();
        for (CueContextTraining.Example e : examples) {
            e.features().stream().distinct().forEach(f -> seen.merge(f, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        rows = new int[examples.size()][];
        right = new boolean[examples.size()];
        for (int r = 0; r < rows.length; r++) {
            CueContextTraining.Example e = examples.get(r);
            rows[r] = e.features().stream().distinct().filter(f -> seen.get(f) >= 2 * settings.minLeaf())
                    .mapToInt(f -> index.computeIfAbsent(f, k -> {
                        names.add(k);
                        return names.size() - 1;
                    })).sorted().toArray();
            right[r] = e.right();
        }
        this.names = names.toArray(String[]::new);
        margin = new double[rows.length];
        gradient = new double[rows.length];
        hessian = new double[rows.length];
        sumG = new double[this.names.length];
        sumH = new double[this.names.length];
        count = new int[this.names.length];
    }

    /** Trees learned from the examples, the first a single leaf with their log-odds of being right. */
    static CueTrees fit(List<CueContextTraining.Example> examples, Settings settings) {
        return fit(examples, null, settings);
    }

    /**
     * Trees learned on top of {@code baseMargins} (the log-odds another model gives each example), or from the
     * examples' prior log-odds where that is null.
     */
    static CueTrees fit(List<CueContextTraining.Example> examples, double[] baseMargins, Settings settings) {
        TreeBoosting boosting = new TreeBoosting(examples, settings);
        List<CueTrees.Node[]> trees = new ArrayList<>();
        if (baseMargins == null) {
            long positives = examples.stream().filter(CueContextTraining.Example::right).count();
            double prior = Math.log((positives + 1.0) / (examples.size() - positives + 1.0));
            Arrays.fill(boosting.margin, prior);
            trees.add(new CueTrees.Node[] {CueTrees.Node.leaf(prior)});
        } else {
            System.arraycopy(baseMargins, 0, boosting.margin, 0, boosting.margin.length);
        }
        for (int t = 0; t < settings.trees(); t++) {
            trees.add(boosting.tree());
        }
        return new CueTrees(trees);
    }

    private CueTrees.Node[] tree() {
        for (int r = 0; r < rows.length; r++) {
            double p = 1 / (1 + Math.exp(-margin[r]));
            gradient[r] = p - (right[r] ? 1 : 0);
            hessian[r] = Math.max(p * (1 - p), 1e-6);
        }
        CueTrees.Node[] nodes = new CueTrees.Node[(1 << (settings.depth() + 1)) - 1];
        int[] all = new int[rows.length];
        Arrays.setAll(all, r -> r);
        grow(nodes, 0, all, 0);
        return nodes;
    }

    private void grow(CueTrees.Node[] nodes, int n, int[] members, int depth) {
        double g = 0;
        double h = 0;
        for (int r : members) {
            g += gradient[r];
            h += hessian[r];
        }
        int best = depth < settings.depth() ? bestSplit(members, g, h) : -1;
        if (best < 0) {
            double value = -settings.learningRate() * g / (h + settings.lambda());
            nodes[n] = CueTrees.Node.leaf(value);
            for (int r : members) {
                margin[r] += value;
            }
            return;
        }
        nodes[n] = CueTrees.Node.split(names[best]);
        int[] present = Arrays.stream(members).filter(r -> Arrays.binarySearch(rows[r], best) >= 0).toArray();
        int[] absent = Arrays.stream(members).filter(r -> Arrays.binarySearch(rows[r], best) < 0).toArray();
        grow(nodes, 2 * n + 1, present, depth + 1);
        grow(nodes, 2 * n + 2, absent, depth + 1);
    }

    /** The feature whose split lowers the loss most, or -1 where none does with enough examples on both sides. */
    private int bestSplit(int[] members, double g, double h) {
        List<Integer> touched = new ArrayList<>();
        for (int r : members) {
            for (int f : rows[r]) {
                if (count[f] == 0) {
                    touched.add(f);
                }
                count[f]++;
                sumG[f] += gradient[r];
                sumH[f] += hessian[r];
            }
        }
        double lambda = settings.lambda();
        double parent = g * g / (h + lambda);
        double bestGain = 1e-9;
        int best = -1;
        for (int f : touched) {
            if (count[f] >= settings.minLeaf() && members.length - count[f] >= settings.minLeaf()) {
                double gl = sumG[f];
                double hl = sumH[f];
                double gain = gl * gl / (hl + lambda) + (g - gl) * (g - gl) / (h - hl + lambda) - parent;
                if (gain > bestGain || gain == bestGain && best >= 0 && names[f].compareTo(names[best]) < 0) {
                    bestGain = gain;
                    best = f;
                }
            }
            count[f] = 0;
            sumG[f] = 0;
            sumH[f] = 0;
        }
        return best;
    }
}
