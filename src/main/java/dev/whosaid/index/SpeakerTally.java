package dev.whosaid.index;

import static dev.whosaid.index.QuoteFields.*;

import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;

/** Reads every speaker, kind, roles and statement count from doc values, once per index generation. */
final class SpeakerTally {

    private final Map<String, SpeakerKind> kinds = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Map<String, Integer>> roles = new HashMap<>();

    private SpeakerTally() {}

    static List<SpeakerSummary> of(DirectoryReader reader) throws IOException {
        SpeakerTally tally = new SpeakerTally();
        for (LeafReaderContext leaf : reader.leaves()) {
            tally.read(leaf);
        }
        return tally.summaries();
    }

    private void read(LeafReaderContext leaf) throws IOException {
        SortedSetDocValues speakers = DocValues.getSortedSet(leaf.reader(), SPEAKER);
        SortedSetDocValues roleValues = DocValues.getSortedSet(leaf.reader(), ROLE);
        SortedDocValues kindValues = DocValues.getSorted(leaf.reader(), SPEAKER_KIND);
        NumericDocValues duplicates = DocValues.getNumeric(leaf.reader(), DUPLICATE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = speakers.nextDoc(); doc != SortedSetDocValues.NO_MORE_DOCS; doc = speakers.nextDoc()) {
            if ((live != null && !live.get(doc)) || (duplicates.advanceExact(doc) && duplicates.longValue() != 0)) {
                continue;
            }
            String name = speakers.lookupOrd(speakers.nextOrd()).utf8ToString();
            counts.merge(name, 1, Integer::sum);
            if (kindValues.advanceExact(doc)) {
                kinds.putIfAbsent(name, SpeakerKind.parse(kindValues.lookupOrd(kindValues.ordValue()).utf8ToString()));
            }
            if (roleValues.advanceExact(doc)) {
                String role = roleValues.lookupOrd(roleValues.nextOrd()).utf8ToString();
                roles.computeIfAbsent(name, k -> new HashMap<>()).merge(role, 1, Integer::sum);
            }
        }
    }

    private List<SpeakerSummary> summaries() {
        return counts.entrySet().stream()
                .map(e -> new SpeakerSummary(e.getKey(), kinds.get(e.getKey()), rolesOf(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(SpeakerSummary::count).reversed().thenComparing(SpeakerSummary::name))
                .toList();
    }

    private List<String> rolesOf(String speaker) {
        return roles.getOrDefault(speaker, Map.of()).entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
