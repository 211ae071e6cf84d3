package dev.shale.studio;

/** One route of the studio: renders a response for a GET request; never writes to a database. */
interface Page {
    Response render(Request request);
}
