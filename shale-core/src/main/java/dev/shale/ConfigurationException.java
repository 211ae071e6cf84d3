package dev.shale;

/** The project configuration (shale.toml, URLs, environment names) is wrong. Exit code 2. */
public class ConfigurationException extends ShaleException {
    public ConfigurationException(String message, String hint) {
        super(ExitCode.USAGE, message, hint);
    }

    public ConfigurationException(String message, String hint, Throwable cause) {
        super(ExitCode.USAGE, message, hint, cause);
    }
}
