using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Tests.Stores;
using MmpTyped.Sandbox;

namespace MmpTyped.Outbox.Tests.Dispatch;

/// <summary>
/// The dispatcher hosted in the test process, sending to a sandbox on 127.0.0.1 and recording in a real SQLite file:
/// what each vendor answer does to the row.
/// </summary>
public sealed class DispatcherOutcomeTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_permanently_rejected_event_is_dead_after_one_attempt()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 400, Count = 1000 });
        var id = await EnqueueAsync(store, sandbox, "airbridge.app", DateTimeOffset.UtcNow);

        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, Fast);
        await host.StartAsync();
        Assert.True(await DispatchWorld.EventuallyAsync(async () => (await store.Outbox.GetAsync(id))!.State == OutboxState.Dead, Within));
        await host.StopAsync();

        var row = (await store.Outbox.GetAsync(id))!;
        Assert.Equal(1, row.Attempts);
        Assert.Equal("rejected", row.LastOutcome);
        Assert.Contains("400", row.LastReason, StringComparison.Ordinal);
        Assert.Single(sandbox.Events, e => e.Vendor == "airbridge.app");
    }

    [Fact]
    public async Task An_event_failing_transiently_forever_expires_at_its_vendor_deadline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(clock);
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 100_000 });
        var id = await EnqueueAsync(store, sandbox, "airbridge.app", clock.GetUtcNow(), clock);
        var deadline = (await store.Outbox.GetAsync(id))!.Deadline!.Value;
        Assert.Equal(clock.GetUtcNow().AddHours(24).ToUnixTimeMilliseconds(), deadline.ToUnixTimeMilliseconds());

        using var host = DispatchWorld.Host(store, sandbox, clock, options =>
        {
            Fast(options);
            options.BaseDelay = TimeSpan.FromMinutes(10);
            options.MaxDelay = TimeSpan.FromHours(3);
        });
        await host.StartAsync();
        // The fake clock moves only when the test moves it, and the dispatcher's idle wait is a timer on that clock.
        // When the clock jumps to the row's next attempt just after the dispatcher looked for due rows (with the
        // old time) and just before it armed its idle timer, that timer is due one idle delay after the new time
        // and would never fire: the row would wait forever (the flake). So each look either moves the clock to the
        // row's next attempt, or, when the row is already due and still pending, moves it by one idle delay,
        // which wakes a dispatcher that went idle that way; a leased row (being sent) is left alone.
        Assert.True(await DispatchWorld.EventuallyAsync(async () =>
        {
            var current = (await store.Outbox.GetAsync(id))!;
            if (current.State == OutboxState.Dead)
                return true;
            if (current.State == OutboxState.Pending)
                clock.SetUtcNow(current.NextAttemptAt > clock.GetUtcNow() ? current.NextAttemptAt : clock.GetUtcNow() + IdleDelay);
            return false;
        }, TimeSpan.FromSeconds(60)), $"not dead: {await store.Outbox.GetAsync(id)}");
        await host.StopAsync();

        var row = (await store.Outbox.GetAsync(id))!;
        Assert.Equal("expired", row.LastOutcome);
        Assert.True(row.CompletedAt >= deadline, $"dead at {row.CompletedAt:O}, before the deadline {deadline:O}");
        Assert.True(row.Attempts > 2, $"only {row.Attempts} attempts");
        Assert.Equal(row.Attempts - 1, sandbox.Events.Count(e => e.Vendor == "airbridge.app")); // the last look sends nothing
    }

    [Fact]
    public async Task A_route_paused_by_a_401_resumes_when_told()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 401, Count = 1 });
        var id = await EnqueueAsync(store, sandbox, "airbridge.app", DateTimeOffset.UtcNow);

        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, Fast);
        await host.StartAsync();
        Assert.True(await DispatchWorld.EventuallyAsync(async () => (await store.Outbox.GetStatsAsync()).PausedRoutes.Count == 1, Within));
        var paused = Assert.Single((await store.Outbox.GetStatsAsync()).PausedRoutes);
        Assert.Equal(("airbridge", "shop"), (paused.Vendor, paused.Route));
        await Task.Delay(300); // several idle rounds: a paused route's row is not leased
        Assert.Equal(OutboxState.Pending, (await store.Outbox.GetAsync(id))!.State);
        Assert.Single(sandbox.Events, e => e.Vendor == "airbridge.app");

        Assert.True(await store.Outbox.ResumeRouteAsync("airbridge", "shop"));
        Assert.True(await DispatchWorld.EventuallyAsync(async () => (await store.Outbox.GetAsync(id))!.State == OutboxState.Delivered, Within));
        await host.StopAsync();
        Assert.Equal(2, sandbox.Events.Count(e => e.Vendor == "airbridge.app"));
    }

    [Fact]
    public async Task A_row_that_cannot_be_sent_any_more_is_dead_with_the_reason_and_the_rows_behind_it_go_out()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        var broken = await store.Outbox.EnqueueAsync(new OutboxMessage { SchemaId = "airbridge.retired", Route = "shop", Body = "{}"u8.ToArray() });
        var good = await EnqueueAsync(store, sandbox, "affise.s2s", DateTimeOffset.UtcNow);

        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, Fast);
        await host.StartAsync();
        Assert.True(await DispatchWorld.EventuallyAsync(async () => (await store.Outbox.GetAsync(good))!.State == OutboxState.Delivered, Within));
        Assert.True(await DispatchWorld.EventuallyAsync(async () => (await store.Outbox.GetAsync(broken))!.State == OutboxState.Dead, Within));
        await host.StopAsync();
        var row = (await store.Outbox.GetAsync(broken))!;
        Assert.Equal("unreadable", row.LastOutcome);
        Assert.Contains("airbridge.retired", row.LastReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_the_vendor_would_drop_is_refused_at_enqueue_with_its_errors_and_nothing_is_stored()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        var outbox = Outbox(store, sandbox, TimeProvider.System);
        var valid = DispatchWorld.Event("airbridge.app", 1, DateTimeOffset.UtcNow);
        var stale = DispatchWorld.Event("airbridge.app", 2, DateTimeOffset.UtcNow.AddHours(-30)); // outside Airbridge's 24 h

        var results = await outbox.EnqueueAsync([valid, stale], "shop");

        Assert.False(results[0].IsEnqueued);
        Assert.Empty(results[0].Errors);
        Assert.Contains(results[1].Errors, e => e.Code == "MMP007");
        Assert.Empty((await store.Outbox.GetStatsAsync()).Counts);
    }

    [Fact]
    public async Task The_transactional_enqueue_commits_and_rolls_back_with_the_callers_transaction()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        await store.InitializeAsync();
        var outbox = Outbox(store, sandbox, TimeProvider.System);

        await using var connection = await database.ConnectAsync();
        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            Assert.True((await outbox.EnqueueAsync(DispatchWorld.Event("affise.s2s", 1, DateTimeOffset.UtcNow), null, rolledBack)).IsEnqueued);
            await rolledBack.RollbackAsync();
        }
        Assert.Empty((await store.Outbox.GetStatsAsync()).Counts);

        OutboxEnqueueResult result;
        await using (var committed = await connection.BeginTransactionAsync())
        {
            result = await outbox.EnqueueAsync(DispatchWorld.Event("affise.s2s", 2, DateTimeOffset.UtcNow), null, committed);
            await committed.CommitAsync();
        }
        var row = (await store.Outbox.GetAsync(result.Id!.Value))!;
        Assert.Equal(result.IdempotencyKey, row.IdempotencyKey);
        Assert.Contains(result.IdempotencyKey!, System.Text.Encoding.UTF8.GetString(row.Body.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_out_of_range_stop_the_start_naming_the_setting()
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var database = new SqliteUnderTest();
        await using var store = database.Open(TimeProvider.System);
        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, options => options.BatchSize = 0);
        var e = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("MmpTyped:Outbox:BatchSize", e.Message, StringComparison.Ordinal);
    }

    private static readonly TimeSpan IdleDelay = TimeSpan.FromMilliseconds(20);

    private static void Fast(OutboxDispatcherOptions options)
    {
        options.IdleDelay = IdleDelay;
        options.BaseDelay = TimeSpan.FromMilliseconds(20);
        options.MaxDelay = TimeSpan.FromMilliseconds(100);
    }

    private static MmpOutbox Outbox(IMessageStore store, MmpSandbox sandbox, TimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        services.AddMmpDelivery(options => DispatchWorld.Configure(options, sandbox));
        services.AddSingleton(store.Outbox);
        services.AddMmpOutbox();
        return services.BuildServiceProvider().GetRequiredService<MmpOutbox>();
    }

    private static async Task<long> EnqueueAsync(IMessageStore store, MmpSandbox sandbox, string schemaId, DateTimeOffset at, TimeProvider? clock = null)
    {
        var result = await Outbox(store, sandbox, clock ?? TimeProvider.System).EnqueueAsync(DispatchWorld.Event(schemaId, 7, at), DispatchWorld.AppOf(schemaId));
        Assert.True(result.IsEnqueued, result.ToString());
        return result.Id!.Value;
    }
}
