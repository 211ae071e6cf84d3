package dev.shale.bench;

/** Something timed in a scenario: Shale in this JVM, Shale as a process, or a peer tool. */
interface Contender {
    String name();

    /** Untimed work before each run (a fresh database). */
    default void prepare() throws Exception {
    }

    Measurement run() throws Exception;

    /** Untimed work after each run (fingerprinting its result). */
    default void check() throws Exception {
    }
}
