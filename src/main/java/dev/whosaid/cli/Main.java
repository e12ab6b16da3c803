package dev.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code whosaid <command>}. Exit codes: 0 success, 1 failure at work, 2 bad usage or input. */
@Command(
        name = "whosaid",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Quote attribution search engine: who said what, in what role, when and where.",
        subcommands = {
            IndexCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            ExtractCommand.class,
            EvalCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Main implements Runnable {

    /**
     * Lucene notes at every start that the incubating vector API is not enabled; that is a choice here
     * (it would print its own warning), so its logger is quieted. Held strongly: JUL keeps loggers weakly.
     */
    private static final java.util.logging.Logger LUCENE_VECTORIZATION =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        LUCENE_VECTORIZATION.setLevel(java.util.logging.Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::reportFailure)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setUsageHelpWidth(110); // the descriptions are written as lines of about 100 characters
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    /** Bad input is exit 2 with its message; anything else is exit 1, message first, stack trace only on request. */
    private static int reportFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println("whosaid " + cmd.getCommandName() + ": " + message);
        if (Boolean.getBoolean("whosaid.debug")) {
            e.printStackTrace(cmd.getErr());
        }
        return e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException ? 2 : 1;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"whosaid " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
        }
    }
}
