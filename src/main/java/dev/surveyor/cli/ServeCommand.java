package dev.surveyor.cli;

import dev.surveyor.build.BuildOptions;
import dev.surveyor.publish.PublishException;
import dev.surveyor.serve.ServeOptions;
import dev.surveyor.serve.ServeSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code surveyor serve}: build, serve on 127.0.0.1, rebuild on every edit, reload open pages. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Builds the site, serves it on 127.0.0.1 and rebuilds it whenever the content or the "
          + "templates change; open pages reload, or show the errors over the last good site.",
      "Stop with Ctrl-C."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin InputDirs inputs;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site",
      description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "8000",
      description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--base-path",
      paramLabel = "PATH",
      defaultValue = "/",
      description =
          "URL path to serve the site under, as a host would, e.g. /survey/ (default: ${DEFAULT-VALUE}).")
  String basePath;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ServeOptions options;
    try {
      options =
          new ServeOptions(
              new BuildOptions(inputs.content, inputs.templates, out, null), port, basePath);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ServeSession session;
    try {
      session = ServeSession.start(options, stdout, err);
    } catch (BindException e) {
      err.println(
          "surveyor: cannot listen on 127.0.0.1:"
              + port
              + " ("
              + e.getMessage()
              + "); try another --port");
      return Main.FAILURE;
    } catch (PublishException | IOException e) {
      err.println("surveyor: " + e.getMessage());
      return Main.FAILURE;
    }
    // Ctrl-C: finish a build in progress, stop serving, release the output lock.
    Runtime.getRuntime().addShutdownHook(new Thread(session::close, "surveyor-stop"));
    stdout.println("serving " + session.url() + " (Ctrl-C to stop)");
    session.awaitClose();
    return 0;
  }
}
