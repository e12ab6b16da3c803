package dev.whosaid.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyKindReadsBackFromItsLabelWhateverTheCaseAndSpaceAround() {
        for (QuoteKind kind : QuoteKind.values()) {
            assertEquals(kind, QuoteKind.parse(kind.label()));
            assertEquals(kind, QuoteKind.parse(" " + kind.label().toUpperCase(Locale.ROOT) + "\t"));
        }
        for (SpeakerKind kind : SpeakerKind.values()) {
            assertEquals(kind, SpeakerKind.parse(kind.label()));
            assertEquals(kind, SpeakerKind.parse(" " + kind.label().toUpperCase(Locale.ROOT) + "\t"));
        }
    }

    @Test
    void anUnknownLabelIsRefusedWithTheLabelsAccepted() {
        assertEquals("unknown quotation kind \"quoted\"; expected direct, indirect or mixed",
                assertThrows(IllegalArgumentException.class, () -> QuoteKind.parse("quoted")).getMessage());
        assertEquals("unknown speaker kind \"\"; expected person, organisation or anonymous",
                assertThrows(IllegalArgumentException.class, () -> SpeakerKind.parse("")).getMessage());
    }
}
