using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmpTyped.Schemas;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// What <c>validate</c> and <c>roundtrip</c> share: the arguments <c>--schema &lt;id&gt; &lt;file|-&gt;</c>,
/// reading the input, and parsing it as the schema's record. Every failure is one line on stderr and
/// exit code 2.
/// </summary>
internal static class MessageInput
{
    /// <summary>The arguments both commands take, for usage lines.</summary>
    public const string Arguments = "--schema <id> <file|->";

    private const string StdinName = "-";

    /// <summary>
    /// Reads the message the arguments name. On failure writes one line to stderr and returns
    /// <see cref="ExitCodes.Usage"/> or <see cref="ExitCodes.Unreadable"/> with <paramref name="message"/> null.
    /// </summary>
    public static int Read(string command, IReadOnlyList<string> args, CliStreams io, out IMmpEvent? message)
    {
        message = null;
        if (ParseArguments(args) is not (string schemaId, string file))
            return UsageError(command, Explain(args), io);
        if (!MmpSchemaCatalog.TryGet(schemaId, out var schema))
            return UsageError(command, $"unknown schema '{schemaId}' (known ids: {KnownIds})", io);

        var source = file == StdinName ? "<stdin>" : file;
        if (file != StdinName && Directory.Exists(file))
        {
            io.Problem($"{source}: cannot read the file: it is a directory");
            return ExitCodes.Unreadable;
        }
        byte[]? bytes;
        try
        {
            if (file == StdinName)
            {
                bytes = ReadAtMost(io.Stdin, MaxInputBytes);
            }
            else
            {
                using var stream = File.OpenRead(file);
                bytes = ReadAtMost(stream, MaxInputBytes);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return UsageError(command, $"file not found: '{file}'", io);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Problem($"{source}: cannot read the file: {e.Message}");
            return ExitCodes.Unreadable;
        }

        if (bytes is null)
        {
            io.Problem($"{source}: the input is larger than {MaxInputBytes / (1024 * 1024)} MiB, the most this tool reads (the vendors' messages are a few kilobytes)");
            return ExitCodes.Unreadable;
        }

        try
        {
            message = schema.Parse(bytes);
            return ExitCodes.Ok;
        }
        catch (MmpParseException e)
        {
            io.Problem($"{source}: {e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static string KnownIds => string.Join(", ", MmpSchemaCatalog.All.Select(s => s.Id));

    private static (string SchemaId, string File)? ParseArguments(IReadOnlyList<string> args) =>
        args switch
        {
            ["--schema", var id, var file] when IsFile(file) => (id, file),
            [var file, "--schema", var id] when IsFile(file) => (id, file),
            _ => null,
        };

    /// <summary>Why <see cref="ParseArguments"/> refused the arguments, naming the first thing wrong.</summary>
    private static string Explain(IReadOnlyList<string> args)
    {
        var schemaAt = IndexOf(args, "--schema");
        if (schemaAt < 0)
            return $"missing --schema <id> (known ids: {KnownIds})";
        if (args.Count(a => a == "--schema") > 1)
            return "--schema given more than once";
        if (schemaAt == args.Count - 1)
            return $"missing the schema id after --schema (known ids: {KnownIds})";
        // An empty argument ("" from an unset shell variable) names no file.
        var rest = args.Where((a, i) => i != schemaAt && i != schemaAt + 1 && a.Length > 0).ToList();
        if (rest.Count == 0)
            return "missing the input file (a path, or - for standard input)";
        var option = rest.FirstOrDefault(a => !IsFile(a));
        return option is not null
            ? $"unknown option '{option}'"
            : $"unexpected argument '{rest[1]}' (one input file only)";
    }

    private static int IndexOf(IReadOnlyList<string> args, string value)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == value)
                return i;
        }
        return -1;
    }

    private static bool IsFile(string arg) => arg == StdinName || (arg.Length > 0 && !arg.StartsWith('-'));

    private static int UsageError(string command, string problem, CliStreams io)
    {
        io.Problem($"{command}: {problem}. usage: mmptyped {command} {Arguments}");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// The most input read: far above any real message (AppsFlyer takes 1 KB, a Push API message is a few
    /// KB), and a bound on the memory an endless stream (<c>/dev/zero</c>) or a huge file can take.
    /// </summary>
    public const int MaxInputBytes = 32 * 1024 * 1024;

    /// <summary>The whole stream, or null as soon as it proves longer than <paramref name="limit"/> bytes.</summary>
    private static byte[]? ReadAtMost(Stream stream, int limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (memory.Length + read > limit)
                return null;
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}
