package dev.whosaid.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index} and {@code --corpus} options, shared by the commands that take them. */
final class Folders {

    private Folders() {}

    /** {@code --index DIR}, defaulting to index/ beside the launcher. */
    static final class Index {
        @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/ beside the launcher)")
        Path dir;

        Path get() {
            return dir == null ? Home.index() : dir;
        }
    }

    /** {@code --corpus DIR}, defaulting to corpus/ beside the launcher. */
    static final class Corpus {
        @Option(names = "--corpus", paramLabel = "DIR", description = "corpus folder (default: corpus/ beside the launcher)")
        Path dir;

        Path get() {
            return dir == null ? Home.corpus() : dir;
        }
    }
}
