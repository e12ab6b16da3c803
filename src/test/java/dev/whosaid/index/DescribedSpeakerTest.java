package dev.whosaid.index;

import static org.junit.jupiter.api.Assertions.*;

import dev.whosaid.corpus.Article;
import dev.whosaid.extraction.QuoteKind;
import dev.whosaid.extraction.SpeakerKind;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A speaker the question describes rather than names: three paragraphs, one introducing the described
 * speaker ("Dunn's mother"), one naming Dunn without his mother, one another mother.
 */
class DescribedSpeakerTest {

    static final Article ARTICLE = new Article("dunn-1", "Sacoolas will not return", LocalDate.of(2019, 10, 15), "Wikinews",
            "https://example.org/dunn-1",
            "Dunn's mother, Charlotte Charles, said: \"She's left a family in complete ruin.\"\n\n"
                    + "The Prime Minister said Harry Dunn's family deserved answers: \"Anne Sacoolas should come back.\"\n\n"
                    + "Susan Bro, Heather Heyer's mother, said: \"Sacoolas must face justice as Fields did.\"");

    @TempDir
    Path dir;

    @Test
    void theParagraphMustHoldTheDescriptionsHeadAndHalfItsOtherWordsAndTheTopicOnlyRanks() throws IOException {
        try (LuceneQuoteIndex index = new LuceneQuoteIndex(dir, Duration.ZERO)) {
            Fixtures.build(index, List.of(
                    Fixtures.quote(ARTICLE, "She's left a family in complete ruin.", "Charlotte Charles", null, QuoteKind.DIRECT, SpeakerKind.PERSON),
                    Fixtures.quote(ARTICLE, "Anne Sacoolas should come back.", "Boris Johnson", "Prime Minister", QuoteKind.DIRECT, SpeakerKind.PERSON),
                    Fixtures.quote(ARTICLE, "Sacoolas must face justice as Fields did.", "Susan Bro", null, QuoteKind.DIRECT, SpeakerKind.PERSON)));
            SearchPage page = index.search(new SearchRequest(List.of(), "Anne Sacoolas", List.of(), null, null, null, null, null, null,
                    SortOrder.RELEVANCE, 1, 10, "harry dunn mother"));
            assertEquals(List.of("Charlotte Charles"), page.hits().stream().map(h -> h.quote().speaker()).toList());
        }
    }
}
