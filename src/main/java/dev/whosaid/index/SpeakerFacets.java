package dev.whosaid.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.Bits;

/**
 * The total and facets of each speaker's statements, counted once per generation. A search that names
 * speakers and sets no other filter matches exactly their statements (its topic words only rank them), so
 * its total and facets are sums of these: exact, and free of a pass over the matches however much the
 * speakers said. That is the common question ("what did X say about Y", "quotes by X").
 */
final class SpeakerFacets {

    /** One speaker's statements: how many, and how many per role, source and year. */
    private record Tally(int total, Map<String, Integer> role, Map<String, Integer> source, Map<String, Integer> year) {}

    private final Map<String, Tally> bySpeaker;

    private SpeakerFacets(Map<String, Tally> bySpeaker) {
        this.bySpeaker = bySpeaker;
    }

    /**
     * Counts the statements {@code reader} shows (its live documents: the first reports), from the values
     * {@code ordinals} already read of the same reader.
     */
    static SpeakerFacets of(IndexReader reader, FacetOrdinals ordinals) {
        Map<String, Counting> counting = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            read(leaf, ordinals.leaf(leaf), counting);
        }
        Map<String, Tally> bySpeaker = new HashMap<>();
        counting.forEach((speaker, c) -> bySpeaker.put(speaker, new Tally(c.total, Map.copyOf(c.role), Map.copyOf(c.source),
                Map.copyOf(c.year))));
        return new SpeakerFacets(bySpeaker);
    }

    /** The total and facets of the statements of {@code speakers} (names the index lacks count nothing). */
    FacetCounter.Result of(List<String> speakers, int top) {
        long total = 0;
        Map<String, Integer> speaker = new HashMap<>(), role = new HashMap<>(), source = new HashMap<>(), year = new HashMap<>();
        for (String name : new java.util.LinkedHashSet<>(speakers)) {
            Tally t = bySpeaker.get(name);
            if (t != null) {
                total += t.total();
                speaker.put(name, t.total());
                t.role().forEach((k, v) -> role.merge(k, v, Integer::sum));
                t.source().forEach((k, v) -> source.merge(k, v, Integer::sum));
                t.year().forEach((k, v) -> year.merge(k, v, Integer::sum));
            }
        }
        return new FacetCounter.Result(total, true, new Facets(FacetCounter.top(speaker, top, 1), FacetCounter.top(role, top, 1),
                FacetCounter.top(source, top, 1), FacetCounter.top(year, top, 1)));
    }

    /** A speaker's counts while the segments are read. */
    private static final class Counting {
        int total;
        final Map<String, Integer> role = new HashMap<>(), source = new HashMap<>(), year = new HashMap<>();
    }

    /** One segment: by ordinal per document, turned into strings once per (speaker, value) pair. */
    private static void read(LeafReaderContext leaf, FacetOrdinals.Leaf values, Map<String, Counting> into) {
        Bits live = leaf.reader().getLiveDocs();
        int speakerCount = values.speakers().length;
        int[] totals = new int[speakerCount];
        // Key: speaker ordinal in the high half, the value's ordinal (or year) in the low half.
        Map<Long, int[]> role = new HashMap<>(), source = new HashMap<>(), year = new HashMap<>();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            long s = values.speaker(doc);
            if (s == FacetOrdinals.NONE || live != null && !live.get(doc)) {
                continue;
            }
            totals[(int) s]++;
            if (values.role(doc) != FacetOrdinals.NONE) {
                role.computeIfAbsent(s << 32 | values.role(doc), k -> new int[1])[0]++;
            }
            if (values.source(doc) != FacetOrdinals.NONE) {
                source.computeIfAbsent(s << 32 | values.source(doc), k -> new int[1])[0]++;
            }
            if (values.year(doc) != FacetOrdinals.NO_YEAR) {
                year.computeIfAbsent(s << 32 | (values.year(doc) & 0xffffffffL), k -> new int[1])[0]++;
            }
        }
        String[] names = values.speakers();
        for (int s = 0; s < speakerCount; s++) {
            if (totals[s] > 0) {
                into.computeIfAbsent(names[s], k -> new Counting()).total += totals[s];
            }
        }
        for (var e : role.entrySet()) {
            into.get(names[(int) (e.getKey() >>> 32)]).role.merge(values.roles()[(int) (long) e.getKey()], e.getValue()[0],
                    Integer::sum);
        }
        for (var e : source.entrySet()) {
            into.get(names[(int) (e.getKey() >>> 32)]).source.merge(values.sources()[(int) (long) e.getKey()], e.getValue()[0],
                    Integer::sum);
        }
        for (var e : year.entrySet()) {
            into.get(names[(int) (e.getKey() >>> 32)]).year.merge(Integer.toString((int) (long) e.getKey()), e.getValue()[0],
                    Integer::sum);
        }
    }
}
