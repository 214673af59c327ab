using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Delivery;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Tests.Dispatch;
using MmpTyped.Outbox.Tests.Stores;
using MmpTyped.Sandbox;
using Xunit.Abstractions;

namespace MmpTyped.Outbox.Tests.Load;

/// <summary>
/// The load harness (run only with <c>MMPTYPED_LOAD=1</c>): per-call enqueue latency through <see cref="MmpOutbox"/>
/// (one message per commit, alone and from concurrent callers), then the real <see cref="OutboxDispatcher"/> with its
/// default settings draining a backlog to the in-process sandbox on 127.0.0.1, for SQLite and PostgreSQL. It prints
/// the figures and the load average; it asserts only that every event arrived exactly as promised, never a speed.
/// The sandbox's and the client's rate limits are raised for the run (Airbridge documents 1,000/min, AppsFlyer
/// 60,000/min), so the figures are the outbox's own. Bounded: <c>MMPTYPED_LOAD_EVENTS</c> events (default 20,000)
/// per drain, each phase within <see cref="Within"/>.
/// </summary>
public sealed class OutboxLoadTests(ITestOutputHelper output)
{
    private const string Switch = "MMPTYPED_LOAD";
    private const int SingleCalls = 2_000;
    private const int ConcurrentCallers = 16;
    private static readonly TimeSpan Within = TimeSpan.FromMinutes(3);
    private static readonly string[] Schemas = ["appsflyer.s2s", "airbridge.app", "affise.s2s"];

    [SkippableFact]
    public async Task Load_on_SQLite()
    {
        SkipUnlessAsked();
        await RunAsync(() => new SqliteUnderTest(), "SQLite");
    }

    [SkippableFact]
    public async Task Load_on_PostgreSQL()
    {
        SkipUnlessAsked();
        await RunAsync(() => new PostgreSqlUnderTest(), "PostgreSQL");
    }

    private static void SkipUnlessAsked() =>
        Skip.IfNot(Environment.GetEnvironmentVariable(Switch) == "1", $"the load harness runs only with {Switch}=1");

    private static int EventCount =>
        int.TryParse(Environment.GetEnvironmentVariable("MMPTYPED_LOAD_EVENTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 200_000
            ? n
            : 20_000;

    private async Task RunAsync(Func<StoreUnderTest> newDatabase, string storeName)
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        Print($"| store | measure | result | load average |");
        Print($"|---|---|---:|---|");

        await using (var database = newDatabase())
        await using (var store = database.Open(TimeProvider.System))
        {
            var outbox = Outbox(store, sandbox);
            var single = await EnqueueLatencyAsync(outbox, callers: 1);
            Print($"| {storeName} | enqueue, one message per commit, 1 caller: p50 / p99 per call | {Ms(single.P50)} / {Ms(single.P99)} ({single.PerSecond:N0}/s) | {LoadAverage()} |");
            var concurrent = await EnqueueLatencyAsync(outbox, ConcurrentCallers);
            Print($"| {storeName} | enqueue, one message per commit, {ConcurrentCallers} callers: p50 / p99 per call | {Ms(concurrent.P50)} / {Ms(concurrent.P99)} ({concurrent.PerSecond:N0}/s) | {LoadAverage()} |");
        }

        foreach (var (mix, schemas) in new[] { ("AppsFlyer, Airbridge, Affise in turn", Schemas), ("AppsFlyer only", ["appsflyer.s2s"]) })
        {
            sandbox.ClearEvents();
            await using var database = newDatabase();
            await using var store = database.Open(TimeProvider.System);
            var (elapsed, events) = await DrainAsync(store, sandbox, schemas);
            Print($"| {storeName} | delivered end to end, {events:N0} events ({mix}) | {events / elapsed.TotalSeconds:N0} events/s ({elapsed.TotalSeconds:N1} s) | {LoadAverage()} |");
        }
    }

    /// <summary>Enqueues <see cref="SingleCalls"/> events one per call (and per commit) from <paramref name="callers"/> callers at once; the per-call times.</summary>
    private static async Task<(TimeSpan P50, TimeSpan P99, double PerSecond)> EnqueueLatencyAsync(MmpOutbox outbox, int callers)
    {
        var now = DateTimeOffset.UtcNow;
        var events = Enumerable.Range(0, SingleCalls).Select(n => DispatchWorld.Event("appsflyer.s2s", 500_000 * callers + n, now)).ToArray();
        var took = new long[SingleCalls];
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(caller => Task.Run(async () =>
        {
            for (var i = caller; i < SingleCalls; i += callers)
            {
                var before = Stopwatch.GetTimestamp();
                var result = await outbox.EnqueueAsync(events[i], DispatchWorld.AppsFlyerApp);
                took[i] = Stopwatch.GetTimestamp() - before;
                Assert.True(result.IsEnqueued, result.ToString());
            }
        }))).WaitAsync(Within);
        var total = Stopwatch.GetElapsedTime(started);
        Array.Sort(took);
        return (Percentile(took, 0.50), Percentile(took, 0.99), SingleCalls / total.TotalSeconds);
    }

    /// <summary>
    /// Enqueues the backlog (batches of 500 per commit), then starts the dispatcher with its default settings and
    /// times it until every row is delivered; checks that the sandbox recorded each event once.
    /// </summary>
    private static async Task<(TimeSpan Elapsed, int Events)> DrainAsync(IMessageStore store, MmpSandbox sandbox, string[] schemas)
    {
        var count = EventCount;
        var outbox = Outbox(store, sandbox);
        var now = DateTimeOffset.UtcNow;
        for (var first = 0; first < count; first += 500)
        {
            foreach (var schema in schemas)
            {
                var batch = Enumerable.Range(first, Math.Min(500, count - first)).Where(n => schemas[n % schemas.Length] == schema)
                    .Select(n => DispatchWorld.Event(schema, n, now)).ToList();
                if (batch.Count == 0)
                    continue;
                var results = await outbox.EnqueueAsync(batch, DispatchWorld.AppOf(schema));
                Assert.All(results, r => Assert.True(r.IsEnqueued, r.ToString()));
            }
        }

        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, _ => { });
        var started = Stopwatch.GetTimestamp();
        await host.StartAsync();
        var drained = await DispatchWorld.EventuallyAsync(async () => await CountAsync(store, OutboxState.Delivered) == count, Within);
        var elapsed = Stopwatch.GetElapsedTime(started);
        await host.StopAsync();

        Assert.True(drained, $"{await CountAsync(store, OutboxState.Delivered)} of {count} delivered within {Within}");
        var recorded = DispatchWorld.RecordedPerKey(sandbox);
        Assert.Equal(count, recorded.Values.Sum(perKey => perKey.Count));
        Assert.All(recorded.Values.SelectMany(perKey => perKey.Values), n => Assert.Equal(1, n)); // no kill: nothing twice
        return (elapsed, count);
    }

    private static async Task<long> CountAsync(IMessageStore store, OutboxState state) =>
        (await store.Outbox.GetStatsAsync()).Counts.Where(c => c.State == state).Sum(c => c.Count);

    private static MmpOutbox Outbox(IMessageStore store, MmpSandbox sandbox)
    {
        var services = new ServiceCollection();
        services.AddMmpDelivery(options => DispatchWorld.Configure(options, sandbox));
        services.AddSingleton(store.Outbox);
        services.AddMmpOutbox();
        return services.BuildServiceProvider().GetRequiredService<MmpOutbox>();
    }

    private static TimeSpan Percentile(long[] sortedTicks, double p) =>
        Stopwatch.GetElapsedTime(0, sortedTicks[(int)Math.Round(p * (sortedTicks.Length - 1))]);

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";

    /// <summary>The 1-minute load average (as <c>uptime</c> prints it): others building on the machine slow every figure.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private void Print(string line) => output.WriteLine(line);
}
