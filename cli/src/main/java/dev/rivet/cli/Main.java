package dev.rivet.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The rivet command: the only place that knows every module. Each subcommand is a class of its own;
 * this file wires them up and turns every error into one line and an exit code (see ExitCodes).
 */
@Command(
    name = "rivet",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Firmware toolchain for emulated x86-64 microcontroller boards running Python.",
    subcommands = {
      BoardsCommand.class,
      CompileCommand.class,
      DisasmCommand.class,
      DoctorCommand.class,
      FlashCommand.class,
      GcHuntCommand.class,
      ReplCommand.class,
      RunCommand.class,
      TestCommand.class,
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command (see rivet --help)");
  }

  public static void main(String[] args) {
    Terminal.input = System.in;
    System.exit(run(System.out, System.err, args));
  }

  /** Runs the CLI in-process, as tests do: output goes to {@code out} and {@code err}. */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    Terminal.set(out);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    cli.setParameterExceptionHandler((ex, a) -> {
      err.println("rivet: error: " + ex.getMessage());
      return ExitCodes.BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, cmd, parsed) -> Errors.report(ex, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"rivet " + (v == null ? "0.1.0-dev" : v)};
    }
  }
}
