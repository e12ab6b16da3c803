package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Boosted decision trees over the indicator features of a {@link CueContext}: each inner node asks whether a
 * feature is present, each leaf adds to the log-odds that the attribution is right. Trees see what a sum of
 * weights cannot: that "sentenced" before a name is a deed while "said" before one is speech. Learned by
 * {@code CueContextTraining} into {@code cue-trees.tsv}, one node a line:
 * {@code tree node split feature} or {@code tree node leaf value}, the children of node n at 2n+1 (present) and
 * 2n+2 (absent).
 */
final class CueTrees {

    /** A node of one tree: an inner node tests {@code feature}; a leaf (feature null) holds {@code value}. */
    record Node(String feature, double value) {

        static Node split(String feature) {
            if (feature == null || feature.isEmpty()) {
                throw new IllegalArgumentException("a split needs a feature, got " + feature);
            }
            return new Node(feature, 0);
        }

        static Node leaf(double value) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a leaf value must be finite, got " + value);
            }
            return new Node(null, value);
        }

        boolean isLeaf() {
            return feature == null;
        }
    }

    /** The trees, each its nodes by index (null where the tree has no node). */
    private final List<Node[]> trees;

    CueTrees(List<Node[]> trees) {
        for (Node[] tree : trees) {
            check(tree, 0);
        }
        this.trees = trees.stream().map(Node[]::clone).toList();
    }

    /** No trees: adds nothing to the margin. */
    static final CueTrees NONE = new CueTrees(List.of());

    private static void check(Node[] tree, int n) {
        if (n >= tree.length || tree[n] == null) {
            throw new IllegalArgumentException("tree node " + n + " is missing");
        }
        if (!tree[n].isLeaf()) {
            check(tree, 2 * n + 1);
            check(tree, 2 * n + 2);
        }
    }

    int size() {
        return trees.size();
    }

    /** The sum of the leaves the features reach, one per tree. */
    double margin(Collection<String> features) {
        Set<String> present = features instanceof Set<String> s ? s : new HashSet<>(features);
        double sum = 0;
        for (Node[] tree : trees) {
            int n = 0;
            while (!tree[n].isLeaf()) {
                n = present.contains(tree[n].feature()) ? 2 * n + 1 : 2 * n + 2;
            }
            sum += tree[n].value();
        }
        return sum;
    }

    /** The trees as the rows of {@code cue-trees.tsv}. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (int t = 0; t < trees.size(); t++) {
            Node[] tree = trees.get(t);
            for (int n = 0; n < tree.length; n++) {
                if (tree[n] != null) {
                    lines.add(t + "\t" + n + "\t" + (tree[n].isLeaf()
                            ? "leaf\t" + String.format(Locale.ROOT, "%.5f", tree[n].value())
                            : "split\t" + tree[n].feature()));
                }
            }
        }
        return lines;
    }

    /** Trees from rows as {@link #lines} writes them. */
    static CueTrees of(List<String[]> rows) {
        List<List<Node>> trees = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length != 4) {
                throw new IllegalArgumentException("a tree row has 4 columns, got " + String.join("\t", row));
            }
            int t = Integer.parseInt(row[0]);
            int n = Integer.parseInt(row[1]);
            while (trees.size() <= t) {
                trees.add(new ArrayList<>());
            }
            List<Node> tree = trees.get(t);
            while (tree.size() <= n) {
                tree.add(null);
            }
            tree.set(n, switch (row[2]) {
                case "split" -> Node.split(row[3]);
                case "leaf" -> Node.leaf(Double.parseDouble(row[3]));
                default -> throw new IllegalArgumentException("a tree row is a split or a leaf, got " + row[2]);
            });
        }
        return new CueTrees(trees.stream().map(nodes -> nodes.toArray(Node[]::new)).toList());
    }
}
