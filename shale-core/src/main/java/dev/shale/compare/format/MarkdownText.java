package dev.shale.compare.format;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for GitHub-flavoured Markdown: names may hold {@code <}, {@code |}, backticks or asterisks. */
final class MarkdownText {
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]#|~]");
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** Text safe in a paragraph or a table cell: HTML characters as entities, Markdown characters escaped. */
    static String escape(String text) {
        String html = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
        return SPECIAL.matcher(html).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    /** A fenced code block whose fence is longer than any backtick run inside. */
    static String fenced(String language, List<String> lines) {
        String body = String.join("\n", lines);
        int longest = 0;
        Matcher m = BACKTICKS.matcher(body);
        while (m.find()) {
            longest = Math.max(longest, m.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + language + "\n" + body + "\n" + fence + "\n";
    }
}
