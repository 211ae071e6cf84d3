package dev.shale.verify;

/** The output formats of {@code shale verify}: text for people, JSON for tools, Markdown for a pull request. */
public enum VerifyFormat {
    TEXT, JSON, MARKDOWN;

    public String render(VerifyReport report) {
        return switch (this) {
            case TEXT -> VerifyText.render(report);
            case JSON -> VerifyJson.render(report);
            case MARKDOWN -> VerifyMarkdown.render(report);
        };
    }
}
