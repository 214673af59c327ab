using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Delivery;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Tests.Stores;
using MmpTyped.Sandbox;
using Xunit.Abstractions;

namespace MmpTyped.Outbox.Tests.Dispatch;

/// <summary>
/// Dispatcher processes (<c>mmptyped outbox run</c>) killed with SIGKILL at seeded random moments while they deliver
/// 5,000 events of the three vendors to a sandbox that lives in the test process, restarted each time. Afterwards every
/// event is delivered or dead with a reason; the sandbox recorded each Airbridge event exactly once (it drops a replayed
/// eventUUID), and each AppsFlyer and Affise event at least once, with duplicates only from kills: AppsFlyer and Affise
/// rows (neither vendor drops a replay; the sandbox does not de-duplicate Affise's affise_event_id) go out one at a
/// time per dispatcher, so each kill repeats at most one of them.
/// </summary>
public sealed class DispatcherCrashTests(ITestOutputHelper output)
{
    private const int Events = 5_000;
    private const int Kills = 5;
    private static readonly string[] Schemas = ["appsflyer.s2s", "airbridge.app", "affise.s2s"];
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "MmpTyped.Cli.dll");
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Killed_dispatchers_lose_nothing_and_duplicate_only_across_kills_on_SQLite()
    {
        await using var database = new SqliteUnderTest();
        await RunAsync(database, "sqlite:" + database.Path, processes: 1, seed: 14);
    }

    [SkippableFact]
    public async Task Two_dispatchers_on_one_PostgreSQL_database_never_send_an_event_twice_except_across_a_kill()
    {
        await using var database = new PostgreSqlUnderTest();
        await RunAsync(database, "postgresql:" + database.ConnectionString, processes: 2, seed: 15);
    }

    private async Task RunAsync(StoreUnderTest database, string store, int processes, int seed)
    {
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        await using var writer = database.Open(TimeProvider.System);
        await EnqueueAsync(writer, sandbox);
        var clock = Stopwatch.StartNew();

        var random = new Random(seed);
        var running = new List<Process>();
        try
        {
            for (var i = 0; i < processes; i++)
                running.Add(await StartAsync(store, sandbox));
            for (var kill = 1; kill <= Kills; kill++)
            {
                // Kill only while delivering: once rows have gone out since the last start, at a random moment after.
                var before = await DueOrLeasedAsync(writer);
                await DispatchWorld.EventuallyAsync(async () => await DueOrLeasedAsync(writer) < before - 50, TimeSpan.FromSeconds(30));
                await Task.Delay(random.Next(0, 800));
                var victim = running[kill % running.Count];
                victim.Kill(); // SIGKILL: no shutdown, leases left behind
                await victim.WaitForExitAsync();
                victim.Dispose();
                var left = await DueOrLeasedAsync(writer);
                output.WriteLine($"kill {kill} at {clock.Elapsed.TotalSeconds:0.0} s: {left} rows not yet delivered");
                running[kill % running.Count] = await StartAsync(store, sandbox);
            }

            var finished = await DispatchWorld.EventuallyAsync(async () => await DueOrLeasedAsync(writer) == 0, TimeSpan.FromSeconds(120));
            Assert.True(finished, $"{await DueOrLeasedAsync(writer)} rows still pending or leased after 120 s");
            output.WriteLine($"all {Events} rows settled {clock.Elapsed.TotalSeconds:0.0} s after the first dispatcher started");

            foreach (var child in running)
                await StopGracefullyAsync(child);
            running.Clear();
        }
        finally
        {
            foreach (var child in running)
            {
                if (!child.HasExited)
                    child.Kill();
                child.Dispose();
            }
        }

        var stats = await writer.Outbox.GetStatsAsync();
        foreach (var count in stats.Counts)
            output.WriteLine($"{count.Vendor} {count.State}: {count.Count}");
        Assert.Equal(Events, stats.Counts.Where(c => c.State is OutboxState.Delivered or OutboxState.Dead).Sum(c => c.Count));
        var dead = await writer.Outbox.ListDeadAsync(0, Events);
        Assert.All(dead, row => Assert.False(string.IsNullOrWhiteSpace(row.LastReason), $"dead row {row.Id} has no reason"));

        var recorded = DispatchWorld.RecordedPerKey(sandbox);
        var delivered = Events - dead.Count;
        foreach (var schema in Schemas)
        {
            var perKey = recorded.GetValueOrDefault(schema) ?? [];
            var duplicates = perKey.Values.Sum(n => n - 1);
            var replays = sandbox.Events.Count(e => e.Vendor == schema && e.Outcome == SandboxOutcomes.Duplicate);
            output.WriteLine($"{schema}: {perKey.Count} events recorded, {duplicates} recorded twice or more, {replays} replays refused as duplicates by the sandbox");
        }
        Assert.Equal(delivered, recorded.Values.Sum(perKey => perKey.Count));
        Assert.All(recorded["airbridge.app"].Values, n => Assert.Equal(1, n));
        var replayUnsafeDuplicates = recorded["appsflyer.s2s"].Values.Sum(n => n - 1) + recorded["affise.s2s"].Values.Sum(n => n - 1);
        Assert.InRange(replayUnsafeDuplicates, 0, Kills);
    }

    private static async Task EnqueueAsync(IMessageStore store, MmpSandbox sandbox)
    {
        var services = new ServiceCollection();
        services.AddMmpDelivery(options => DispatchWorld.Configure(options, sandbox));
        services.AddSingleton(store.Outbox);
        services.AddMmpOutbox();
        await using var provider = services.BuildServiceProvider();
        var outbox = provider.GetRequiredService<MmpOutbox>();
        var now = DateTimeOffset.UtcNow;
        for (var first = 0; first < Events; first += 300)
        {
            foreach (var schema in Schemas)
            {
                var batch = Enumerable.Range(first, Math.Min(300, Events - first)).Where(n => Schemas[n % 3] == schema)
                    .Select(n => DispatchWorld.Event(schema, n, now)).ToList();
                var results = await outbox.EnqueueAsync(batch, DispatchWorld.AppOf(schema));
                Assert.All(results, r => Assert.True(r.IsEnqueued, r.ToString()));
            }
        }
    }

    private static async Task<long> DueOrLeasedAsync(IMessageStore store) =>
        (await store.Outbox.GetStatsAsync()).Counts.Where(c => c.State is OutboxState.Pending or OutboxState.Leased).Sum(c => c.Count);

    private async Task<Process> StartAsync(string store, MmpSandbox sandbox)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Cli, "outbox", "run", "--store", store })
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in DispatchWorld.Environment(sandbox, Lease))
            start.Environment[name] = value;
        var child = Process.Start(start)!;
        child.ErrorDataReceived += (_, _) => { }; // logs are drained, not kept: 5,000 deliveries log a lot
        child.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = await child.StandardOutput.ReadLineAsync(timeout.Token);
        Assert.StartsWith("outbox run: dispatching", first, StringComparison.Ordinal);
        return child;
    }

    /// <summary>SIGTERM: the dispatcher stops, releases what it holds and exits 0.</summary>
    private async Task StopGracefullyAsync(Process child)
    {
        using (var kill = Process.Start("kill", ["-TERM", child.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await child.WaitForExitAsync(timeout.Token);
        output.WriteLine($"dispatcher {child.Id} stopped by SIGTERM with exit code {child.ExitCode}");
        Assert.Equal(0, child.ExitCode);
        child.Dispose();
    }
}
