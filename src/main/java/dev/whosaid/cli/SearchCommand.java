package dev.whosaid.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.whosaid.index.LuceneQuoteIndex;
import dev.whosaid.query.Answers;
import dev.whosaid.query.QuoteView;
import dev.whosaid.query.SearchParams;
import dev.whosaid.query.SearchService;
import dev.whosaid.server.WebApp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code whosaid search "question"}: ranked hits, or the API's JSON. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Answer a question from the index: who said what, in what role, when and where.",
            "Example: whosaid search \"what did Nauert say about the letter\"",
            "Exit codes: 0 answered (even with no hits); 1 no index or it cannot be read; 2 bad usage or question."})
final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question (words are joined)")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10", description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--json", description = "print the API's JSON answer instead of text")
    boolean json;

    @Mixin
    Folders.Index index;

    @Override
    public Integer call() throws Exception {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("--limit " + limit + " is not 1..100");
        }
        try (LuceneQuoteIndex quotes = new LuceneQuoteIndex(index.get())) {
            if (!quotes.exists()) {
                System.err.println("whosaid search: no index in " + quotes.root() + "; run: whosaid index");
                return 1;
            }
            Answers.SearchAnswer answer = new SearchService(quotes, Clock.systemDefaultZone())
                    .search(SearchParams.question(String.join(" ", words), limit));
            if (json) {
                System.out.println(WebApp.json().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(answer));
            } else {
                print(answer);
            }
            return 0;
        }
    }

    private static void print(Answers.SearchAnswer answer) {
        System.out.println("Understood: " + answer.query().explanation());
        System.out.println((answer.totalExact() ? "" : "about ") + answer.total() + (answer.total() == 1 ? " statement" : " statements"));
        int rank = 1;
        for (QuoteView hit : answer.hits()) {
            System.out.printf("%n%2d. %s%s, %s%n    \"%s\"%n    %s%s%n", rank++,
                    hit.speaker() == null ? "(unattributed)" : hit.speaker(),
                    hit.role() == null ? "" : " (" + hit.role() + ")",
                    hit.date() == null ? "undated" : hit.date(), hit.text(),
                    hit.article().source().isEmpty() ? hit.article().id() : hit.article().source(),
                    hit.article().url().isEmpty() ? "" : " " + hit.article().url());
            if (!hit.alsoReportedBy().isEmpty()) {
                System.out.println("    also reported by " + hit.alsoReportedBy().size() + " other article(s)");
            }
        }
    }
}
