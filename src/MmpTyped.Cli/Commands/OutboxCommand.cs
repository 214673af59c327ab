using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using MmpTyped.Outbox;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped outbox stats|dead|retry --store STORE</c>: the outbox seen and repaired from a shell. Output is
/// JSON (one object for <c>stats</c>, one object per line for <c>dead</c>), for people and scripts alike.
/// </summary>
internal static class OutboxCommand
{
    public const string StatsUsage = "outbox stats " + StoreArguments.Store;
    public const string DeadUsage = "outbox dead " + StoreArguments.Store;
    public const string RetryUsage = "outbox retry " + StoreArguments.Store + " <id>";
    public const string ResumeUsage = "outbox resume " + StoreArguments.Store + " <vendor> [<route>]";

    /// <summary>The most dead rows <c>dead</c> reads per round trip.</summary>
    private const int Page = 500;

    public static int Run(string[] args, CliStreams io)
    {
        if (args is not ["stats" or "dead" or "retry" or "resume" or "enqueue" or "run", ..])
        {
            io.Problem($"outbox: unknown subcommand '{string.Join(' ', args)}' (enqueue, run, stats, dead, retry, resume).");
            return ExitCodes.Usage;
        }
        var command = "outbox " + args[0];
        var store = StoreArguments.Open(command, args[1..], io, out var rest, out var status);
        if (store is null)
            return status;
        try
        {
            return args[0] switch
            {
                "stats" when rest.Count == 0 => Stats(store, io),
                "dead" when rest.Count == 0 => Dead(store, io),
                "retry" when rest is [var id] => Retry(store, id, io),
                "resume" when rest is [var vendor] => Resume(store, vendor, null, io),
                "resume" when rest is [var vendor, var route] => Resume(store, vendor, route, io),
                "enqueue" => OutboxEnqueueCommand.Run(store, rest, io),
                "run" => OutboxRunCommand.Run(store, StoreKindOf(args), rest, io),
                _ => Usage(command, rest.Count == 0 ? "missing the row id" : $"unexpected '{string.Join(' ', rest)}'", io),
            };
        }
        catch (MessageStoreException e)
        {
            io.Problem($"{command}: {e.Message}");
            return ExitCodes.Unreadable;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int Stats(IMessageStore store, CliStreams io)
    {
        var stats = store.Outbox.GetStatsAsync().GetAwaiter().GetResult();
        Json.WriteLine(io.Stdout, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("counts");
            foreach (var count in stats.Counts)
            {
                writer.WriteStartObject();
                writer.WriteString("vendor", count.Vendor);
                writer.WriteString("state", Json.Name(count.State));
                writer.WriteNumber("count", count.Count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("due", stats.DueCount);
            Json.WriteTime(writer, "oldestDueAt", stats.OldestDueAt);
            writer.WriteStartArray("pausedRoutes");
            foreach (var paused in stats.PausedRoutes)
            {
                writer.WriteStartObject();
                writer.WriteString("vendor", paused.Vendor);
                writer.WriteString("route", paused.Route);
                writer.WriteString("reason", paused.Reason);
                Json.WriteTime(writer, "pausedAt", paused.PausedAt);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return ExitCodes.Ok;
    }

    private static int Dead(IMessageStore store, CliStreams io)
    {
        long after = 0;
        while (true)
        {
            var rows = store.Outbox.ListDeadAsync(after, Page).GetAwaiter().GetResult();
            foreach (var row in rows)
            {
                Json.WriteLine(io.Stdout, writer =>
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("id", row.Id);
                    writer.WriteString("vendor", row.Vendor);
                    writer.WriteString("schemaId", row.SchemaId);
                    writer.WriteString("route", row.Route);
                    writer.WriteNumber("attempts", row.Attempts);
                    Json.WriteTime(writer, "createdAt", row.CreatedAt);
                    Json.WriteTime(writer, "deadline", row.Deadline);
                    Json.WriteTime(writer, "deadAt", row.CompletedAt);
                    writer.WriteString("outcome", row.LastOutcome);
                    writer.WriteString("reason", row.LastReason);
                    writer.WriteString("idempotencyKey", row.IdempotencyKey);
                    writer.WriteString("body", Encoding.UTF8.GetString(row.Body.Span));
                    writer.WriteEndObject();
                });
                after = row.Id;
            }
            if (rows.Count < Page)
                return ExitCodes.Ok;
        }
    }

    private static int Retry(IMessageStore store, string id, CliStreams io)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId))
            return Usage("outbox retry", $"'{id}' is not a row id (a positive whole number)", io);
        if (!store.Outbox.RetryDeadAsync(rowId).GetAwaiter().GetResult())
        {
            io.Problem($"outbox retry: no dead row has the id {rowId}.");
            return ExitCodes.Invalid;
        }
        io.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retried {rowId}: pending, due now"));
        return ExitCodes.Ok;
    }

    private static int Resume(IMessageStore store, string vendor, string? route, CliStreams io)
    {
        if (!store.Outbox.ResumeRouteAsync(vendor, route).GetAwaiter().GetResult())
        {
            io.Problem($"outbox resume: the route {vendor}/{route} is not paused.");
            return ExitCodes.Invalid;
        }
        io.Stdout.WriteLine($"resumed {vendor}/{route}");
        return ExitCodes.Ok;
    }

    /// <summary>sqlite or postgresql, from the store string (never the rest of it, which may hold a password).</summary>
    private static string StoreKindOf(string[] args)
    {
        var at = Array.IndexOf(args, "--store");
        return at >= 0 && at + 1 < args.Length && args[at + 1].StartsWith("postgresql:", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : "SQLite";
    }

    private static int Usage(string command, string reason, CliStreams io)
    {
        io.Problem($"{command}: {reason}");
        return ExitCodes.Usage;
    }
}
