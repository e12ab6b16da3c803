package dev.whosaid.cli;

import picocli.CommandLine.Command;

/** {@code whosaid bench <what>}: the benchmarks; each prints its figures. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print figures.",
        subcommands = {BenchSearchCommand.class})
final class BenchCommand {}
