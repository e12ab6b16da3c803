package dev.whosaid.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores predicted quotations against annotated ones exactly as {@code shared/eval/score.py} does: pieces of one
 * gold quotation merged by group, letters and digits compared, one-to-one greedy pairing by Jaccard overlap, a
 * speaker right by overlapping mention or agreeing names (or by the resolved full name where annotated).
 * Accumulates article by article; not thread-safe.
 */
public final class Scorer {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof",
            "professor", "rev", "the", "jr", "sr");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "him",
            "her", "them", "his", "their", "which", "that");
    private static final Pattern NAME_WORD = Pattern.compile("[a-z0-9]+");
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");

    /** An annotated quotation piece as in the gold files. */
    public record GoldPiece(int start, int end, String speaker, Integer speakerStart, Integer speakerEnd,
            String speakerCanonical, String speakerMention, String group, String kind, String groupKind) {}

    /** A predicted quotation: its pieces and speaker. */
    public record Predicted(List<Span> spans, String speaker, Integer speakerStart, Integer speakerEnd) {
        public Predicted {
            spans = List.copyOf(spans);
        }

        public static Predicted of(Quotation q) {
            Span m = q.speakerMention();
            return new Predicted(q.spans(), q.speaker(), m == null ? null : m.start(), m == null ? null : m.end());
        }
    }

    /** A missed gold quotation or a wrong speaker, for the error listing. */
    public record Error(String articleId, String kind, String detail) {}

    /** The figures score.py prints. */
    public record Figures(int gold, int predicted, int paired, double quotePrecision, double quoteRecall,
            double quoteF1, double speakerAccuracy, double attributedPrecision, double attributedRecall,
            double attributedF1, Map<String, Double> recallByKind, double threshold) {}

    private record Gold(List<Span> spans, String speaker, String canonical, String mention, Integer speakerStart,
            Integer speakerEnd, boolean hasSpeaker, String kind) {}

    private final double threshold;
    private final int maxErrors;
    private int nGold;
    private int nPred;
    private int tp;
    private int tpAttributed;
    private int speakerTotal;
    private int speakerRight;
    private final Map<String, Integer> kindGold = new TreeMap<>();
    private final Map<String, Integer> kindFound = new TreeMap<>();
    private final List<Error> missed = new ArrayList<>();
    private final List<Error> wrong = new ArrayList<>();

    public Scorer(double threshold, int maxErrors) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " outside (0, 1]");
        }
        if (maxErrors < 0) {
            throw new IllegalArgumentException("errors " + maxErrors + " is negative");
        }
        this.threshold = threshold;
        this.maxErrors = maxErrors;
    }

    /** Adds one article's gold pieces and predictions. */
    public void add(String articleId, String text, List<GoldPiece> goldPieces, List<Predicted> predictions) {
        List<Gold> golds = merge(goldPieces);
        List<int[]> pairs = pair(text, golds, predictions);
        nGold += golds.size();
        nPred += predictions.size();
        tp += pairs.size();
        BitSet found = new BitSet();
        for (int[] p : pairs) {
            found.set(p[0]);
        }
        for (int i = 0; i < golds.size(); i++) {
            Gold g = golds.get(i);
            kindGold.merge(g.kind(), 1, Integer::sum);
            if (found.get(i)) {
                kindFound.merge(g.kind(), 1, Integer::sum);
            } else if (missed.size() < maxErrors) {
                String t = text.substring(g.spans().getFirst().start(), g.spans().getLast().end());
                missed.add(new Error(articleId, "missed", t.substring(0, Math.min(160, t.length()))));
            }
        }
        for (int[] p : pairs) {
            Gold g = golds.get(p[0]);
            Predicted pr = predictions.get(p[1]);
            if (!g.hasSpeaker()) {
                if (pr.speaker() == null || pr.speaker().isEmpty()) {
                    tpAttributed++;
                }
                continue;
            }
            speakerTotal++;
            if (speakerRight(g, pr)) {
                speakerRight++;
                tpAttributed++;
            } else if (wrong.size() < maxErrors) {
                wrong.add(new Error(articleId, "speaker", "gold " + repr(g.speaker()) + " (mention " + repr(g.mention())
                        + ") predicted " + repr(pr.speaker())));
            }
        }
    }

    public Figures figures() {
        double[] q = prf(tp, nPred, nGold);
        double[] a = prf(tpAttributed, nPred, nGold);
        Map<String, Double> byKind = new TreeMap<>();
        kindGold.forEach((k, v) -> byKind.put(k, round4((double) kindFound.getOrDefault(k, 0) / v)));
        return new Figures(nGold, nPred, tp, q[0], q[1], q[2],
                speakerTotal == 0 ? 0 : round4((double) speakerRight / speakerTotal), a[0], a[1], a[2], byKind, threshold);
    }

    public List<Error> missed() {
        return List.copyOf(missed);
    }

    public List<Error> wrongSpeakers() {
        return List.copyOf(wrong);
    }

    /** The report in score.py's words and layout. */
    public String report() {
        Figures f = figures();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "gold %d  predicted %d  paired %d  (Jaccard >= %s)%n", f.gold(), f.predicted(),
                f.paired(), pythonFloat(threshold)));
        out.append(String.format(Locale.ROOT, "quotes      P %s  R %s  F1 %s%n", fmt3(f.quotePrecision()),
                fmt3(f.quoteRecall()), fmt3(f.quoteF1())));
        out.append(String.format(Locale.ROOT, "speaker     accuracy on paired %s%n", fmt3(f.speakerAccuracy())));
        out.append("recall by kind  ").append(String.join("  ", f.recallByKind().entrySet().stream()
                .map(e -> e.getKey() + " " + fmt3(e.getValue())).toList()))
                .append(System.lineSeparator());
        for (Error e : missed) {
            out.append("missed   ").append(e.articleId()).append(": ").append(e.detail()).append(System.lineSeparator());
        }
        for (Error e : wrong) {
            out.append("speaker  ").append(e.articleId()).append(": ").append(e.detail()).append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "attributed  P %s  R %s  F1 %s%n", fmt3(f.attributedPrecision()),
                fmt3(f.attributedRecall()), fmt3(f.attributedF1())));
        return out.toString();
    }

    /** Python's "%.3f": the exact binary value rounded, so 0.4795 (stored as 0.47949…) prints 0.479. */
    private static String fmt3(double d) {
        return new java.math.BigDecimal(d).setScale(3, java.math.RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String pythonFloat(double d) {
        return d == Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
    }

    private static String repr(String s) {
        return s == null ? "None" : "'" + s + "'";
    }

    private static List<Gold> merge(List<GoldPiece> pieces) {
        Map<String, List<GoldPiece>> groups = new LinkedHashMap<>();
        List<List<GoldPiece>> singles = new ArrayList<>();
        for (GoldPiece p : pieces) {
            if (p.group() != null) {
                groups.computeIfAbsent(p.group(), g -> new ArrayList<>()).add(p);
            } else {
                singles.add(List.of(p));
            }
        }
        List<List<GoldPiece>> all = new ArrayList<>(groups.values());
        all.addAll(singles);
        List<Gold> out = new ArrayList<>();
        for (List<GoldPiece> parts : all) {
            GoldPiece first = parts.getFirst();
            List<Span> spans = parts.stream().map(p -> new Span(Math.max(0, p.start()), Math.max(Math.max(0, p.start()), p.end()))).toList();
            String speaker = nonEmpty(first.speakerCanonical()) ? first.speakerCanonical() : first.speaker();
            String mention = nonEmpty(first.speakerMention()) ? first.speakerMention() : first.speaker();
            String kind = nonEmpty(first.groupKind()) ? first.groupKind() : nonEmpty(first.kind()) ? first.kind() : "unknown";
            out.add(new Gold(spans, speaker, nonEmpty(first.speakerCanonical()) ? first.speakerCanonical() : null, mention,
                    first.speakerStart(), first.speakerEnd(), nonEmpty(first.speaker()) || nonEmpty(first.speakerCanonical()), kind));
        }
        return out;
    }

    private static boolean nonEmpty(String s) {
        return s != null && !s.isEmpty();
    }

    private List<int[]> pair(String text, List<Gold> golds, List<Predicted> preds) {
        BitSet[] g = golds.stream().map(x -> alnum(text, x.spans())).toArray(BitSet[]::new);
        BitSet[] p = preds.stream().map(x -> alnum(text, x.spans())).toArray(BitSet[]::new);
        record Candidate(double jaccard, int gold, int pred) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            if (g[i].isEmpty()) {
                continue;
            }
            for (int j = 0; j < p.length; j++) {
                if (p[j].isEmpty() || !g[i].intersects(p[j])) {
                    continue;
                }
                BitSet inter = (BitSet) g[i].clone();
                inter.and(p[j]);
                BitSet union = (BitSet) g[i].clone();
                union.or(p[j]);
                double jaccard = (double) inter.cardinality() / union.cardinality();
                if (jaccard >= threshold) {
                    candidates.add(new Candidate(jaccard, i, j));
                }
            }
        }
        // as Python's sort(reverse=True) on (jaccard, i, j) tuples
        candidates.sort((a, b) -> {
            int c = Double.compare(b.jaccard(), a.jaccard());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(b.gold(), a.gold());
            return c != 0 ? c : Integer.compare(b.pred(), a.pred());
        });
        boolean[] usedG = new boolean[g.length];
        boolean[] usedP = new boolean[p.length];
        List<int[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedG[c.gold()] && !usedP[c.pred()]) {
                usedG[c.gold()] = true;
                usedP[c.pred()] = true;
                pairs.add(new int[] {c.gold(), c.pred()});
            }
        }
        return pairs;
    }

    private static BitSet alnum(String text, List<Span> spans) {
        BitSet out = new BitSet();
        for (Span s : spans) {
            for (int i = Math.max(0, s.start()); i < Math.min(text.length(), s.end()); i++) {
                if (isAlnum(text.charAt(i))) {
                    out.set(i);
                }
            }
        }
        return out;
    }

    /** Python's str.isalnum for one character: letters and any kind of number. */
    private static boolean isAlnum(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.OTHER_NUMBER
                || type == Character.LETTER_NUMBER;
    }

    private static boolean speakerRight(Gold g, Predicted p) {
        if (g.canonical() != null) {
            return namesAgree(g.canonical(), p.speaker());
        }
        if (g.speakerStart() != null && g.speakerEnd() != null && p.speakerStart() != null && p.speakerEnd() != null
                && g.speakerStart() < p.speakerEnd() && p.speakerStart() < g.speakerEnd()) {
            return true;
        }
        return namesAgree(g.mention(), p.speaker());
    }

    /** Whether two names agree: after dropping case, accents, punctuation and honorifics one's words all stand in the other. */
    public static boolean namesAgree(String a, String b) {
        Set<String> wa = Set.copyOf(nameWords(a));
        Set<String> wb = Set.copyOf(nameWords(b));
        if (wa.isEmpty() || wb.isEmpty() || PRONOUNS.containsAll(wa) || PRONOUNS.containsAll(wb)) {
            return false;
        }
        return wb.containsAll(wa) || wa.containsAll(wb);
    }

    static List<String> nameWords(String name) {
        if (name == null || name.isEmpty()) {
            return List.of();
        }
        String n = COMBINING.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("'s", "");
        List<String> out = new ArrayList<>();
        Matcher m = NAME_WORD.matcher(n);
        while (m.find()) {
            if (!HONORIFICS.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static double[] prf(int tp, int npred, int ngold) {
        double p = npred == 0 ? 0 : (double) tp / npred;
        double r = ngold == 0 ? 0 : (double) tp / ngold;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {round4(p), round4(r), round4(f)};
    }

    /** Python's round(x, 4): half to even on the decimal value. */
    private static double round4(double x) {
        return new java.math.BigDecimal(x).setScale(4, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

}
