package dev.whosaid.extraction;

import java.util.Locale;

/** How a statement is reported: in the speaker's words, paraphrased, or paraphrase carrying a partial quote. */
public enum QuoteKind {
    DIRECT, INDIRECT, MIXED;

    private static final QuoteKind[] ALL = values();

    /** Made once: labels are written and parsed for every hit read. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON and in the index ("direct"). */
    public String label() {
        return label;
    }

    /** Parses a label case-insensitively; throws with the accepted values where it is none of them. */
    public static QuoteKind parse(String label) {
        return Labels.parse(ALL, QuoteKind::label, label, "quotation kind");
    }
}
