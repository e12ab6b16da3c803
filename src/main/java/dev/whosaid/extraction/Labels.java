package dev.whosaid.extraction;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Reading back the lower-case labels that {@link QuoteKind} and {@link SpeakerKind} are written as. */
final class Labels {

    private Labels() {}

    /**
     * The value of {@code values} labelled {@code text}, case and surrounding space ignored; else an exception that
     * names {@code what} was asked for and the labels accepted ("expected direct, indirect or mixed").
     */
    static <E extends Enum<E>> E parse(E[] values, Function<E, String> label, String text, String what) {
        String wanted = text.strip();
        for (E value : values) {
            if (label.apply(value).equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        List<String> labels = Arrays.stream(values).map(label).toList();
        throw new IllegalArgumentException("unknown " + what + " \"" + text + "\"; expected "
                + String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.getLast());
    }
}
