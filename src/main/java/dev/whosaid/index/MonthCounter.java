package dev.whosaid.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Matching documents per month of their date, from the date's doc values: a speaker's timeline without
 * loading a single stored document. Counted per epoch day, turned into months once at the end.
 */
final class MonthCounter implements CollectorManager<MonthCounter.Days, List<FacetCount>> {

    @Override
    public Days newCollector() {
        return new Days();
    }

    @Override
    public List<FacetCount> reduce(Collection<Days> collectors) {
        Map<YearMonth, Integer> months = new TreeMap<>();
        for (Days c : collectors) {
            c.counts.forEach((day, n) -> months.merge(YearMonth.from(LocalDate.ofEpochDay(day)), n, Integer::sum));
        }
        return months.entrySet().stream().map(e -> new FacetCount(e.getKey().toString(), e.getValue())).toList();
    }

    static final class Days extends SimpleCollector {
        final Map<Long, Integer> counts = new TreeMap<>();
        private NumericDocValues dates;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            dates = DocValues.getNumeric(context.reader(), QuoteFields.DATE);
        }

        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
            if (dates.advanceExact(doc)) {
                counts.merge(dates.longValue(), 1, Integer::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
