package dev.shale.cli;

/** Output formats of commands whose output is data. */
public enum OutputFormat {
    TEXT, JSON
}
