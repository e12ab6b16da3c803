package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.whosaid.corpus.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueContextTrainingTest {

    private static final String TEXT = "The mayor believes the new bridge will open in May and the council took the vote on Monday.";

    /** The whole clause after "believes" is the mayor's belief, "took the vote" no one's statement. */
    private static GoldFile.Annotated annotated() {
        int from = TEXT.indexOf("the new bridge");
        int to = TEXT.indexOf(" on Monday") + " on Monday".length();
        return new GoldFile.Annotated(new Article("t", "", LocalDate.of(2018, 7, 7), "", "", TEXT), List.of(
                new Scorer.GoldPiece(from, to, "The mayor", 0, "The mayor".length(), null, "The mayor", "g1",
                        "indirect", "indirect")));
    }

    private static CueContextTraining.Example believes(List<CueContextTraining.Example> examples) {
        List<CueContextTraining.Example> hits = examples.stream().filter(e -> e.features().contains("believes")).toList();
        assertEquals(1, hits.size(), examples.toString());
        return hits.getFirst();
    }

    @Test
    void withEveryCandidateKeptABeliefIsCutShortAtTheNextCandidateAndLabelledWrong() {
        assertFalse(believes(CueContextTraining.examples(List.of(annotated()))).right());
    }

    @Test
    void whereTheFirstRoundsModelRejectsTheWeakerCandidateTheBeliefIsRelabelledRight() {
        GoldFile.Annotated a = annotated();
        List<List<CueContextTraining.Example>> examples = CueContextTraining.byArticle(List.of(a));
        // a first round that keeps "believes" and rejects "took": the belief then runs to the end of its sentence
        CueContexts first = new CueContexts(Map.of(CueContexts.BIAS, -5.0, "believes", 10.0), 0.3, 0.3);
        List<CueContextTraining.Example> relabelled = CueContextTraining.relabelled(List.of(a), examples, first);
        assertTrue(believes(relabelled).right());
        assertEquals(examples.getFirst().size(), relabelled.size(), "each candidate is still one example");
    }
}
