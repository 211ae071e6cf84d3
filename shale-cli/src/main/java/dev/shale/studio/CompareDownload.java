package dev.shale.studio;

import dev.shale.compare.ComparisonReport;
import dev.shale.compare.format.CompareFormat;

/** The comparison of the compare page as a file: {@code shale compare}'s Markdown or HTML report, SQL included. */
final class CompareDownload implements Page {
    /** The two formats offered for download. */
    enum Kind {
        MARKDOWN(CompareFormat.MARKDOWN, "text/markdown; charset=utf-8", "compare.md"),
        HTML(CompareFormat.HTML, "text/html; charset=utf-8", "compare.html");

        final CompareFormat format;
        final String contentType;
        final String fileName;

        Kind(CompareFormat format, String contentType, String fileName) {
            this.format = format;
            this.contentType = contentType;
            this.fileName = fileName;
        }
    }

    private final StudioProject project;
    private final Kind kind;

    CompareDownload(StudioProject project, Kind kind) {
        this.project = project;
        this.kind = kind;
    }

    @Override
    public Response render(Request request) {
        String source = request.parameter("source").orElseThrow(() -> missing("source"));
        String target = request.parameter("target").orElseThrow(() -> missing("target"));
        ComparisonReport report = new CompareChoice(project).compare(source, target);
        return Response.download(kind.contentType, kind.fileName, kind.format.render(report, true, line -> line));
    }

    private static dev.shale.ShaleException missing(String parameter) {
        return dev.shale.ShaleException.usage("the report needs a " + parameter, "choose both sides on the compare page");
    }
}
