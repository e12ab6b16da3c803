package dev.whosaid.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder: being built. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Not built yet.")
final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("not built yet");
        return 1;
    }
}
