namespace MmpTyped.Cli.Commands;

/// <summary><c>mmptyped validate --schema &lt;id&gt; &lt;file|-&gt;</c>: <c>OK</c>, or one <c>CODE PATH MESSAGE</c> line per broken rule.</summary>
internal static class ValidateCommand
{
    public const string Usage = "validate " + MessageInput.Arguments;

    public static int Run(string[] args, CliStreams io)
    {
        var status = MessageInput.Read("validate", args, io, out var message);
        if (message is null)
            return status;

        var result = message.Validate();
        if (result.IsValid)
        {
            io.Stdout.WriteLine("OK");
            return ExitCodes.Ok;
        }
        foreach (var error in result.Errors)
            io.Stdout.WriteLine(CliText.Escape(error.ToString())); // a value's line break must not forge a line
        return ExitCodes.Invalid;
    }
}
