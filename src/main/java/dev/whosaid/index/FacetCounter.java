package dev.whosaid.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts speaker, role, source and year over every matching document (not only the page) in one pass, by
 * ordinal per segment; ordinals become strings once per segment, not once per document.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Result> {

    private final int top;

    FacetCounter(int top) {
        this.top = top;
    }

    /** The number of matching documents and their facets. */
    record Result(long total, Facets facets) {}

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Result reduce(Collection<Counts> collectors) {
        Counts all = new Counts();
        for (Counts c : collectors) {
            all.total += c.total;
            c.speaker.forEach((k, v) -> all.speaker.merge(k, v, Integer::sum));
            c.role.forEach((k, v) -> all.role.merge(k, v, Integer::sum));
            c.source.forEach((k, v) -> all.source.merge(k, v, Integer::sum));
            c.year.forEach((k, v) -> all.year.merge(k, v, Integer::sum));
        }
        return new Result(all.total, new Facets(top(all.speaker), top(all.role), top(all.source), top(all.year)));
    }

    private List<FacetCount> top(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new FacetCount(e.getKey(), e.getValue()))
                .toList();
    }

    static final class Counts implements Collector {
        long total;
        final Map<String, Integer> speaker = new HashMap<>();
        final Map<String, Integer> role = new HashMap<>();
        final Map<String, Integer> source = new HashMap<>();
        final Map<String, Integer> year = new HashMap<>();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            return new Leaf(context);
        }

        private final class Leaf implements LeafCollector {
            private final SortedSetDocValues speakers, roles, sources;
            private final NumericDocValues years;
            private final int[] speakerCounts, roleCounts, sourceCounts;

            Leaf(LeafReaderContext context) throws IOException {
                speakers = DocValues.getSortedSet(context.reader(), QuoteFields.SPEAKER);
                roles = DocValues.getSortedSet(context.reader(), QuoteFields.ROLE);
                sources = DocValues.getSortedSet(context.reader(), QuoteFields.SOURCE);
                years = DocValues.getNumeric(context.reader(), QuoteFields.YEAR);
                speakerCounts = new int[Math.toIntExact(speakers.getValueCount())];
                roleCounts = new int[Math.toIntExact(roles.getValueCount())];
                sourceCounts = new int[Math.toIntExact(sources.getValueCount())];
            }

            @Override
            public void setScorer(Scorable scorer) {}

            @Override
            public void collect(int doc) throws IOException {
                total++;
                count(speakers, doc, speakerCounts);
                count(roles, doc, roleCounts);
                count(sources, doc, sourceCounts);
                if (years.advanceExact(doc)) {
                    year.merge(Long.toString(years.longValue()), 1, Integer::sum);
                }
            }

            @Override
            public void finish() throws IOException {
                resolve(speakers, speakerCounts, speaker);
                resolve(roles, roleCounts, role);
                resolve(sources, sourceCounts, source);
            }

            private static void count(SortedSetDocValues values, int doc, int[] counts) throws IOException {
                if (values.advanceExact(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        counts[(int) values.nextOrd()]++;
                    }
                }
            }

            private static void resolve(SortedSetDocValues values, int[] counts, Map<String, Integer> into) throws IOException {
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        into.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Integer::sum);
                    }
                }
            }
        }
    }

}
