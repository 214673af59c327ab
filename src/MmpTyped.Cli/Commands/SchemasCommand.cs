using System.IO;
using MmpTyped.Schemas;

namespace MmpTyped.Cli.Commands;

/// <summary><c>mmptyped schemas</c>: one line per built-in schema.</summary>
internal static class SchemasCommand
{
    public static int Run(TextWriter stdout)
    {
        foreach (var schema in MmpSchemaCatalog.All)
            stdout.WriteLine(schema);
        return ExitCodes.Ok;
    }
}
