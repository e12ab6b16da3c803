package dev.whosaid.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Learns {@code cue-model.tsv} from PolNeAR train: runs the extractor with every candidate cue admitted, labels
 * each candidate's quotation right where the scorer pairs it with a gold quotation and its speaker, and fits a
 * logistic regression over the {@link CueContext} features of the candidates (full-batch gradient descent, so the
 * same data gives the same weights). With {@code --cv} it prints figures of a six-fold cross-validation over train
 * (the steadiest yardstick: dev and the held-out sixth are small). With {@code --tune} it first learns on
 * five sixths of train and prints the held-out sixth's figures per threshold (dev is never read). With
 * {@code --ceiling} it writes nothing and prints what a perfect judge would reach on the held-out sixth.
 *
 * Learning takes two rounds ({@link #learn}): with every candidate kept, a candidate's content is cut short at
 * every other candidate after it, which the standard extractor mostly rejects; so the first round's model gates a
 * second extraction whose kept candidates are labelled as the extractor will see them (held-out sixth: quote F1
 * 0.725 against 0.722, attributed F1 0.687 against 0.686; train 0.724 / 0.698 against 0.722 / 0.695).
 *
 *   java -cp target/whosaid.jar:target/test-classes dev.whosaid.extraction.CueContextTraining TRAIN.jsonl OUT.tsv
 *       [--tune|--ceiling|--cv]
 *
 * Boosted decision trees over the same features, alone or averaged with this model, were measured in 6-fold
 * cross-validation (attributed F1 0.603 and 0.609 against 0.607) and lost on dev (0.637 against 0.645): they
 * were removed; commit b34ee2e has them.
 */
final class CueContextTraining {

    private static final int ITERATIONS = 300;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-4;
    /** Features seen fewer times than this are left out: a weight learned from one example is noise. */
    private static final int MIN_COUNT = 2;
    /** Weights smaller than this are left out of the file: they move no decision. */
    private static final double MIN_WEIGHT = 1e-3;
    /** The probability from which the first round's model keeps a candidate to relabel it (below the thresholds). */
    private static final double RELABEL_FLOOR = 0.1;

    /** One candidate attribution seen in training and whether it was right. */
    record Example(List<String> features, boolean right, int cueStart) {

        Example(List<String> features, boolean right) {
            this(features, right, -1); // a made-up example, tied to no text
        }
    }

    private CueContextTraining() {}

    public static void main(String[] args) throws IOException {
        List<GoldFile.Annotated> train = GoldFile.read(Path.of(args[0]));
        String mode = args.length > 2 ? args[2] : "";
        int cut = train.size() * 5 / 6;
        List<GoldFile.Annotated> fitOn = train.subList(0, cut);
        List<GoldFile.Annotated> heldOut = train.subList(cut, train.size());
        if (mode.equals("--ceiling")) {
            ceiling(fitOn, heldOut);
            return;
        }
        if (mode.equals("--cv")) {
            crossValidate(train);
            return;
        }
        if (mode.equals("--tune")) {
            Map<String, Double> weights = learn(fitOn, byArticle(fitOn));
            report("no candidates", heldOut, CueLexicon.withGate(CueContext::lexicon));
            report("every candidate", heldOut, CueLexicon.withGate(c -> true));
            for (double t = 0.25; t <= 0.51; t += 0.05) {
                for (double cueT : new double[] {0.2, 0.25, 0.3, 0.35, 0.4, 0.45}) {
                    report(String.format(Locale.ROOT, "cand %.2f cue %.2f", t, cueT), heldOut,
                            CueLexicon.judgedBy(new CueContexts(weights, t, cueT)));
                }
            }
        }
        write(learn(train, byArticle(train)), Path.of(args[1]));
    }

    /**
     * Figures over all of train by six-fold cross-validation, per threshold: each article judged by models learned
     * on the other five sixths. Six times the held-out sixth's articles and ten times dev's, so it tells apart
     * differences of a few thousandths that those two cannot.
     */
    private static void crossValidate(List<GoldFile.Annotated> train) {
        List<List<Example>> byArticle = byArticle(train);
        double[] thresholds = {0.25, 0.3, 0.35, 0.4, 0.45};
        Scorer[] scorers = new Scorer[thresholds.length];
        java.util.Arrays.setAll(scorers, t -> new Scorer(0.5, 0));
        int folds = 6;
        for (int k = 0; k < folds; k++) {
            int from = train.size() * k / folds;
            int to = train.size() * (k + 1) / folds;
            List<GoldFile.Annotated> fitOn = new ArrayList<>(train.subList(0, from));
            fitOn.addAll(train.subList(to, train.size()));
            List<List<Example>> fitExamples = new ArrayList<>(byArticle.subList(0, from));
            fitExamples.addAll(byArticle.subList(to, train.size()));
            Map<String, Double> weights = learn(fitOn, fitExamples);
            for (int t = 0; t < thresholds.length; t++) {
                AttributionExtractor extractor = new AttributionExtractor(
                        CueLexicon.judgedBy(new CueContexts(weights, thresholds[t], thresholds[t])));
                for (GoldFile.Annotated a : train.subList(from, to)) {
                    scorers[t].add(a.article().id(), a.article().text(), a.quotes(),
                            extractor.extract(a.article()).stream().map(Scorer.Predicted::of).toList());
                }
            }
        }
        for (int t = 0; t < thresholds.length; t++) {
            print(String.format(Locale.ROOT, "6-fold cv at %.2f", thresholds[t]), scorers[t].figures());
        }
    }

    /**
     * What a better judge could gain, on the held-out sixth: the figures of a perfect judge (it keeps exactly the
     * candidates whose quotation was right when every candidate was kept), and how well the model learned on the
     * rest tells those candidates apart one by one (log loss, best F1 over thresholds).
     */
    private static void ceiling(List<GoldFile.Annotated> fitOn, List<GoldFile.Annotated> heldOut) {
        Scorer perfect = new Scorer(0.5, 0);
        List<Example> judged = new ArrayList<>();
        for (GoldFile.Annotated a : heldOut) {
            List<Example> examples = examples(List.of(a));
            judged.addAll(examples);
            Set<Integer> right = new HashSet<>();
            examples.stream().filter(Example::right).forEach(e -> right.add(e.cueStart()));
            AttributionExtractor extractor = new AttributionExtractor(CueLexicon.withGate(c -> right.contains(c.cueStart())));
            perfect.add(a.article().id(), a.article().text(), a.quotes(),
                    extractor.extract(a.article()).stream().map(Scorer.Predicted::of).toList());
        }
        print("perfect judge", perfect.figures());
        CueContexts model = new CueContexts(fit(examples(fitOn)), 0.5, 0.5);
        double[] p = judged.stream().mapToDouble(e -> model.probability(e.features())).toArray();
        long positives = judged.stream().filter(Example::right).count();
        double loss = 0;
        for (int r = 0; r < p.length; r++) {
            loss -= Math.log(judged.get(r).right() ? p[r] : 1 - p[r]);
        }
        double bestF1 = 0;
        for (double t = 0.1; t < 0.9; t += 0.05) {
            int kept = 0;
            int keptRight = 0;
            for (int r = 0; r < p.length; r++) {
                kept += p[r] >= t ? 1 : 0;
                keptRight += p[r] >= t && judged.get(r).right() ? 1 : 0;
            }
            bestF1 = Math.max(bestF1, 2.0 * keptRight / (kept + positives));
        }
        System.out.printf(Locale.ROOT, "held-out candidates %d, right %d: log loss %.4f, best F1 %.4f%n", p.length,
                positives, loss / p.length, bestF1);
    }

    private static void report(String label, List<GoldFile.Annotated> articles, CueLexicon lexicon) {
        print(label, GoldFile.score(articles, new AttributionExtractor(lexicon), 0.5, 0).figures());
    }

    private static void print(String label, Scorer.Figures f) {
        System.out.printf(Locale.ROOT, "%-22s quotes P %.3f R %.3f F1 %.3f  attributed P %.3f R %.3f F1 %.3f%n", label,
                f.quotePrecision(), f.quoteRecall(), f.quoteF1(), f.attributedPrecision(), f.attributedRecall(),
                f.attributedF1());
    }

    /** Every candidate the extractor makes on the articles when it keeps them all, with whether it was right. */
    static List<Example> examples(List<GoldFile.Annotated> articles) {
        List<Example> out = new ArrayList<>();
        for (GoldFile.Annotated a : articles) {
            out.addAll(labelled(a, c -> true));
        }
        return out;
    }

    /** Each candidate the extractor keeps in the article where it keeps those {@code gate} admits, and whether it was right. */
    private static List<Example> labelled(GoldFile.Annotated a, Predicate<CueContext> gate) {
        Map<Integer, CueContext> kept = new HashMap<>();
        AttributionExtractor extractor = AttributionExtractor.keepingRepeats(CueLexicon.withGate(c -> {
            boolean keep = gate.test(c);
            if (keep) {
                kept.put(c.cueStart(), c);
            }
            return keep;
        }));
        List<Example> out = new ArrayList<>();
        for (Quotation q : extractor.extract(a.article())) {
            CueContext c = q.cueSpan() == null ? null : kept.get(q.cueSpan().start());
            if (c == null) {
                continue;
            }
            Scorer one = new Scorer(0.5, 0);
            one.add(a.article().id(), a.article().text(), a.quotes(), List.of(Scorer.Predicted.of(q)));
            out.add(new Example(c.features(), one.figures().attributedPrecision() > 0.99, c.cueStart()));
        }
        return out;
    }

    /** Each article's examples ({@link #examples}), in the articles' order. */
    static List<List<Example>> byArticle(List<GoldFile.Annotated> articles) {
        return articles.stream().map(a -> examples(List.of(a))).toList();
    }

    /**
     * The weights learned in two rounds from the articles and their examples ({@link #byArticle}): the first fit on
     * the examples, the second on them relabelled where the first round's model keeps them ({@link #relabelled}).
     */
    static Map<String, Double> learn(List<GoldFile.Annotated> articles, List<List<Example>> examples) {
        Map<String, Double> first = fit(examples.stream().flatMap(List::stream).toList());
        return fit(relabelled(articles, examples, new CueContexts(first, CueContexts.THRESHOLD, CueContexts.CUE_THRESHOLD)));
    }

    /**
     * The examples, each replaced by its context and label in a run gated by {@code first} where that run keeps it:
     * a candidate the model admits, or gives at least {@link #RELABEL_FLOOR}, has the content there that it would
     * have where the weaker candidates around it are rejected.
     */
    static List<Example> relabelled(List<GoldFile.Annotated> articles, List<List<Example>> examples, CueContexts first) {
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Map<Integer, Example> byCue = new LinkedHashMap<>();
            examples.get(i).forEach(e -> byCue.put(e.cueStart(), e));
            labelled(articles.get(i), c -> !c.nesting().equals("inside")
                    && (first.admits(c, c.lexicon()) || first.probability(c) >= RELABEL_FLOOR))
                    .forEach(e -> byCue.put(e.cueStart(), e));
            out.addAll(byCue.values());
        }
        return out;
    }

    /**
     * Logistic regression by full-batch gradient descent with AdaGrad steps and L2 shrinkage: no shuffling, so the
     * weights depend on the examples alone, and rare features move no more than their evidence allows.
     */
    static Map<String, Double> fit(List<Example> examples) {
        Map<String, Integer> seen = new HashMap<>();
        for (Example e : examples) {
            e.features().forEach(f -> seen.merge(f, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        index.put(CueContexts.BIAS, 0);
        int[][] rows = new int[examples.size()][];
        for (int r = 0; r < rows.length; r++) {
            List<String> kept = examples.get(r).features().stream().filter(f -> seen.get(f) >= MIN_COUNT).distinct().toList();
            rows[r] = new int[kept.size() + 1];
            for (int k = 0; k < kept.size(); k++) {
                rows[r][k + 1] = index.computeIfAbsent(kept.get(k), f -> index.size());
            }
        }
        double[] w = new double[index.size()];
        double[] squares = new double[index.size()];
        double[] gradient = new double[index.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            for (int r = 0; r < rows.length; r++) {
                double z = 0;
                for (int f : rows[r]) {
                    z += w[f];
                }
                double error = (examples.get(r).right() ? 1 : 0) - 1 / (1 + Math.exp(-z));
                for (int f : rows[r]) {
                    gradient[f] += error;
                }
            }
            for (int f = 0; f < w.length; f++) {
                double g = gradient[f] / rows.length - (f == 0 ? 0 : L2 * w[f]);
                squares[f] += g * g;
                w[f] += squares[f] > 0 ? LEARNING_RATE * g / Math.sqrt(squares[f]) : 0;
            }
        }
        Map<String, Double> weights = new HashMap<>();
        index.forEach((feature, f) -> weights.put(feature, w[f]));
        return weights;
    }

    private static void write(Map<String, Double> weights, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# feature\tweight (logistic regression made by CueContextTraining on PolNeAR train)");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            if (Math.abs(e.getValue()) >= MIN_WEIGHT) {
                lines.add(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()));
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
