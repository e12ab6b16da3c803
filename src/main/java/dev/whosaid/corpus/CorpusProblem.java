package dev.whosaid.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Input that could not be read as an article: the rest of the corpus is still read.
 *
 * @param file    the file, as found under the corpus folder
 * @param line    1-based line of the problem, or 0 where it concerns the whole file
 * @param message what is wrong, in words a user can act on
 */
public record CorpusProblem(Path file, int line, String message) {

    public CorpusProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
