using System;
using System.Linq;
using System.Threading.Tasks;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Tests.Stores;

namespace MmpTyped.Outbox.Tests.Dispatch;

/// <summary>The group commit of outcomes, on a real SQLite file: each outcome is durable when its call returns, whoever wrote it.</summary>
public sealed class OutcomeRecorderTests
{
    [Fact]
    public async Task Outcomes_recorded_at_once_are_each_committed_when_their_call_returns()
    {
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        var ids = await store.Outbox.EnqueueAsync(Enumerable.Range(0, 300).Select(Message).ToList());
        var leased = await store.Outbox.LeaseAsync("dispatcher-a", 300, TimeSpan.FromMinutes(1));
        Assert.Equal(300, leased.Count);
        var recorder = new OutcomeRecorder(store.Outbox, "dispatcher-a");

        // More at once than one group holds: every call still returns only once its own outcome is written.
        var recorded = await Task.WhenAll(ids.Select(id => Task.Run(async () =>
        {
            var held = await recorder.RecordAsync(LeaseOutcome.Completed(id));
            return (held, (await store.Outbox.GetAsync(id))!.State); // read on a connection of its own: only what was committed
        }))).WaitAsync(TimeSpan.FromSeconds(60)); // an outcome left behind by a full group would wait forever

        Assert.All(recorded, r => Assert.Equal((true, OutboxState.Delivered), r));
    }

    [Fact]
    public async Task An_outcome_for_a_lease_held_by_another_dispatcher_is_not_written_and_the_others_in_its_group_are()
    {
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        var ids = await store.Outbox.EnqueueAsync([Message(1), Message(2)]);
        Assert.Single(await store.Outbox.LeaseAsync("dispatcher-a", 1, TimeSpan.FromMinutes(1)));
        Assert.Single(await store.Outbox.LeaseAsync("dispatcher-b", 1, TimeSpan.FromMinutes(1)));
        var recorder = new OutcomeRecorder(store.Outbox, "dispatcher-a");

        var results = await Task.WhenAll(recorder.RecordAsync(LeaseOutcome.Completed(ids[0])), recorder.RecordAsync(LeaseOutcome.Completed(ids[1])));

        Assert.Equal([true, false], results);
        Assert.Equal(OutboxState.Delivered, (await store.Outbox.GetAsync(ids[0]))!.State);
        Assert.Equal(OutboxState.Leased, (await store.Outbox.GetAsync(ids[1]))!.State);
    }

    private static OutboxMessage Message(int n) => new()
    {
        SchemaId = "affise.s2s",
        Route = null,
        Body = System.Text.Encoding.UTF8.GetBytes("{\"n\":" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}"),
        IdempotencyKey = "key-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
