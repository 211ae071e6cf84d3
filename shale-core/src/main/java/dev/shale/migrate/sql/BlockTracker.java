package dev.shale.migrate.sql;

import java.util.Set;

/**
 * Follows {@code BEGIN … END} nesting inside statements that create triggers and routines,
 * whose bodies contain semicolons that do not end the statement (SQLite triggers, MySQL
 * procedures written without {@code DELIMITER}, PostgreSQL {@code BEGIN ATOMIC} bodies).
 */
final class BlockTracker {
    private static final Set<String> ROUTINES = Set.of("TRIGGER", "PROCEDURE", "FUNCTION", "EVENT");
    private static final Set<String> OPENERS = Set.of("BEGIN", "CASE", "IF", "LOOP", "WHILE", "REPEAT");
    private static final int HEAD_WORDS = 8;

    private int wordsSeen;
    private boolean createStatement;
    private boolean routine;
    private int depth;
    private String previous = "";

    int depth() {
        return depth;
    }

    /**
     * Whether {@link #word} can still change anything for this statement: past its head, a
     * statement that does not create a routine has no body to follow.
     */
    boolean wantsWords() {
        return routine || wordsSeen == 0 || (createStatement && wordsSeen < HEAD_WORDS);
    }

    void reset() {
        wordsSeen = 0;
        createStatement = false;
        routine = false;
        depth = 0;
        previous = "";
    }

    /** One word of the statement, outside quotes and comments, and what follows it. */
    void word(String word, String next) {
        if (wordsSeen == 0) {
            createStatement = word.equals("CREATE");
        } else if (createStatement && wordsSeen < HEAD_WORDS && ROUTINES.contains(word)) {
            routine = true;
        }
        wordsSeen++;
        if (routine) {
            track(word, next);
        }
        previous = word;
    }

    private void track(String word, String next) {
        if (word.equals("END")) {
            depth = Math.max(0, depth - 1);
        } else if (OPENERS.contains(word) && !previous.equals("END") && opensBlock(word, next)) {
            depth++;
        }
    }

    /** IF( and REPEAT( are functions; IF [NOT] EXISTS is a clause; BEGIN TRANSACTION is not a body. */
    private static boolean opensBlock(String word, String next) {
        if (next.equals("(")) {
            return false;
        }
        return switch (word) {
            case "IF" -> !next.equals("NOT") && !next.equals("EXISTS");
            case "BEGIN" -> !next.equals("TRANSACTION") && !next.equals("WORK");
            default -> true;
        };
    }
}
