using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Tests.Contract;

public abstract partial class StoreContract
{
    [SkippableFact]
    public async Task Two_leasers_never_get_the_same_row()
    {
        await using var database = NewDatabase();
        await using var a = database.Open(Clock);
        await using var b = database.Open(Clock);
        await a.Outbox.EnqueueAsync([.. Enumerable.Range(1, 10).Select(n => Message(n))]);

        var first = await a.Outbox.LeaseAsync("a", 6, Minute);
        var second = await b.Outbox.LeaseAsync("b", 10, Minute);

        Assert.Equal(6, first.Count);
        Assert.Equal(4, second.Count);
        Assert.Empty(first.Select(r => r.Id).Intersect(second.Select(r => r.Id)));
        Assert.All(first, row => Assert.Equal((OutboxState.Leased, "a", 1, Start + Minute), (row.State, row.LeaseOwner, row.Attempts, row.LeaseExpiresAt)));
        Assert.Equal(first.Select(r => r.Id).Order(), first.Select(r => r.Id));
        Assert.Empty(await b.Outbox.LeaseAsync("b", 10, Minute));
    }

    [SkippableFact]
    public async Task An_expired_lease_makes_the_row_due_again_and_its_old_holder_can_no_longer_record()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var id = await store.Outbox.EnqueueAsync(Message(1));
        Assert.Single(await store.Outbox.LeaseAsync("crashed", 5, Minute));

        Clock.Advance(Minute - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await store.Outbox.LeaseAsync("next", 5, Minute));
        Clock.Advance(TimeSpan.FromMilliseconds(1));
        var again = Assert.Single(await store.Outbox.LeaseAsync("next", 5, Minute));
        Assert.Equal((id, "next", 2), (again.Id, again.LeaseOwner, again.Attempts));

        var lost = await store.Outbox.RecordAsync("crashed", [LeaseOutcome.Completed(id)]);
        Assert.Equal([id], lost);
        Assert.Equal(OutboxState.Leased, (await store.Outbox.GetAsync(id))!.State);
        Assert.True(await store.Outbox.RecordAsync("next", LeaseOutcome.Completed(id)));
        Assert.Equal(OutboxState.Delivered, (await store.Outbox.GetAsync(id))!.State);
    }

    [SkippableFact]
    public async Task A_renewed_lease_is_not_taken_when_the_first_term_ends()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var id = await store.Outbox.EnqueueAsync(Message(1));
        await store.Outbox.EnqueueAsync(Message(2));
        await store.Outbox.LeaseAsync("a", 2, Minute);

        Assert.Equal(1, await store.Outbox.RenewLeaseAsync("a", [id], TimeSpan.FromMinutes(10)));
        Assert.Equal(0, await store.Outbox.RenewLeaseAsync("b", [id], TimeSpan.FromMinutes(10)));
        Clock.Advance(TimeSpan.FromMinutes(2));
        var taken = Assert.Single(await store.Outbox.LeaseAsync("b", 5, Minute));
        Assert.NotEqual(id, taken.Id);
    }

    [SkippableFact]
    public async Task Outcomes_deliver_reschedule_and_dead_letter_with_their_reasons()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var ids = await store.Outbox.EnqueueAsync([Message(1), Message(2), Message(3)]);
        await store.Outbox.LeaseAsync("a", 3, Minute);
        Clock.Advance(TimeSpan.FromSeconds(1));

        var retryAt = Clock.GetUtcNow().AddMinutes(5);
        var lost = await store.Outbox.RecordAsync("a",
        [
            LeaseOutcome.Completed(ids[0]),
            LeaseOutcome.Rescheduled(ids[1], retryAt, "throttled", "429 with Retry-After 300"),
            LeaseOutcome.DeadLettered(ids[2], "rejected", "400: eventTime is not a valid date"),
        ]);
        Assert.Empty(lost);

        var delivered = (await store.Outbox.GetAsync(ids[0]))!;
        Assert.Equal((OutboxState.Delivered, Clock.GetUtcNow(), "delivered", (string?)null), (delivered.State, delivered.CompletedAt!.Value, delivered.LastOutcome!, delivered.LeaseOwner));
        var rescheduled = (await store.Outbox.GetAsync(ids[1]))!;
        Assert.Equal((OutboxState.Pending, retryAt, "throttled", "429 with Retry-After 300", (DateTimeOffset?)null),
            (rescheduled.State, rescheduled.NextAttemptAt, rescheduled.LastOutcome!, rescheduled.LastReason!, rescheduled.CompletedAt));
        var dead = (await store.Outbox.GetAsync(ids[2]))!;
        Assert.Equal((OutboxState.Dead, "rejected", "400: eventTime is not a valid date"), (dead.State, dead.LastOutcome!, dead.LastReason!));

        Assert.Empty(await store.Outbox.LeaseAsync("a", 10, Minute));
        Clock.Advance(TimeSpan.FromMinutes(5));
        var due = Assert.Single(await store.Outbox.LeaseAsync("a", 10, Minute));
        Assert.Equal((ids[1], 2), (due.Id, due.Attempts));
    }

    [SkippableFact]
    public async Task A_long_reason_is_cut_and_an_outcome_without_its_fields_is_refused()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var id = await store.Outbox.EnqueueAsync(Message(1));
        await store.Outbox.LeaseAsync("a", 1, Minute);

        await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.RecordAsync("a", [new LeaseOutcome(id, LeaseOutcomeKind.Rescheduled, "transient")]));
        await Assert.ThrowsAsync<ArgumentException>(() => store.Outbox.RecordAsync("a", [new LeaseOutcome(id, LeaseOutcomeKind.Completed, " ")]));
        Assert.Empty(await store.Outbox.RecordAsync("a", [LeaseOutcome.DeadLettered(id, "rejected", new string('x', 5000))]));
        Assert.Equal(LeaseOutcome.MaxReasonLength, (await store.Outbox.GetAsync(id))!.LastReason!.Length);
    }

    [SkippableFact]
    public async Task Dead_rows_are_listed_and_a_retried_one_is_due_at_once_with_its_attempts_reset()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var ids = await store.Outbox.EnqueueAsync([.. Enumerable.Range(1, 4).Select(n => Message(n))]);
        await store.Outbox.LeaseAsync("a", 4, Minute);
        await store.Outbox.RecordAsync("a", [.. ids.Take(3).Select(id => LeaseOutcome.DeadLettered(id, "rejected", "bad")), LeaseOutcome.Completed(ids[3])]);

        Assert.Equal(ids.Take(3), (await store.Outbox.ListDeadAsync(0, 10)).Select(r => r.Id));
        Assert.Equal([ids[2]], (await store.Outbox.ListDeadAsync(ids[1], 10)).Select(r => r.Id));
        Assert.Equal(ids.Take(2), (await store.Outbox.ListDeadAsync(0, 2)).Select(r => r.Id));

        Assert.True(await store.Outbox.RetryDeadAsync(ids[1]));
        Assert.False(await store.Outbox.RetryDeadAsync(ids[1]));
        Assert.False(await store.Outbox.RetryDeadAsync(ids[3]));
        Assert.False(await store.Outbox.RetryDeadAsync(ids.Max() + 100));
        var retried = Assert.Single(await store.Outbox.LeaseAsync("b", 10, Minute));
        Assert.Equal((ids[1], 1), (retried.Id, retried.Attempts));
    }

    [SkippableFact]
    public async Task Released_rows_are_due_at_once_without_counting_the_attempt()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var ids = await store.Outbox.EnqueueAsync([Message(1), Message(2), Message(3)]);
        await store.Outbox.LeaseAsync("a", 3, Minute);

        Assert.Equal(0, await store.Outbox.ReleaseAsync("b", null));
        Assert.Equal(1, await store.Outbox.ReleaseAsync("a", [ids[0]]));
        var again = Assert.Single(await store.Outbox.LeaseAsync("b", 10, Minute));
        Assert.Equal((ids[0], 1), (again.Id, again.Attempts));
        Assert.Equal(2, await store.Outbox.ReleaseAsync("a", null));
        Assert.All(await Task.WhenAll(ids.Skip(1).Select(id => store.Outbox.GetAsync(id))),
            row => Assert.Equal((OutboxState.Pending, 0, (string?)null), (row!.State, row.Attempts, row.LeaseOwner)));
    }

    [SkippableFact]
    public async Task A_paused_route_is_not_leased_until_it_is_resumed()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        await store.Outbox.EnqueueAsync([Message(1, "shop", "airbridge.app"), Message(2, "id1"), Message(3, "shop", "airbridge.app")]);
        await store.Outbox.PauseRouteAsync("airbridge", "shop", "401: the API token was refused");

        var leased = Assert.Single(await store.Outbox.LeaseAsync("a", 10, Minute));
        Assert.Equal("appsflyer", leased.Vendor);
        var paused = Assert.Single((await store.Outbox.GetStatsAsync()).PausedRoutes);
        Assert.Equal(("airbridge", "shop", "401: the API token was refused", Start), (paused.Vendor, paused.Route, paused.Reason, paused.PausedAt));

        Assert.True(await store.Outbox.ResumeRouteAsync("airbridge", "shop"));
        Assert.False(await store.Outbox.ResumeRouteAsync("airbridge", "shop"));
        Assert.Equal(2, (await store.Outbox.LeaseAsync("a", 10, Minute)).Count);
        Assert.Empty((await store.Outbox.GetStatsAsync()).PausedRoutes);
    }

    [SkippableFact]
    public async Task Retention_deletes_only_old_delivered_rows_in_bounded_batches()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var old = await store.Outbox.EnqueueAsync([.. Enumerable.Range(1, 5).Select(n => Message(n))]);
        await store.Outbox.LeaseAsync("a", 5, Minute);
        await store.Outbox.RecordAsync("a", [.. old.Select(id => LeaseOutcome.Completed(id))]);
        Clock.Advance(TimeSpan.FromHours(1));
        var recent = await store.Outbox.EnqueueAsync([Message(6), Message(7), Message(8)]);
        await store.Outbox.LeaseAsync("a", 3, Minute);
        await store.Outbox.RecordAsync("a", [LeaseOutcome.Completed(recent[0]), LeaseOutcome.DeadLettered(recent[1], "rejected", "bad")]);

        var cutoff = Start.AddMinutes(30);
        Assert.Equal(3, await store.Outbox.DeleteDeliveredAsync(cutoff, 3));
        Assert.Equal(2, await store.Outbox.DeleteDeliveredAsync(cutoff, 3));
        Assert.Equal(0, await store.Outbox.DeleteDeliveredAsync(cutoff, 3));
        Assert.All(old, id => Assert.Null(store.Outbox.GetAsync(id).Result));
        Assert.All(recent, id => Assert.NotNull(store.Outbox.GetAsync(id).Result));
    }

    [SkippableFact]
    public async Task Stats_count_by_vendor_and_state_and_tell_the_oldest_due()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(Clock);
        var empty = await store.Outbox.GetStatsAsync();
        Assert.Equal((0, 0L, (DateTimeOffset?)null), (empty.Counts.Count, empty.DueCount, empty.OldestDueAt));

        var ids = await store.Outbox.EnqueueAsync([Message(1), Message(2), Message(3, "shop", "airbridge.app")]);
        Clock.Advance(Minute);
        await store.Outbox.EnqueueAsync([Message(4, "shop", "airbridge.app") with { NotBefore = Start.AddHours(1) }]);
        await store.Outbox.LeaseAsync("a", 1, Minute);
        await store.Outbox.RecordAsync("a", [LeaseOutcome.DeadLettered(ids[0], "rejected", "bad")]);

        var stats = await store.Outbox.GetStatsAsync();
        Assert.Equal(
            [new("airbridge", OutboxState.Pending, 2), new("appsflyer", OutboxState.Pending, 1), new OutboxCount("appsflyer", OutboxState.Dead, 1)],
            stats.Counts);
        Assert.Equal((2L, (DateTimeOffset?)Start), (stats.DueCount, stats.OldestDueAt));
    }

    [SkippableFact]
    public async Task Stores_leasing_in_parallel_each_get_distinct_rows_and_together_all_of_them()
    {
        const int Rows = 300;
        const int Leasers = 4;
        await using var database = NewDatabase();
        await using (var setup = database.Open(Clock))
        {
            for (var start = 0; start < Rows; start += 100)
                await setup.Outbox.EnqueueAsync([.. Enumerable.Range(start, 100).Select(n => Message(n))]);
        }

        var stores = Enumerable.Range(0, Leasers).Select(_ => database.Open(Clock)).ToArray();
        try
        {
            var leased = await Task.WhenAll(stores.Select((store, i) => Task.Run(async () =>
            {
                var mine = new List<long>();
                // Bounded: 300 rows in batches of 7 need at most 43 rounds for one leaser alone.
                for (var round = 0; round < 200; round++)
                {
                    var batch = await store.Outbox.LeaseAsync($"leaser-{i}", 7, TimeSpan.FromHours(1));
                    if (batch.Count == 0)
                        break;
                    mine.AddRange(batch.Select(r => r.Id));
                }
                return mine;
            })));

            var all = leased.SelectMany(ids => ids).ToList();
            Assert.Equal(Rows, all.Count);
            Assert.Equal(Rows, all.Distinct().Count());
            Assert.Equal(Rows, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox WHERE state = 'leased' AND attempts = 1"));
        }
        finally
        {
            foreach (var store in stores)
                await store.DisposeAsync();
        }
    }
}
