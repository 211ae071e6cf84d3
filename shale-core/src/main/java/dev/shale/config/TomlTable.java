package dev.shale.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shale.ConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Typed, validated access to one table of shale.toml; errors name the file and the key. */
final class TomlTable {

    private final Path file;
    private final String path;
    private final JsonNode node;

    TomlTable(Path file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    List<String> keys() {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    TomlTable table(String key) {
        JsonNode child = node.get(key);
        if (child == null) {
            return new TomlTable(file, qualified(key), com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        }
        if (!child.isObject()) {
            throw wrongType(key, "a table, e.g. [" + qualified(key) + "]");
        }
        return new TomlTable(file, qualified(key), child);
    }

    void requireOnly(Set<String> allowed) {
        for (String key : keys()) {
            if (!allowed.contains(key)) {
                throw new ConfigurationException(
                        file + ": unknown key '" + qualified(key) + "'",
                        "keys allowed " + (path.isEmpty() ? "at the top level" : "in [" + path + "]") + ": "
                                + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    String requiredString(String key) {
        return optionalString(key).orElseThrow(() -> new ConfigurationException(
                file + ": [" + path + "] has no '" + key + "'",
                "add  " + key + " = \"...\"  to [" + path + "]"));
    }

    Optional<String> optionalString(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw wrongType(key, "a string in double quotes");
        }
        return Optional.of(value.asText());
    }

    Optional<Boolean> optionalBoolean(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            throw wrongType(key, "true or false");
        }
        return Optional.of(value.asBoolean());
    }

    /** The settings keys of this table; absent keys are null. */
    Settings settings() {
        return new Settings(stringList("schema"), optionalString("migrations").orElse(null),
                optionalString("dev_url").orElse(null), duration("lock_timeout"),
                optionalString("history_table").orElse(null), optionalString("history_schema").orElse(null),
                duration("statement_lock_timeout"), optionalString("notify_url").orElse(null),
                duration("lock_wait_alert_after"));
    }

    private List<String> stringList(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value.isTextual()) {
            return List.of(value.asText());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (!item.isTextual()) {
                    throw wrongType(key, "a string or an array of strings");
                }
                items.add(item.asText());
            }
            return List.copyOf(items);
        }
        throw wrongType(key, "a string or an array of strings");
    }

    private Duration duration(String key) {
        JsonNode value = node.get(key);
        if (value == null) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return Duration.ofSeconds(value.asLong());
        }
        return (value.isTextual() ? Durations.parse(value.asText()) : java.util.Optional.<Duration>empty())
                .orElseThrow(() -> wrongType(key,
                        "a duration such as \"30s\", \"500ms\", \"2m\" or a number of seconds"));
    }

    private String qualified(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private ConfigurationException wrongType(String key, String expected) {
        return new ConfigurationException(file + ": '" + qualified(key) + "' must be " + expected,
                "fix the value of " + qualified(key) + " in " + file.getFileName());
    }
}
