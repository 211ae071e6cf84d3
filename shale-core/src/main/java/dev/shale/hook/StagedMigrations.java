package dev.shale.hook;

import dev.shale.migrate.ValidationReport.Problem;
import dev.shale.migrate.files.SumFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The migration directory as git sees it: staged changes, unstaged leftovers, shale.sum on HEAD. */
final class StagedMigrations {
    private final GitRepository git;
    private final String dir;

    /** {@code dir}: the migration directory relative to the top of the work tree. */
    StagedMigrations(GitRepository git, String dir) {
        this.git = git;
        this.dir = dir;
    }

    String gitDir() {
        return dir;
    }

    /** Files directly in the directory with a staged change (renames count as delete + add). */
    List<StagedFile> files() {
        String output = git.run("diff", "--cached", "--name-status", "--no-renames", "-z", "--", dir);
        String[] fields = output.split("\0");
        List<StagedFile> files = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            String name = inDirectory(fields[i + 1]);
            if (name != null) {
                files.add(new StagedFile(fields[i].charAt(0), name));
            }
        }
        return files;
    }

    /** One problem when files of the directory have changes that are not staged (the checks read the files). */
    List<Problem> unstaged() {
        String output = git.run("status", "--porcelain", "-z", "--no-renames", "--untracked-files=all", "--", dir);
        List<String> names = new ArrayList<>();
        for (String entry : output.split("\0")) {
            if (entry.length() > 3 && entry.charAt(1) != ' ') {
                names.add(entry.substring(3));
            }
        }
        if (names.isEmpty()) {
            return List.of();
        }
        return List.of(new Problem("the migration directory has changes that are not staged: "
                + String.join(", ", names) + " (the hook checks the directory as it will be committed)",
                "stage them with 'git add', or set them aside with 'git stash --keep-index --include-untracked'"));
    }

    /** The file names recorded in the directory's shale.sum on HEAD (none before the first commit). */
    Set<String> recordedOnHead() {
        return git.tryRun("show", "HEAD:" + prefix() + SumFile.NAME).map(SumFile::recordedFiles).orElse(Set.of());
    }

    private String inDirectory(String path) {
        if (!path.startsWith(prefix())) {
            return null;
        }
        String rest = path.substring(prefix().length());
        return rest.contains("/") ? null : rest;
    }

    private String prefix() {
        return dir.equals(".") ? "" : dir + "/";
    }
}
