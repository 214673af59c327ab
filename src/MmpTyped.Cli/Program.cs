using System;
using System.IO;
using MmpTyped.Cli.Commands;

namespace MmpTyped.Cli;

/// <summary>The <c>mmptyped</c> command line: <c>mmptyped schemas</c>.</summary>
internal static class Program
{
    private const string Usage = """
        usage: mmptyped <command>

        commands:
          schemas    list the built-in schemas with their endpoints, authentication and limits
        """;

    internal static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        switch (args)
        {
            case ["schemas"]:
                return SchemasCommand.Run(stdout);
            case [] or ["-h" or "--help" or "help"]:
                stdout.WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            default:
                stderr.WriteLine($"mmptyped: unknown command '{string.Join(' ', args)}'.");
                stderr.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }
}
