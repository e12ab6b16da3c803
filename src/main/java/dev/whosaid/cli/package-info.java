/** The {@code whosaid} command line: index, serve, search, extract, eval and the benchmarks. */
package dev.whosaid.cli;
