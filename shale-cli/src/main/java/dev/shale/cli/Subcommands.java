package dev.shale.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/**
 * The subcommands of {@code shale}, in the order of {@code shale --help}. Building picocli's
 * model of a command reads every option of it (and loads the classes they name), which is a
 * large part of a short command's start-up; so a command line that names a command gets only
 * that one, and everything else (help, completion, an unknown name) gets them all.
 */
final class Subcommands {
    static final List<Class<?>> ALL = List.of(InitCommand.class, EnvCommand.class, PingCommand.class,
            InspectCommand.class, NewCommand.class, MigrateCommand.class, StatusCommand.class, RollbackCommand.class,
            ValidateCommand.class, BaselineCommand.class, RepairCommand.class, HashCommand.class, GenerateCommand.class,
            DiffCommand.class, PushCommand.class, DriftCommand.class, CompareCommand.class, CodegenCommand.class,
            CompletionCommand.class, LintCommand.class, ImpactCommand.class, HookCommand.class, RestoreCommand.class,
            VerifyCommand.class, StudioCommand.class, HelpCommand.class);

    /** Commands that list or describe the others need the whole tree. */
    private static final List<String> NEED_ALL = List.of("help", "completion");

    private Subcommands() {
    }

    static void addTo(CommandLine root, String[] args) {
        List<Class<?>> named = named(args);
        for (Class<?> command : named.isEmpty() ? ALL : named) {
            root.addSubcommand(command);
        }
    }

    /** The one command the arguments name (the first argument that is not an option), or none. */
    static List<Class<?>> named(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) {
                continue;
            }
            if (NEED_ALL.contains(arg)) {
                return List.of();
            }
            return ALL.stream().filter(c -> nameOf(c).equals(arg)).toList();
        }
        return List.of();
    }

    private static String nameOf(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        return annotation == null ? "" : annotation.name();
    }
}
