using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmpTyped.Cli.SchemaFiles;
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

    /// <summary>The option naming a schema of the user's own by its file, instead of <c>--schema &lt;id&gt;</c>.</summary>
    public const string SchemaFileOption = "--schema-file";

    /// <summary>How the help names the option.</summary>
    public const string SchemaFileArgument = SchemaFileOption + " <path>";

    private const string SchemaOption = "--schema";
    private const string StdinName = "-";

    /// <summary>
    /// Reads the message the arguments name. On failure writes one line to stderr and returns
    /// <see cref="ExitCodes.Usage"/> or <see cref="ExitCodes.Unreadable"/> with <paramref name="message"/> null.
    /// </summary>
    public static int Read(string command, IReadOnlyList<string> args, CliStreams io, out IMmpEvent? message)
    {
        message = null;
        if (ParseArguments(args) is not (string schemaOption, string schemaValue, string file))
            return UsageError(command, Explain(args), io);
        MmpSchemaInfo? schema;
        if (schemaOption == SchemaFileOption)
        {
            var status = SchemaFileInput.Load(command, schemaValue, io, out schema);
            if (schema is null)
                return status;
        }
        else if (!MmpSchemaCatalog.TryGet(schemaValue, out schema))
        {
            return UsageError(command, $"unknown schema '{schemaValue}' (known ids: {KnownIds})", io);
        }

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

    private static (string SchemaOption, string SchemaValue, string File)? ParseArguments(IReadOnlyList<string> args) =>
        args switch
        {
            [SchemaOption or SchemaFileOption, var value, var file] when IsFile(value) && IsFile(file) => (args[0], value, file),
            [var file, SchemaOption or SchemaFileOption, var value] when IsFile(value) && IsFile(file) => (args[1], value, file),
            _ => null,
        };

    /// <summary>Why <see cref="ParseArguments"/> refused the arguments, naming the first thing wrong.</summary>
    private static string Explain(IReadOnlyList<string> args)
    {
        var schemaAt = IndexOf(args, SchemaOption);
        var schemaFileAt = IndexOf(args, SchemaFileOption);
        if (schemaAt < 0 && schemaFileAt < 0)
            return $"missing --schema <id> (known ids: {KnownIds}) or {SchemaFileArgument}";
        if (schemaAt >= 0 && schemaFileAt >= 0)
            return $"--schema and {SchemaFileOption} given together (one schema only)";
        var option = schemaAt >= 0 ? SchemaOption : SchemaFileOption;
        var optionAt = Math.Max(schemaAt, schemaFileAt);
        if (args.Count(a => a == option) > 1)
            return $"{option} given more than once";
        if (optionAt == args.Count - 1 || !IsFile(args[optionAt + 1]))
        {
            return option == SchemaOption
                ? $"missing the schema id after --schema (known ids: {KnownIds})"
                : $"missing the schema file after {SchemaFileOption}";
        }
        // An empty argument ("" from an unset shell variable) names no file.
        var rest = args.Where((a, i) => i != optionAt && i != optionAt + 1 && a.Length > 0).ToList();
        if (rest.Count == 0)
            return "missing the input file (a path, or - for standard input)";
        var unknown = rest.FirstOrDefault(a => !IsFile(a));
        return unknown is not null
            ? $"unknown option '{unknown}'"
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

    internal static int UsageError(string command, string problem, CliStreams io)
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
    internal static byte[]? ReadAtMost(Stream stream, int limit)
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
