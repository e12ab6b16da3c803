package dev.whosaid.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Words that introduce speech ("said", "told", "warned"), learned from PolNeAR train by
 * {@code tools/derive_cues.py} into {@code cues.tsv}: each form with how often it was a cue and how often it
 * occurs. A form is a cue here when it was one often enough and precisely enough, and it reports speech
 * rather than a naming ("called", "dubbed": those quote nicknames) or mere appearance ("seemed").
 */
final class CueLexicon {

    private static final int MIN_TIMES = 5;
    private static final double MIN_PRECISION = 0.35;
    /** Forms PolNeAR marks as cues that name or describe rather than report what someone said. */
    private static final Set<String> NOT_SPEECH = Set.of("called", "calling", "calls", "call", "dubbed", "named",
            "labeled", "labelled", "nicknamed", "seemed", "seems", "appeared", "appears", "appear", "widely", "passed",
            "sought", "issued", "posted", "voted", "nominated", "quoted", "quoting", "spoke", "talked", "referring",
            "referred", "support", "expected");
    /** Speech verbs the training data has too rarely, added by hand. */
    private static final Set<String> ADDED = Set.of("said", "says", "say", "told", "tells", "added", "adds", "noted",
            "notes", "warned", "warns", "insisted", "insists", "denied", "denies", "stressed", "explained",
            "announced", "declared", "argued", "argues", "claimed", "claims", "stated", "wrote", "writes", "tweeted",
            "replied", "responded", "confirmed", "acknowledged", "admitted", "predicted", "promised", "vowed",
            "urged", "suggested", "recalled", "continued", "concluded", "emphasized", "emphasised", "maintained",
            "contended", "asserted", "remarked", "observed", "commented", "conceded", "cautioned", "pledged",
            "reiterated", "complained", "estimated", "disclosed", "revealed", "reported", "saying",
            "adding", "noting", "telling", "warning", "insisting", "arguing", "explaining", "stressing",
            "according");

    private final Map<String, Double> precision;

    private CueLexicon(Map<String, Double> precision) {
        this.precision = Map.copyOf(precision);
    }

    static final CueLexicon STANDARD = load();

    boolean isCue(String lowerWord) {
        return precision.containsKey(lowerWord);
    }

    /** How often the form was a cue when it occurred in training text; 0 where it is no cue. */
    double precision(String lowerWord) {
        return precision.getOrDefault(lowerWord, 0.0);
    }

    int size() {
        return precision.size();
    }

    private static CueLexicon load() {
        Map<String, Double> cues = new HashMap<>();
        for (String[] f : TsvResource.rows("cues.tsv")) {
            int times = Integer.parseInt(f[1]);
            double p = Double.parseDouble(f[3]);
            if (ADDED.contains(f[0]) || times >= MIN_TIMES && p >= MIN_PRECISION && !NOT_SPEECH.contains(f[0])) {
                cues.put(f[0], Math.max(p, 0.5));
            }
        }
        for (String added : ADDED) {
            cues.putIfAbsent(added, 0.5);
        }
        return new CueLexicon(cues);
    }
}
