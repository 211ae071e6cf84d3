package dev.shale.cli;

import dev.shale.Shale;
import dev.shale.ShaleException;
import dev.shale.compare.EnvironmentDrift;
import dev.shale.compare.WebhookDelivery;
import dev.shale.config.ShaleConfig;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "drift", mixinStandardHelpOptions = true,
        description = {"Check that an environment's live schema matches what its applied migrations produce.",
                "Replays exactly the migrations the environment's history records as applied on a throw-away dev "
                        + "database and compares that schema with the live one, read on a read-only session: "
                        + "objects added, dropped or changed by hand, and applied migrations whose file is missing "
                        + "or edited. Pending migrations are listed but are not drift. Never writes to the "
                        + "environment.",
                "Exit 0: no drift. Exit 1: drift; with --all also when an environment is unreachable or cannot "
                        + "be checked. JSON fields: docs/drift.md."})
final class DriftCommand implements Callable<Integer> {
    @ParentCommand
    private ShaleCommand root;

    @Mixin
    private TargetOptions target;

    @Mixin
    private FormatOption format;

    @Option(names = "--all", description = "Check every environment of shale.toml in parallel and print a summary.")
    private boolean all;

    @Option(names = "--notify", paramLabel = "URL",
            description = "Post a Slack-compatible message to this webhook when drift is found (retried 3 times; "
                    + "a webhook that is down gives a warning, not another exit code). Default: notify_url of "
                    + "shale.toml.")
    private String notify;

    @Mixin
    private DevUrlOption devUrl;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        List<EnvironmentDrift> outcomes;
        ShaleConfig config;
        if (all) {
            if (target.environmentName().isPresent() || devUrl.value() != null) {
                throw ShaleException.usage("--all checks every environment; it cannot be combined with --env "
                        + "or --dev-url", "drop --all to check one environment");
            }
            config = target.loadConfig(root.invocation());
            outcomes = Shale.driftAll(config, terminal::info);
        } else {
            Shale shale = target.load(root.invocation(), terminal::info, devUrl.value());
            config = shale.config();
            outcomes = List.of(EnvironmentDrift.checked(shale.drift()));
        }
        print(terminal, outcomes);
        alert(terminal, config, outcomes);
        return outcomes.stream().anyMatch(o -> o.status().alarming()) ? 1 : 0;
    }

    private void print(Terminal terminal, List<EnvironmentDrift> outcomes) {
        if (format.json()) {
            terminal.println(Json.write(all ? DriftJson.of(outcomes) : DriftJson.of(outcomes.get(0))));
        } else if (all) {
            DriftText.summary(terminal, outcomes);
        } else {
            DriftText.report(terminal, outcomes.get(0).report().orElseThrow());
        }
    }

    private void alert(Terminal terminal, ShaleConfig config, List<EnvironmentDrift> outcomes) {
        for (WebhookDelivery delivery : Shale.notifyDrift(config, outcomes, Optional.ofNullable(notify))) {
            if (delivery.delivered()) {
                terminal.info("drift alert posted to " + delivery.target());
            } else {
                terminal.info("warning: could not post the drift alert to " + delivery.target() + " after "
                        + delivery.attempts() + (delivery.attempts() == 1 ? " attempt: " : " attempts: ")
                        + delivery.problem().orElse("") + "; the result of the check stands");
            }
        }
    }
}
