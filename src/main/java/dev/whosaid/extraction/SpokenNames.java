package dev.whosaid.extraction;

import java.util.HashSet;
import java.util.Set;

/**
 * Who speaks in an article by a lexicon cue ("Clinton said", "said Sen. Ted Cruz"), found once per article: a
 * candidate whose subject is one of them ("Clinton believes …") or a pronoun just after such a statement ("He wants
 * …") was annotated as speaking twice as often as one whose subject never speaks (PolNeAR train).
 */
final class SpokenNames {

    /** How far before or after a cue its speaker's name is looked for, in tokens. */
    private static final int REACH = 4;
    /** The sentences before a pronoun where a statement makes it a speaker's. */
    private static final int RECENT_SENTENCES = 2;

    private final Document doc;
    private final Set<String> names = new HashSet<>();
    /** For each sentence, whether a lexicon cue stands in it outside quote marks. */
    private final boolean[] cueIn;

    SpokenNames(Document doc, CueLexicon cues) {
        this.doc = doc;
        this.cueIn = new boolean[doc.sentenceCount()];
        for (int k = 0; k < doc.size(); k++) {
            if (!doc.quoted(k) && cues.isCue(doc.token(k).lower())) {
                cueIn[doc.sentenceOf[k]] = true;
                addNameBefore(k);
                addNameAfter(k);
            }
        }
    }

    /** "Clinton said", "Clinton also told": the nearest capitalised word before the cue, within its clause. */
    private void addNameBefore(int cue) {
        for (int j = cue - 1; j >= Math.max(0, cue - REACH) && doc.token(j).isWord(); j--) {
            if (doc.token(j).isCapitalized()) {
                names.add(doc.token(j).lower());
                return;
            }
        }
    }

    /** "said Sen. Ted Cruz": the last capitalised word of the run after the cue. */
    private void addNameAfter(int cue) {
        int last = -1;
        for (int j = cue + 1; j < Math.min(doc.size(), cue + 1 + REACH); j++) {
            Token t = doc.token(j);
            if (!t.isCapitalized() && !t.text().equals(".")) {
                break;
            }
            last = t.isCapitalized() ? j : last;
        }
        if (last >= 0) {
            names.add(doc.token(last).lower());
        }
    }

    /**
     * "speaks" where the mention's last word names someone who speaks by a lexicon cue in the article, "recent" where
     * it is a pronoun with a lexicon cue in its sentence or the two before, else "-".
     */
    String of(Mention m) {
        if (m == null) {
            return "-";
        }
        if (m.type() == Mention.Type.PRONOUN || m.type() == Mention.Type.RELATIVE) {
            int s = doc.sentenceOf[m.first()];
            for (int t = s; t >= Math.max(0, s - RECENT_SENTENCES); t--) {
                if (cueIn[t]) {
                    return "recent";
                }
            }
            return "-";
        }
        return names.contains(doc.token(m.last()).lower()) ? "speaks" : "-";
    }
}
