package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureWeightsTest {

    /** A candidate with a phrase, so that every kind of feature is made, and a '|' for a neighbouring token. */
    private static final CueContext RAILED_AGAINST = new CueContext("railed", false, "against", true, "name", "aux",
            "-", "against", "|", "long", "some", "candidate", "det", "have", "|against", "after", "-", "near", 0);

    @Test
    void aNamesHashDoesNotDependOnHowItIsCutIntoParts() {
        long whole = FeatureWeights.hash("form+next:said|that");
        long cut = FeatureWeights.extend(FeatureWeights.extend(FeatureWeights.hash("form+next:"), "said|"), "that");
        assertEquals(whole, cut);
        assertNotEquals(whole, FeatureWeights.hash("form+next:said|than"));
        assertNotEquals(FeatureWeights.hash("ab"), FeatureWeights.hash("ba"));
    }

    @Test
    void aFeatureIsFoundFromItsPartsWithTheWeightItsNameHas() {
        List<String> names = RAILED_AGAINST.features();
        Map<String, Double> weights = new HashMap<>();
        weights.put(CueContexts.BIAS, -0.75);
        for (int f = 0; f < names.size(); f++) {
            weights.put(names.get(f), f % 3 == 0 ? 0.0 : 0.1 * f - 1.3); // some features weigh nothing
        }
        weights.put("next:the", 9.0); // a feature this context lacks
        CueContexts model = new CueContexts(weights, 0.5, 0.5);
        assertEquals(model.probability(names), model.probability(RAILED_AGAINST), 0.0);
        double z = -0.75;
        for (String name : names) {
            z += weights.get(name);
        }
        assertEquals(1 / (1 + Math.exp(-z)), model.probability(RAILED_AGAINST), 0.0);
    }

    @Test
    void aFeatureTheModelLacksWeighsNothing() {
        FeatureWeights weights = new FeatureWeights(Map.of("next:that", 1.5, "previous:smith", -0.5));
        assertEquals(1.5, weights.weight("next:that"), 0.0);
        assertEquals(-0.5, weights.weight(FeatureWeights.hash("previous:smith")), 0.0);
        assertEquals(0.0, weights.weight("next:than"), 0.0);
        assertEquals(0.0, weights.weight(""), 0.0);
    }

    @Test
    void theFeaturesNamesAreWhatTheModelFileSpells() {
        assertEquals(List.of("*candidate", "*candidate|ed|against|true", "*candidate|ed|against|true|-|name", "~rail",
                "railed", "railed|against|true", "railed|against|true|-", "railed|against|true|-|name",
                "railed|against|true|-|name|aux", "next:against", "form+next:railed|against", "previous:|",
                "form+previous:railed||", "length:false|long", "form+length:railed|long", "marks:some",
                "form+marks:railed|some", "nesting:-|false", "object:candidate|det", "form+object:railed|det",
                "stem+object:~rail|det", "stem+opener:~rail|against", "chain:candidate|have|ed",
                "subject+object:candidate|name|det", "others:candidate|after", "form+others:railed|after",
                "clause:candidate|det|-", "form+clause:railed|-", "distance:candidate|true|near", "phrase:|against",
                "stem+phrase:~rail||against"), RAILED_AGAINST.features());
    }
}
