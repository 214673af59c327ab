namespace MmpTyped.Cli.Commands;

/// <summary><c>mmptyped roundtrip --schema &lt;id&gt; &lt;file|-&gt;</c>: parses the message and writes it back as compact JSON (one line).</summary>
internal static class RoundtripCommand
{
    public const string Usage = "roundtrip " + MessageInput.Arguments;

    public static int Run(string[] args, CliStreams io)
    {
        var status = MessageInput.Read("roundtrip", args, io, out var message);
        if (message is null)
            return status;

        io.Stdout.WriteLine(MmpJson.Serialize(message));
        return ExitCodes.Ok;
    }
}
