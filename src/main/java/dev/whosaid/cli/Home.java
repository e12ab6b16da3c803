package dev.whosaid.cli;

import java.nio.file.Path;

/** Where the default corpus/, index/ and web/ folders are: the launcher's folder, else the working directory. */
final class Home {

    private Home() {}

    static Path dir() {
        String home = System.getProperty("whosaid.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    static Path corpus() {
        return dir().resolve("corpus");
    }

    static Path index() {
        return dir().resolve("index");
    }

    static Path web() {
        return dir().resolve("web");
    }
}
