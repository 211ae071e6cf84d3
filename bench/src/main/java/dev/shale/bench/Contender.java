package dev.shale.bench;

/** Something timed in a scenario: Shale in this JVM, Shale as a process, or a peer tool. */
interface Contender {
    String name();

    Measurement run() throws Exception;
}
