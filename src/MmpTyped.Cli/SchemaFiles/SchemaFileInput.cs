using System;
using System.IO;
using MmpTyped.Cli.Commands;
using MmpTyped.Schemas;

namespace MmpTyped.Cli.SchemaFiles;

/// <summary>
/// <c>--schema-file &lt;path&gt;</c>: reads a schema of the user's own and compiles it as a build would. A
/// file that cannot be read is one line on stderr; a schema with errors prints the generator's
/// diagnostics, one <c>path(line,column): error MMP1xx: message</c> line each, as a build does. Both exit 2.
/// </summary>
internal static class SchemaFileInput
{
    public static int Load(string command, string path, CliStreams io, out MmpSchemaInfo? schema)
    {
        schema = null;
        if (!Path.GetFileName(path).EndsWith(SchemaFileCompiler.Suffix, StringComparison.OrdinalIgnoreCase)
            || Path.GetFileName(path).Length == SchemaFileCompiler.Suffix.Length)
        {
            return MessageInput.UsageError(command,
                $"the schema file must be named <x-mmp-id>{SchemaFileCompiler.Suffix}, as in a project (it is '{path}')", io);
        }
        if (Directory.Exists(path))
        {
            io.Problem($"{path}: cannot read the schema file: it is a directory");
            return ExitCodes.Unreadable;
        }

        string text;
        try
        {
            using var stream = File.OpenRead(path);
            if (MessageInput.ReadAtMost(stream, MessageInput.MaxInputBytes) is not { } bytes)
            {
                io.Problem($"{path}: the schema file is larger than {MessageInput.MaxInputBytes / (1024 * 1024)} MiB, the most this tool reads");
                return ExitCodes.Unreadable;
            }
            // As the compiler reads an AdditionalFile: UTF-8 unless a byte order mark says otherwise.
            using var reader = new StreamReader(new MemoryStream(bytes), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return MessageInput.UsageError(command, $"schema file not found: '{path}'", io);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Problem($"{path}: cannot read the schema file: {e.Message}");
            return ExitCodes.Unreadable;
        }

        schema = SchemaFileCompiler.Compile(path, text, out var errors);
        foreach (var error in errors)
            io.Stderr.WriteLine(CliText.Escape(error)); // a schema's text inside a message must not forge a line
        return schema is null ? ExitCodes.Unreadable : ExitCodes.Ok;
    }
}
