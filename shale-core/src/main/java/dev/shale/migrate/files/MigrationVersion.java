package dev.shale.migrate.files;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A migration version as written in its file name: a UTC timestamp ({@code 20261121093000}),
 * a sequence number ({@code 0003}) or a Flyway dotted version ({@code 1.2}). Ordered
 * numerically part by part; {@code 0003} and {@code 3} are the same version.
 */
public record MigrationVersion(String text, BigInteger[] parts) implements Comparable<MigrationVersion> {
    private static final Pattern VALID = Pattern.compile("\\d+(?:[._]\\d+)*");

    public static MigrationVersion parse(String text) {
        if (!VALID.matcher(text).matches()) {
            throw new IllegalArgumentException("not a migration version: " + text);
        }
        List<BigInteger> numbers = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.' || text.charAt(i) == '_') {
                numbers.add(new BigInteger(text.substring(start, i)));
                start = i + 1;
            }
        }
        BigInteger[] parts = numbers.toArray(BigInteger[]::new);
        int length = parts.length;
        while (length > 1 && parts[length - 1].signum() == 0) {
            length--;
        }
        return new MigrationVersion(text.replace('_', '.'), Arrays.copyOf(parts, length));
    }

    public static boolean isValid(String text) {
        return VALID.matcher(text).matches();
    }

    @Override
    public int compareTo(MigrationVersion other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            BigInteger mine = i < parts.length ? parts[i] : BigInteger.ZERO;
            BigInteger theirs = i < other.parts.length ? other.parts[i] : BigInteger.ZERO;
            int order = mine.compareTo(theirs);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MigrationVersion v && Arrays.equals(parts, v.parts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return text;
    }
}
