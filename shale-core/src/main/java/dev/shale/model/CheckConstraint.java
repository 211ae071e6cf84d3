package dev.shale.model;

/** A CHECK constraint; {@code expression} as the dialect normalises it, without the CHECK keyword. */
public record CheckConstraint(String name, String expression) {
}
