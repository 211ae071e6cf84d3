package dev.shale.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code shale.*} application properties of the auto-configuration. The database is the
 * application's DataSource bean unless {@code shale.url} is set; without either, it is
 * {@code spring.datasource.url}, {@code .username} and {@code .password}.
 */
@ConfigurationProperties("shale")
public class ShaleProperties {
    /** Whether the migrations run at start-up. */
    private boolean enabled = true;
    /** Where the migrations are: {@code classpath:db/migrations} (with its shale.sum) or a directory. */
    private String migrations = "classpath:db/migrations";
    /** The database, as a Shale or {@code jdbc:} URL, instead of the DataSource bean; default {@code spring.datasource.url} when there is none. */
    private String url;
    /** The user; default {@code spring.datasource.username}. */
    private String user;
    /** The password; default {@code spring.datasource.password}. */
    private String password;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getMigrations() {
        return migrations;
    }

    public void setMigrations(String migrations) {
        this.migrations = migrations;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
