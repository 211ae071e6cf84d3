package dev.shale.hook;

/**
 * A file of the migration directory with a change in the git index.
 *
 * @param status git's letter: A added, M modified, D deleted, T type changed
 * @param name   the file name inside the migration directory
 */
record StagedFile(char status, String name) {
    boolean added() {
        return status == 'A';
    }

    boolean editedOrDeleted() {
        return status == 'M' || status == 'D' || status == 'T';
    }

    String verb() {
        return status == 'D' ? "deleted" : "edited";
    }
}
