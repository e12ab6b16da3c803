package dev.whosaid.extraction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Two cues may claim the same content ("Sanders tells reporters that …" made a candidate of "reporters" too;
 * "“…,” said Howard Dean, a Clinton supporter": of "supporter" too): one statement, found twice. Where two
 * quotations share at least half their letters and digits (the overlap the scorer pairs by), only one stands: a
 * lexicon cue's over a candidate's (the extractor asks, as it finds them), else the one that starts first, the
 * longer where both start together, the first found where both are the same (the outer statement, whose speaker
 * annotators name). On train such repeats were 228 of 15,436 quotations, not one of them a second right one.
 */
final class Repeats {

    /** How many letters and digits stand before each offset of the text. */
    private final int[] before;

    Repeats(String text) {
        before = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            before[i + 1] = before[i] + (Character.isLetterOrDigit(text.charAt(i)) ? 1 : 0);
        }
    }

    /** {@code quotations}, in their order, without those that repeat one that stands. */
    List<Quotation> dropped(List<Quotation> quotations) {
        return dropped(quotations, q -> false, q -> false);
    }

    /**
     * {@code quotations}, in their order, without those that repeat one that stands, nor those by a candidate cue
     * whose letters all stand in a quotation by a lexicon cue ({@code byLexiconCue}): "Some records that Linick
     * questioned are stored in a certified center, the department wrote": annotators mark the outer statement
     * (on train 27 such inner quotations, 5 of them paired; on dev 3, none paired). A quotation that {@code holds}
     * statements of its own (a poll's finding holds what its respondents said) makes no other give way, nor gives way.
     */
    List<Quotation> dropped(List<Quotation> quotations, Predicate<Quotation> byLexiconCue, Predicate<Quotation> holds) {
        List<Quotation> order = new ArrayList<>(quotations);
        order.sort(Comparator.comparingInt(Quotation::start).thenComparingInt(q -> -size(q)));
        Set<Quotation> repeats = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Quotation> open = new ArrayList<>(); // kept ones a later quotation may still overlap
        for (Quotation q : order) {
            open.removeIf(k -> k.end() <= q.start()); // starts only grow: these overlap nothing after
            if (!holds.test(q) && open.stream().anyMatch(k -> !holds.test(k) && (repeat(k, q)
                    || !byLexiconCue.test(q) && byLexiconCue.test(k) && shared(k, q) == size(q)))) {
                repeats.add(q);
            } else {
                open.add(q);
            }
        }
        return repeats.isEmpty() ? quotations : quotations.stream().filter(q -> !repeats.contains(q)).toList();
    }

    /** Whether the two share at least half of the letters and digits either holds. */
    boolean repeat(Quotation a, Quotation b) {
        int shared = shared(a, b);
        return shared > 0 && 2 * shared >= size(a) + size(b) - shared;
    }

    /** How many letters and digits the two share. */
    private int shared(Quotation a, Quotation b) {
        int shared = 0;
        for (Span x : a.spans()) {
            for (Span y : b.spans()) {
                int from = Math.max(x.start(), y.start());
                int to = Math.min(x.end(), y.end());
                shared += from < to ? before[to] - before[from] : 0;
            }
        }
        return shared;
    }

    /** Whether {@code found}, found before {@code later}, stands where the two repeat each other. */
    boolean stands(Quotation found, Quotation later) {
        return found.start() < later.start() || found.start() == later.start() && size(found) >= size(later);
    }

    private int size(Quotation q) {
        int n = 0;
        for (Span s : q.spans()) {
            n += before[s.end()] - before[s.start()];
        }
        return n;
    }
}
