package dev.whosaid.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks, one subcommand each: {@code bench extract}; siblings (such as {@code bench search}) add themselves here. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that print throughput and memory figures.",
        subcommands = {BenchExtractCommand.class, BenchSearchCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: extract or search");
    }
}
