using System;
using System.IO;
using System.Text;
using MmpTyped.Cli.Commands;

namespace MmpTyped.Cli;

/// <summary>
/// The <c>mmptyped</c> command line: <c>schemas</c>, <c>validate</c>, <c>roundtrip</c>, <c>send</c>, <c>sandbox</c>
/// (and <c>sandbox push</c>), <c>outbox</c> (<c>enqueue</c>, <c>run</c>, <c>resume</c>, <c>stats</c>, <c>dead</c>,
/// <c>retry</c>), <c>inbox</c> (<c>stats</c>, <c>list</c>) and <c>receive</c>; <see cref="Usage"/> says what each does.
/// </summary>
internal static class Program
{
    private const string Usage = $"""
        usage: mmptyped <command>

        commands:
          schemas                           list the built-in schemas with their endpoints, authentication and limits
          {ValidateCommand.Usage}   print OK, or one CODE PATH MESSAGE line per broken rule;
                                            exit 0 valid, 1 invalid, 2 unreadable input or bad usage
          {RoundtripCommand.Usage}  parse the message and write it back as compact JSON (one line)
            {MessageInput.SchemaFileArgument}            instead of --schema, for validate and roundtrip: a schema of your own,
                                            named <x-mmp-id>.schema.json, compiled by the generator as a build does;
                                            its errors print as path(line,column): error MMP1xx: message, exit 2
          {SendCommand.Usage}
                                            send it to the vendor (settings: --config JSON, MmpTyped__* variables) and print
                                            its outcome; exit 0 delivered, 1 refused or rejected, 2 unreadable or configuration, 3 gave up
          {SandboxCommand.Usage}     run the vendor sandbox (AppsFlyer, Airbridge, Affise) until Ctrl+C;
                                            first line: the address it listens on
          {SandboxPushCommand.Usage}
                                            send each AppsFlyer Push API message once; one status line each
          {OutboxEnqueueCommand.Usage}
                                            validate, prepare and store the payloads (one transaction); exit 1 refused, nothing stored
          {OutboxRunCommand.Usage}   run the dispatcher until Ctrl+C or SIGTERM; first line says it runs
          {OutboxCommand.ResumeUsage}  send a route paused after a 401/403 again
          {OutboxCommand.StatsUsage}        outbox rows by vendor and state, the oldest due, paused routes (JSON)
          {OutboxCommand.DeadUsage}         one JSON line per dead-lettered row, with its reason
          {OutboxCommand.RetryUsage}   make a dead row due again; exit 1 when no dead row has that id
          {InboxCommand.StatsUsage}         received messages by state (JSON)
          {InboxCommand.ListUsage}          one JSON line per received message, with the message as received
          {ReceiveCommand.Usage}
                                            receive AppsFlyer Push API messages until Ctrl+C, each stored
                                            before it is answered; first line: the address it listens on

        A <file> of - reads standard input. STORE is sqlite:PATH or postgresql:CONNECTION-STRING.
        """;

    internal static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var stdin = Console.OpenStandardInput();
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var io = new CliStreams(stdin, stdout, stderr);
        try
        {
            return Run(args, io);
        }
        catch (Exception e)
        {
            // A fault of the tool itself, never a stack trace: one line, and the exit code of unreadable input.
            io.Problem($"internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    internal static int Run(string[] args, CliStreams io)
    {
        switch (args)
        {
            case ["schemas"]:
                return SchemasCommand.Run(io.Stdout);
            case ["validate", .. var rest]:
                return ValidateCommand.Run(rest, io);
            case ["roundtrip", .. var rest]:
                return RoundtripCommand.Run(rest, io);
            case ["send", .. var rest]:
                return SendCommand.Run(rest, io);
            case ["sandbox", "push", .. var rest]:
                return SandboxPushCommand.Run(rest, io);
            case ["sandbox", .. var rest]:
                return SandboxCommand.Run(rest, io);
            case ["outbox", .. var rest]:
                return OutboxCommand.Run(rest, io);
            case ["receive", .. var rest]:
                return ReceiveCommand.Run(rest, io);
            case ["inbox", .. var rest]:
                return InboxCommand.Run(rest, io);
            case [] or ["-h" or "--help" or "help"]:
                io.Stdout.WriteLine(Usage);
                return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
            default:
                io.Stderr.WriteLine($"mmptyped: unknown command '{string.Join(' ', args)}'.");
                io.Stderr.WriteLine(Usage);
                return ExitCodes.Usage;
        }
    }
}
