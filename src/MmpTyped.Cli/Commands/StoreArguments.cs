using System;
using System.Collections.Generic;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// The <c>--store STORE</c> argument the outbox and inbox commands share: <c>sqlite:PATH</c> or
/// <c>postgresql:CONNECTION-STRING</c>, opened with its schema checked, or one line on stderr saying why not.
/// </summary>
internal static class StoreArguments
{
    public const string Store = "--store STORE";

    /// <summary>
    /// Takes <c>--store STORE</c> out of <paramref name="args"/> (the rest go to <paramref name="rest"/>) and opens
    /// the store. On failure writes one line to stderr and returns null with the exit code in <paramref name="status"/>.
    /// </summary>
    public static IMessageStore? Open(string command, IReadOnlyList<string> args, CliStreams io, out List<string> rest, out int status)
    {
        rest = [];
        string? store = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--store")
            {
                rest.Add(args[i]);
                continue;
            }
            if (store is not null)
                return Fail(command, "--store given more than once", io, out status);
            if (i == args.Count - 1)
                return Fail(command, "missing the store after --store (sqlite:PATH or postgresql:CONNECTION-STRING)", io, out status);
            store = args[++i];
        }
        if (store is null)
            return Fail(command, "missing --store (sqlite:PATH or postgresql:CONNECTION-STRING)", io, out status);

        IMessageStore? opened = null;
        try
        {
            var location = StoreLocation.Parse(store);
            opened = location.Kind == StoreKind.Sqlite ? SqliteMessageStore.Create(location.Target) : PostgreSqlMessageStore.Create(location.Target);
            opened.InitializeAsync().GetAwaiter().GetResult();
            status = ExitCodes.Ok;
            return opened;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or MessageStoreException)
        {
            opened?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            io.Problem($"{command}: {e.Message}");
            status = ExitCodes.Unreadable;
            return null;
        }
    }

    private static IMessageStore? Fail(string command, string reason, CliStreams io, out int status)
    {
        io.Problem($"{command}: {reason}");
        status = ExitCodes.Usage;
        return null;
    }
}
