package dev.whosaid.extraction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of a {@link CueContexts} model, in an open-addressing table keyed by a hash of each feature's name. A
 * feature given as a prefix and parts ({@link CueContext.FeatureSink}) is hashed part by part, its name never built:
 * building about 35 names per candidate and finding them in a map of 56,000 had been the largest cost of extraction,
 * and most of it was cache misses, so a slot holds the hash and the weight side by side and nothing else.
 *
 * <p>The hash is a polynomial over the name's characters modulo the prime 2^61 - 1: two different names of at most
 * n characters share it for at most n of the 2^61 multipliers, so a lookup finds another name's weight with a chance
 * below 2^-55 for each name it meets. The names of one model are checked to differ in their hashes when it is built.
 */
final class FeatureWeights {

    private static final long PRIME = (1L << 61) - 1;
    /** The polynomial's variable, a fixed random number below the prime. */
    private static final long MULTIPLIER = 0x0B2E_4C8A_6F93_D517L;
    /** Spreads a hash's bits before its top bits pick a slot. */
    private static final long SPREAD = 0x9E37_79B9_7F4A_7C15L;
    /** Marks a free slot; no hash is this, they are all below the prime. */
    private static final long FREE = -1;

    /** Slot k is {@code table[2k]}, the hash of its name, and {@code table[2k + 1]}, the bits of its weight. */
    private final long[] table;
    private final int shift;

    FeatureWeights(Map<String, Double> byName) {
        int bits = Math.max(4, 64 - Long.numberOfLeadingZeros(byName.size() * 2L)); // at most half full
        table = new long[2 << bits];
        shift = 64 - bits;
        Arrays.fill(table, FREE);
        Map<Long, String> named = new HashMap<>();
        byName.forEach((name, weight) -> {
            long hash = hash(name);
            String other = named.put(hash, name);
            if (other != null) {
                throw new IllegalArgumentException("features '" + name + "' and '" + other + "' share their hash");
            }
            int slot = slot(hash);
            while (table[slot] != FREE) {
                slot = next(slot);
            }
            table[slot] = hash;
            table[slot + 1] = Double.doubleToRawLongBits(weight);
        });
    }

    /** The weight of the named feature, 0 where the model has none. */
    double weight(String name) {
        return weight(hash(name));
    }

    /** The weight of the feature whose name has this {@link #hash}, 0 where the model has none. */
    double weight(long hash) {
        for (int slot = slot(hash); table[slot] != FREE; slot = next(slot)) {
            if (table[slot] == hash) {
                return Double.longBitsToDouble(table[slot + 1]);
            }
        }
        return 0;
    }

    static long hash(String name) {
        return extend(0, name);
    }

    /** The hash of a name extended by {@code s}: a name's hash does not depend on how it was cut into parts. */
    static long extend(long hash, String s) {
        long h = hash;
        for (int i = 0; i < s.length(); i++) {
            h = extend(h, s.charAt(i));
        }
        return h;
    }

    static long extend(long hash, char c) {
        long h = times(hash, MULTIPLIER) + c;
        return h >= PRIME ? h - PRIME : h;
    }

    /** {@code a * b} modulo the prime, for {@code a} and {@code b} below it. */
    private static long times(long a, long b) {
        long low = a * b;
        long high = Math.multiplyHigh(a, b);
        long sum = (low & PRIME) + ((low >>> 61) | (high << 3));
        return sum >= PRIME ? sum - PRIME : sum;
    }

    /** The index in {@link #table} of the slot a hash is looked for first. */
    private int slot(long hash) {
        return (int) ((hash * SPREAD) >>> shift) << 1;
    }

    private int next(int slot) {
        return (slot + 2) & (table.length - 1);
    }
}
