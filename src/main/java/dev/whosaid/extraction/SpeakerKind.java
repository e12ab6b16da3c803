package dev.whosaid.extraction;

import java.util.Locale;

/** Who a speaker is: a named person, an organisation or country, or an unnamed source. */
public enum SpeakerKind {
    PERSON, ORGANISATION, ANONYMOUS;

    private static final SpeakerKind[] ALL = values();

    /** Made once: labels are written and parsed for every hit read. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON and in the index ("person"). */
    public String label() {
        return label;
    }

    /** Parses a label case-insensitively; throws with the accepted values where it is none of them. */
    public static SpeakerKind parse(String label) {
        return Labels.parse(ALL, SpeakerKind::label, label, "speaker kind");
    }
}
