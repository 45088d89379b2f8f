package io.contentlint.cli;

import io.contentlint.core.fix.AtomicFile;
import io.contentlint.core.config.ConfigLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code contentlint init}: writes the built-in configuration, commented, for editing. */
@Command(name = "init", mixinStandardHelpOptions = true, description = "Write the default configuration (the api.gouv.fr layout, commented) to contentlint.yml.")
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", arity = "0..1", description = "Where to write contentlint.yml (default: the current directory).")
    Path directory = Path.of("");

    @Option(names = "--force", description = "Overwrite an existing contentlint.yml.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory.toAbsolutePath())) {
            throw new UserError("\"" + directory + "\" is not a directory");
        }
        Path target = directory.resolve(ConfigLoader.FILE_NAME);
        if (Files.exists(target) && !force) {
            throw new UserError(target + " already exists; use --force to overwrite it");
        }
        AtomicFile.write(target, ConfigLoader.defaultText());
        System.out.println("wrote " + target);
        return ExitCode.CLEAN;
    }
}
