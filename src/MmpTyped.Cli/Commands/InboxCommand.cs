using MmpTyped.Outbox;

namespace MmpTyped.Cli.Commands;

/// <summary><c>mmptyped inbox stats --store STORE</c>: the received messages counted by state, as one JSON object.</summary>
internal static class InboxCommand
{
    public const string StatsUsage = "inbox stats " + StoreArguments.Store;

    public static int Run(string[] args, CliStreams io)
    {
        if (args is not ["stats", ..])
        {
            io.Problem($"inbox: unknown subcommand '{string.Join(' ', args)}' (stats).");
            return ExitCodes.Usage;
        }
        var store = StoreArguments.Open("inbox stats", args[1..], io, out var rest, out var status);
        if (store is null)
            return status;
        try
        {
            if (rest.Count > 0)
            {
                io.Problem($"inbox stats: unexpected '{string.Join(' ', rest)}'");
                return ExitCodes.Usage;
            }
            var stats = store.Inbox.GetStatsAsync().GetAwaiter().GetResult();
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
            return ExitCodes.Ok;
        }
        catch (MessageStoreException e)
        {
            io.Problem($"inbox stats: {e.Message}");
            return ExitCodes.Unreadable;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
