package dev.whosaid.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Learns {@code cue-contexts.tsv} from PolNeAR train: runs the extractor with every candidate cue admitted,
 * labels each candidate's quotation right where the scorer pairs it with a gold quotation and its speaker,
 * and counts right and all candidates per {@link CueContext} key. With {@code --tune} it first learns on five
 * sixths of train and prints the held-out sixth's figures per threshold (dev is never read).
 *
 *   java -cp target/whosaid.jar:target/test-classes dev.whosaid.extraction.CueContextTraining TRAIN.jsonl OUT.tsv [--tune]
 */
final class CueContextTraining {

    private CueContextTraining() {}

    public static void main(String[] args) throws IOException {
        List<GoldFile.Annotated> train = GoldFile.read(Path.of(args[0]));
        if (args.length > 2 && args[2].equals("--tune")) {
            int cut = train.size() * 5 / 6;
            List<GoldFile.Annotated> fit = train.subList(0, cut);
            List<GoldFile.Annotated> heldOut = train.subList(cut, train.size());
            Map<String, int[]> counts = count(fit);
            report("no candidates", heldOut, CueLexicon.withGate(c -> CueLexicon.STANDARD.isCue(c.form())));
            report("every candidate", heldOut, CueLexicon.withGate(c -> true));
            for (double prior : new double[] {6, 12}) {
                for (double t = 0.25; t <= 0.51; t += 0.05) {
                    report(String.format(Locale.ROOT, "prior %.0f cand %.2f", prior, t), heldOut,
                            CueLexicon.judgedBy(new CueContexts(counts, t, CueContexts.CUE_THRESHOLD, prior)));
                }
            }
        }
        write(count(train), Path.of(args[1]));
    }

    private static void report(String label, List<GoldFile.Annotated> articles, CueLexicon lexicon) {
        Scorer.Figures f = GoldFile.score(articles, new AttributionExtractor(lexicon), 0.5, 0).figures();
        System.out.printf(Locale.ROOT, "%-22s quotes P %.3f R %.3f F1 %.3f  attributed P %.3f R %.3f F1 %.3f%n", label,
                f.quotePrecision(), f.quoteRecall(), f.quoteF1(), f.attributedPrecision(), f.attributedRecall(),
                f.attributedF1());
    }

    static Map<String, int[]> count(List<GoldFile.Annotated> articles) {
        Map<String, int[]> counts = new HashMap<>();
        for (GoldFile.Annotated a : articles) {
            Map<Integer, CueContext> seen = new HashMap<>();
            AttributionExtractor extractor = new AttributionExtractor(CueLexicon.withGate(c -> {
                seen.put(c.cueStart(), c);
                return true;
            }));
            for (Quotation q : extractor.extract(a.article())) {
                CueContext c = q.cueSpan() == null ? null : seen.get(q.cueSpan().start());
                if (c == null) {
                    continue;
                }
                Scorer one = new Scorer(0.5, 0);
                one.add(a.article().id(), a.article().text(), a.quotes(), List.of(Scorer.Predicted.of(q)));
                boolean right = one.figures().attributedPrecision() > 0.99;
                for (String key : c.keys()) {
                    int[] n = counts.computeIfAbsent(key, k -> new int[2]);
                    n[0] += right ? 1 : 0;
                    n[1]++;
                }
            }
        }
        return counts;
    }

    private static void write(Map<String, int[]> counts, Path out) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("# context key\tright\tcandidates (made by CueContextTraining on PolNeAR train)");
        for (Map.Entry<String, int[]> e : new TreeMap<>(counts).entrySet()) {
            lines.add(e.getKey() + "\t" + e.getValue()[0] + "\t" + e.getValue()[1]);
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }
}
