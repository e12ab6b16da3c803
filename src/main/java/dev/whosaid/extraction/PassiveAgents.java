package dev.whosaid.extraction;

/**
 * "The meeting was first reported by Politico", "Murphy, who has been endorsed by the teachers unions": a verb of the
 * cue lexicon in the passive with its agent after "by" gives the agent as the source and the subject as the
 * content. On train such a passive with a form of "be" before it is annotated 44 times of 63 (a bare participle,
 * "a plan endorsed by Democrats", only about half the time: left out).
 */
final class PassiveAgents {

    private PassiveAgents() {}

    /**
     * Whether token {@code i} is a past participle of the cue lexicon after a form of "be" and right before "by" and
     * an agent, within the sentence {@code b..e}. "asked" is left to the questions, which name the asker likewise.
     */
    static boolean isPassiveCue(Document doc, CueLexicon cues, int i, int b, int e) {
        Token t = doc.token(i);
        String w = t.lower();
        if (i + 2 >= e || doc.quoted(i) || t.isCapitalized() || !w.endsWith("ed") || w.equals("asked")
                || !cues.isCue(w) || !doc.token(i + 1).is("by") || doc.quoted(i + 2)
                || !doc.token(i + 2).isWord() || ArticleRun.BY_MEDIA.contains(doc.token(i + 2).lower())) {
            return false;
        }
        return CueLexicon.auxClass(ContentBounds.verbChain(doc, i, b).aux()).equals("be");
    }

    /** The passive at {@code i} ({@link #isPassiveCue}) with its agent as the source and its subject as the content; or null. */
    static Attribution at(Document doc, MentionFinder finder, int i, int b, int e) {
        Mention agent = finder.rightFrom(i + 2, e);
        if (agent == null) {
            return null;
        }
        int chain = ContentBounds.verbChain(doc, i, b).start();
        Appearances.Appearance subject = Appearances.withSubject(doc, i, chain, chain, b, i, i);
        return subject.subjectFrom() < 0 ? null
                : new Attribution(i, i + 1, agent, subject.subjectFrom(), subject.subjectTo(), -1, -1);
    }
}
