using System;
using System.Text;
using System.Text.Json;
using MmpTyped.AspNetCore;
using MmpTyped.Outbox;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped inbox stats --store STORE</c>: the received messages counted by state, as one JSON object.
/// <c>mmptyped inbox list --store STORE</c>: one JSON object per stored message, oldest first.
/// </summary>
internal static class InboxCommand
{
    public const string StatsUsage = "inbox stats " + StoreArguments.Store;
    public const string ListUsage = "inbox list " + StoreArguments.Store;

    private const int PageSize = 500;

    public static int Run(string[] args, CliStreams io)
    {
        if (args is not ([("stats" or "list"), ..]))
        {
            io.Problem($"inbox: unknown subcommand '{string.Join(' ', args)}' (stats, list).");
            return ExitCodes.Usage;
        }
        var command = "inbox " + args[0];
        var store = StoreArguments.Open(command, args[1..], io, out var rest, out var status);
        if (store is null)
            return status;
        try
        {
            if (rest.Count > 0)
            {
                io.Problem($"{command}: unexpected '{string.Join(' ', rest)}'");
                return ExitCodes.Usage;
            }
            if (args[0] == "list")
                WriteList(store.Inbox, io);
            else
                WriteStats(store.Inbox, io);
            return ExitCodes.Ok;
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

    private static void WriteStats(IInboxStore inbox, CliStreams io)
    {
        var stats = inbox.GetStatsAsync().GetAwaiter().GetResult();
        Json.WriteLine(io.Stdout, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject("counts");
            foreach (var (state, count) in stats.Counts)
                writer.WriteNumber(Json.Name(state), count);
            writer.WriteEndObject();
            writer.WriteNumber("due", stats.DueCount);
            Json.WriteTime(writer, "oldestDueAt", stats.OldestDueAt);
            writer.WriteEndObject();
        });
    }

    // Paged by id, so a large inbox is never read into memory at once.
    private static void WriteList(IInboxStore inbox, CliStreams io)
    {
        var after = 0L;
        while (true)
        {
            var rows = inbox.ListAsync(after, PageSize).GetAwaiter().GetResult();
            foreach (var row in rows)
                Json.WriteLine(io.Stdout, writer => WriteRow(writer, row));
            if (rows.Count < PageSize)
                return;
            after = rows[^1].Id;
        }
    }

    private static void WriteRow(Utf8JsonWriter writer, InboxRow row)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", row.Id);
        Json.WriteTime(writer, "receivedAt", row.ReceivedAt);
        writer.WriteString("method", row.Method);
        writer.WriteString("version", row.Version);
        writer.WriteString("state", Json.Name(row.State));
        writer.WriteString("parseError", row.ParseError);
        writer.WritePropertyName("message");
        WriteMessage(writer, row);
        writer.WriteEndObject();
    }

    /// <summary>The message as received: its JSON object (POST), its query values as an object (GET), or the raw text when it did not parse.</summary>
    private static void WriteMessage(Utf8JsonWriter writer, InboxRow row)
    {
        if (row.State != InboxState.Quarantined)
        {
            try
            {
                using var document = JsonDocument.Parse(AppsFlyerPushBody.ToJson(row.Method, row.Body.Span));
                document.RootElement.WriteTo(writer);
                return;
            }
            catch (JsonException)
            {
                // Not JSON after all: shown as text below.
            }
        }
        writer.WriteStringValue(Encoding.UTF8.GetString(row.Body.Span));
    }
}
