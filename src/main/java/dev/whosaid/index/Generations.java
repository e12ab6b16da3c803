package dev.whosaid.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder's layout: each rebuild writes a fresh {@code gen-NNNNNNNN} sub-folder, and the file
 * {@code CURRENT} names the one to serve. {@code CURRENT} is replaced by an atomic rename only after the new
 * generation is committed, so a crash or a kill during a rebuild leaves the previous generation served.
 */
final class Generations {

    static final String POINTER = "CURRENT";
    private static final String PREFIX = "gen-";

    private final Path root;

    Generations(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The served generation's name, if one was ever committed. */
    Optional<String> current() {
        try {
            String name = Files.readString(root.resolve(POINTER), StandardCharsets.UTF_8).strip();
            return name.startsWith(PREFIX) && Files.isDirectory(root.resolve(name)) ? Optional.of(name) : Optional.empty();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.resolve(POINTER), e);
        }
    }

    Path folder(String generation) {
        return root.resolve(generation);
    }

    /** Creates the next free generation folder (numbers only grow, so a half-written one is never reused). */
    String createNext() throws IOException {
        Files.createDirectories(root);
        long next = names().stream().mapToLong(Generations::number).max().orElse(0) + 1;
        while (true) {
            String name = PREFIX + String.format("%08d", next);
            try {
                Files.createDirectory(root.resolve(name));
                return name;
            } catch (FileAlreadyExistsException e) {
                next++;
            }
        }
    }

    /** Points {@code CURRENT} at {@code generation}: write a temporary file, then rename it over the old one. */
    void publish(String generation) throws IOException {
        Path temporary = root.resolve(POINTER + ".tmp");
        Files.writeString(temporary, generation + "\n", StandardCharsets.UTF_8);
        Files.move(temporary, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Deletes every generation except the ones named in {@code keep}: older ones and the leftovers of
     * failed or killed rebuilds. Readers that still hold deleted files keep reading them (POSIX semantics).
     */
    void deleteAllBut(List<String> keep) throws IOException {
        for (String name : names()) {
            if (!keep.contains(name)) {
                deleteTree(root.resolve(name));
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private List<String> names() throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(PREFIX + "\\d+")).sorted().toList();
        }
    }

    private static long number(String name) {
        return Long.parseLong(name.substring(PREFIX.length()));
    }
}
