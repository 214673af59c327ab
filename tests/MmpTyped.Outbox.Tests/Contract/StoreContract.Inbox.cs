using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Tests.Contract;

public abstract partial class StoreContract
{
    private static InboxMessage Received(string body, string method = "POST", string? parseError = null) => new()
    {
        Body = Encoding.UTF8.GetBytes(body),
        Method = method,
        ReceivedAt = Start,
        Version = parseError is null ? "appsflyer.push.v2" : null,
        ParseError = parseError,
    };

    [SkippableFact]
    public async Task The_same_message_twice_is_stored_once_and_read_back_as_received()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var first = await store.Inbox.InsertAsync(Received("""{"event_name":"af_purchase"}"""));
        var again = await store.Inbox.InsertAsync(Received("""{"event_name":"af_purchase"}"""));
        var byGet = await store.Inbox.InsertAsync(Received("event_name=af_purchase", "get"));
        var other = await store.Inbox.InsertAsync(Received("""{"event_name":"af_login"}"""));

        Assert.True(first.Inserted);
        Assert.Equal(new InboxInsertResult(first.Id, Inserted: false), again);
        Assert.True(byGet.Inserted);
        Assert.True(other.Inserted);
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_inbox"));

        await using var reader = database.Open(Clock);
        var row = (await reader.Inbox.GetAsync(first.Id))!;
        Assert.Equal("""{"event_name":"af_purchase"}""", Encoding.UTF8.GetString(row.Body.Span));
        Assert.Equal(("POST", Start, "appsflyer.push.v2", InboxState.Pending, 0), (row.Method, row.ReceivedAt, row.Version!, row.State, row.Attempts));
        Assert.Equal(Received("""{"event_name":"af_purchase"}""").ComputeContentHash(), row.ContentHash.ToArray());
        Assert.Equal("GET", (await reader.Inbox.GetAsync(byGet.Id))!.Method);
        Assert.Equal([first.Id, byGet.Id, other.Id], (await reader.Inbox.ListAsync(0, 10)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task A_message_that_did_not_parse_is_kept_quarantined_and_never_leased()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var bad = await store.Inbox.InsertAsync(Received("{not json", parseError: "'n' is an invalid start of a property name at byte 1"));
        var good = await store.Inbox.InsertAsync(Received("""{"event_name":"install"}"""));

        var row = (await store.Inbox.GetAsync(bad.Id))!;
        Assert.Equal((InboxState.Quarantined, "'n' is an invalid start of a property name at byte 1"), (row.State, row.ParseError!));
        var leased = Assert.Single(await store.Inbox.LeaseAsync("worker", 10, Minute));
        Assert.Equal(good.Id, leased.Id);
        var stats = await store.Inbox.GetStatsAsync();
        Assert.Equal(new[] { (InboxState.Leased, 1L), (InboxState.Quarantined, 1L) }, stats.Counts.Select(c => (c.Key, c.Value)));
    }

    [SkippableFact]
    public async Task Inbox_rows_are_leased_handled_retried_and_dead_lettered_like_outbox_rows()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var ids = (await Task.WhenAll(Enumerable.Range(1, 3).Select(n => store.Inbox.InsertAsync(Received($$"""{"n":{{n}}}""")))))
            .Select(r => r.Id).Order().ToArray();

        Assert.Equal(3, (await store.Inbox.LeaseAsync("w", 10, Minute)).Count);
        Assert.Empty(await store.Inbox.RecordAsync("w",
        [
            LeaseOutcome.Completed(ids[0], "handled"),
            LeaseOutcome.Rescheduled(ids[1], Start.AddMinutes(2), "handler-failed", "InvalidOperationException: db down"),
            LeaseOutcome.DeadLettered(ids[2], "handler-failed", "gave up after 10 attempts"),
        ]));
        Assert.Equal(InboxState.Handled, (await store.Inbox.GetAsync(ids[0]))!.State);
        Assert.Equal(InboxState.Dead, (await store.Inbox.GetAsync(ids[2]))!.State);

        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await store.Inbox.DeleteHandledAsync(Clock.GetUtcNow(), 10));
        Assert.Null(await store.Inbox.GetAsync(ids[0]));
        Assert.Empty(await store.Inbox.LeaseAsync("w", 10, Minute));
        Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal([ids[1]], (await store.Inbox.LeaseAsync("w", 10, Minute)).Select(r => r.Id));
        Assert.Equal(1, await store.Inbox.ReleaseAsync("w", null));
        Assert.True(await store.Inbox.RetryDeadAsync(ids[2]));
        Assert.Equal([ids[1], ids[2]], (await store.Inbox.LeaseAsync("w2", 10, Minute)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task State_values_are_kept_across_stores_and_expire()
    {
        await using var database = NewDatabase();
        await using (var writer = database.Open(Clock))
        {
            await writer.State.SetAsync("dedup", "a", "first"u8.ToArray(), null);
            await writer.State.SetAsync("dedup", "a", "second"u8.ToArray(), null);
            await writer.State.SetAsync("dedup", "b", "short-lived"u8.ToArray(), Start.AddMinutes(1));
            await writer.State.SetAsync("other", "a", "elsewhere"u8.ToArray(), null);
        }

        await using var store = database.Open(Clock);
        Assert.Equal("second"u8.ToArray(), await store.State.GetAsync("dedup", "a"));
        Assert.Equal(["a", "b"], (await store.State.ListAsync("dedup")).Select(e => e.Key));
        Clock.Advance(Minute);
        Assert.Null(await store.State.GetAsync("dedup", "b"));
        Assert.Equal(["a"], (await store.State.ListAsync("dedup")).Select(e => e.Key));
        Assert.Equal(1, await store.State.DeleteExpiredAsync(100));
        Assert.True(await store.State.RemoveAsync("dedup", "a"));
        Assert.False(await store.State.RemoveAsync("dedup", "a"));
        Assert.Empty(await store.State.ListAsync("dedup"));
        Assert.Equal("elsewhere"u8.ToArray(), await store.State.GetAsync("other", "a"));
    }
}
