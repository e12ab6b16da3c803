package dev.whosaid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: being built. */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Not built yet.")
final class IndexCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not built yet");
        return 1;
    }
}
