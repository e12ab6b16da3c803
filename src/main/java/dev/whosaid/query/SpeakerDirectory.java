package dev.whosaid.query;

import dev.whosaid.extraction.SpeakerKind;
import dev.whosaid.index.SpeakerSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The speakers and roles actually in the index, looked up by the words of a question. A run of words names
 * a speaker when it stands, in order, inside the speaker's folded name ("nauert", "heather nauert",
 * "kim jong un" for "Kim Jong-un"); a single word names only a person (a surname, a first name) or an
 * organisation whose whole name it is, and never a common function word.
 */
final class SpeakerDirectory {

    /** Longest run of words tried as a name or a role. */
    private static final int MAX_WORDS = 6;

    private final List<SpeakerSummary> speakers;
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final List<List<String>> nameWords = new ArrayList<>();
    private final Map<List<String>, String> roles = new HashMap<>();

    SpeakerDirectory(List<SpeakerSummary> speakers) {
        this.speakers = List.copyOf(speakers);
        for (int i = 0; i < this.speakers.size(); i++) {
            List<String> words = Names.words(this.speakers.get(i).name());
            nameWords.add(words);
            for (String w : new HashSet<>(words)) {
                byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
            }
            for (String role : this.speakers.get(i).roles()) {
                List<String> roleWords = withoutArticle(Names.words(role));
                if (!roleWords.isEmpty()) {
                    roles.putIfAbsent(roleWords, role);
                }
            }
        }
    }

    List<SpeakerSummary> all() {
        return speakers;
    }

    /** A name match: the words it used, their position, and every speaker (most statements first) it fits. */
    record NameMatch(int from, int to, List<SpeakerSummary> speakers) {}

    /** The longest name match starting at word {@code from}, or null. */
    NameMatch nameAt(List<String> words, int from) {
        for (int to = Math.min(words.size(), from + MAX_WORDS); to > from; to--) {
            List<String> run = words.subList(from, to);
            List<SpeakerSummary> fits = speakersContaining(run);
            if (!fits.isEmpty()) {
                return new NameMatch(from, to, fits);
            }
        }
        return null;
    }

    private List<SpeakerSummary> speakersContaining(List<String> run) {
        if (run.size() == 1 && (StopWords.isStop(run.getFirst()) || run.getFirst().length() < 2)) {
            return List.of();
        }
        List<SpeakerSummary> fits = new ArrayList<>();
        for (int i : byWord.getOrDefault(run.getFirst(), List.of())) {
            List<String> name = nameWords.get(i);
            SpeakerSummary s = speakers.get(i);
            boolean singleWordOk = run.size() > 1 || s.kind() == SpeakerKind.PERSON || name.size() == 1;
            if (singleWordOk && Collections.indexOfSubList(name, run) >= 0) {
                fits.add(s);
            }
        }
        return fits;
    }

    /** Speakers named exactly by {@code name} (folded), else every speaker the words fit. */
    List<SpeakerSummary> resolve(String name) {
        List<String> words = Names.words(name);
        if (words.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < speakers.size(); i++) {
            if (nameWords.get(i).equals(words)) {
                return List.of(speakers.get(i));
            }
        }
        return speakersContaining(words);
    }

    /** The longest known role starting at word {@code from}: {from, to} and the role as written, or null. */
    record RoleMatch(int from, int to, String role) {}

    RoleMatch roleAt(List<String> words, int from) {
        int start = from < words.size() && (words.get(from).equals("the") || words.get(from).equals("a")) ? from + 1 : from;
        for (int to = Math.min(words.size(), start + MAX_WORDS); to > start; to--) {
            List<String> run = words.subList(start, to);
            if (run.size() == 1 && StopWords.isStop(run.getFirst())) {
                continue;
            }
            String exact = roles.get(run);
            if (exact != null) {
                return new RoleMatch(from, to, String.join(" ", run));
            }
            if (run.size() > 1 && containedInARole(run)) {
                return new RoleMatch(from, to, String.join(" ", run));
            }
        }
        return null;
    }

    private boolean containedInARole(List<String> run) {
        for (List<String> role : roles.keySet()) {
            if (Collections.indexOfSubList(role, run) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Speakers with a name word starting with the folded prefix, most statements first. */
    List<SpeakerSummary> withWordStarting(String prefix) {
        String p = Names.fold(prefix.strip());
        if (p.isEmpty()) {
            return speakers;
        }
        Set<SpeakerSummary> found = new LinkedHashSet<>();
        for (int i = 0; i < speakers.size(); i++) {
            for (String w : nameWords.get(i)) {
                if (w.startsWith(p) || (p.contains(" ") && String.join(" ", nameWords.get(i)).startsWith(p))) {
                    found.add(speakers.get(i));
                    break;
                }
            }
        }
        return List.copyOf(found);
    }

    private static List<String> withoutArticle(List<String> words) {
        return !words.isEmpty() && (words.getFirst().equals("the") || words.getFirst().equals("a")) ? words.subList(1, words.size()) : words;
    }
}
