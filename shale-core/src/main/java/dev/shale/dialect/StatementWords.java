package dev.shale.dialect;

/**
 * Looks for whole words in a statement, in any case, in place: it runs on every statement of a
 * long directory, mostly before anything is compiled, where a regular expression or a copy per
 * word would cost more than the rest of the check. Quotes and comments are not told apart:
 * a word inside them counts too, which only errs towards "yes".
 */
public final class StatementWords {
    private StatementWords() {
    }

    /** True when one of {@code words} is a word of {@code statement}, or {@code after} is followed by one of {@code next}. */
    public static boolean has(String statement, String[] words, String after, String[] next) {
        boolean afterWord = false;
        int i = 0;
        while (i < statement.length()) {
            if (!isWordPart(statement.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < statement.length() && isWordPart(statement.charAt(i))) {
                i++;
            }
            if (isOneOf(statement, start, i, words) || afterWord && isOneOf(statement, start, i, next)) {
                return true;
            }
            afterWord = isWord(statement, start, i, after);
        }
        return false;
    }

    private static boolean isOneOf(String statement, int start, int end, String[] words) {
        for (String word : words) {
            if (isWord(statement, start, end, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String statement, int start, int end, String word) {
        return end - start == word.length() && statement.regionMatches(true, start, word, 0, word.length());
    }

    private static boolean isWordPart(char c) {
        return c < 128 ? Character.isLetterOrDigit(c) || c == '_' || c == '$' : Character.isLetterOrDigit(c);
    }
}
