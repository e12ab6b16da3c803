package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CueTreesTest {

    /** One tree: "next:that" present gives +1, else "form:said" present gives +2, else -1; and a constant tree. */
    private static final CueTrees TREES = CueTrees.of(List.<String[]>of(
            row("0", "0", "split", "next:that"),
            row("0", "1", "leaf", "1.0"),
            row("0", "2", "split", "form:said"),
            row("0", "5", "leaf", "2.0"),
            row("0", "6", "leaf", "-1.0"),
            row("1", "0", "leaf", "0.5")));

    private static String[] row(String... cells) {
        return cells;
    }

    @Test
    void eachTreeAddsTheLeafTheFeaturesReach() {
        assertEquals(1.5, TREES.margin(List.of("next:that", "form:said")), 1e-9);
        assertEquals(2.5, TREES.margin(List.of("form:said")), 1e-9);
        assertEquals(-0.5, TREES.margin(List.of("next:the")), 1e-9);
    }

    @Test
    void treesReadBackFromTheLinesTheyWrite() {
        CueTrees again = CueTrees.of(TREES.lines().stream().map(line -> line.split("\t")).toList());
        assertEquals(TREES.lines(), again.lines());
        assertEquals(2, again.size());
    }

    @Test
    void aTreeWithoutTheChildrenOfASplitIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CueTrees.of(List.<String[]>of(row("0", "0", "split", "next:that"), row("0", "1", "leaf", "1.0"))));
        assertEquals("tree node 2 is missing", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CueTrees.of(List.<String[]>of(row("0", "0", "twig", "x"))));
    }

    @Test
    void theJudgeAveragesTheLinearAndTheTreeLogOdds() {
        CueContexts judge = new CueContexts(Map.of(CueContexts.BIAS, 1.0), TREES, 0.5, 0.5);
        assertEquals((1.0 + 2.5) / 2, judge.margin(List.of("form:said")), 1e-9);
    }

    @Test
    void boostingLearnsAConjunctionWhoseFeaturesAloneSayNothing() {
        // right where both or neither of the two features are present ("other" marks neither): each alone says
        // nothing, so a first split on it gains nothing; three levels tell the four cases apart
        List<CueContextTraining.Example> examples = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            examples.add(new CueContextTraining.Example(List.of("a", "b"), true));
            examples.add(new CueContextTraining.Example(List.of("other"), true));
            examples.add(new CueContextTraining.Example(List.of("a"), false));
            examples.add(new CueContextTraining.Example(List.of("b"), false));
        }
        CueTrees trees = TreeBoosting.fit(examples, new TreeBoosting.Settings(30, 3, 0.3, 1, 5));
        assertTrue(trees.margin(List.of("a", "b")) > 1);
        assertTrue(trees.margin(List.of("other")) > 1);
        assertTrue(trees.margin(List.of("a")) < -1);
        assertTrue(trees.margin(List.of("b")) < -1);
    }

    @Test
    void theSameExamplesGiveTheSameTrees() {
        List<CueContextTraining.Example> examples = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            examples.add(new CueContextTraining.Example(List.of("x", k % 3 == 0 ? "y" : "z"), k % 2 == 0));
        }
        TreeBoosting.Settings settings = new TreeBoosting.Settings(10, 3, 0.1, 1, 3);
        assertEquals(TreeBoosting.fit(examples, settings).lines(), TreeBoosting.fit(examples, settings).lines());
    }
}
