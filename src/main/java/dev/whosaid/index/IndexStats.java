package dev.whosaid.index;

import java.time.Instant;

/** What the served index holds: distinct statements, articles read, speakers, and when it was built. */
public record IndexStats(long quotations, long articles, long speakers, Instant builtAt) {}
