using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MmpTyped.Delivery;
using MmpTyped.Demo.Events;
using MmpTyped.Demo.Vendors;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Sqlite;
using MmpTyped.Sandbox;

namespace MmpTyped.Demo.Outbox;

/// <summary>
/// The same events sent reliably: <see cref="MmpOutbox"/> validates each vendor's message of the purchase and stores
/// them together in a SQLite file in a temporary folder (a vendor's wrong message is refused there, not stored, while
/// the others are), the <see cref="OutboxDispatcher"/> delivers the rows to a sandbox on 127.0.0.1, and each row's
/// outcome is read back from the store. Airbridge answers its first row 503: the row is rescheduled and delivered on
/// its second attempt.
/// </summary>
internal static class OutboxDemo
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(DateTimeOffset now, Purchase purchase, SubscriptionRenewed renewal, Purchase wrongPurchase)
    {
        Console.WriteLine("== Sending reliably: MmpOutbox -> SQLite outbox -> OutboxDispatcher -> sandbox");
        // The events are dated just before `now`; this clock starts there and runs, so a rescheduled row comes due.
        var clock = new RunningClock(now);
        var folder = Directory.CreateTempSubdirectory("mmptyped-demo-outbox-").FullName;
        try
        {
            // A sandbox of its own: the one the direct sends went to already holds the Airbridge eventUUID.
            await using var sandbox = await DemoVendors.StartSandboxAsync(clock);
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddMmpDelivery(options => DemoVendors.PointAt(options, sandbox));
            builder.Services.AddMmpTypedSqliteStore(Path.Combine(folder, "mmptyped.db"));
            builder.Services.AddMmpOutboxDispatcher(options =>
            {
                options.Concurrency = 1; // Airbridge and Affise rows one at a time, in order: the 503 meets the same row on every run
                options.IdleDelay = TimeSpan.FromMilliseconds(50);
                options.BaseDelay = TimeSpan.FromMilliseconds(100);
            });
            using var host = builder.Build();
            var outbox = host.Services.GetRequiredService<MmpOutbox>();
            var store = host.Services.GetRequiredService<IOutboxStore>();
            await host.Services.GetRequiredService<IMessageStore>().InitializeAsync();

            var queued = new List<OutboxEnqueueResult>();
            queued.AddRange(await outbox.EnqueueToAllAsync(purchase, DemoVendors.Apps)); // every vendor's row in one transaction
            queued.Add(await outbox.EnqueueAsync(renewal, DemoVendors.Apps.AirbridgeAppName));
            queued.AddRange(await outbox.EnqueueToAllAsync(wrongPurchase, DemoVendors.Apps));
            var ids = new List<long>();
            foreach (var result in queued)
            {
                Console.WriteLine(result);
                if (result.Id is long id)
                    ids.Add(id);
            }

            sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 1 });
            await host.StartAsync();
            var settled = await SettledAsync(store);
            await host.StopAsync();
            if (!settled)
                Console.WriteLine($"rows still waiting after {Within.TotalSeconds} s");

            foreach (var id in ids)
            {
                var row = (await store.GetAsync(id))!;
                Console.WriteLine($"outbox row {row.Id} {row.SchemaId}: state {row.State.ToString().ToLowerInvariant()}, last outcome {row.LastOutcome}, attempts {row.Attempts}");
            }
            // AppsFlyer rows go out in a lane of their own beside the others, so the arrival order varies: counted, not listed.
            foreach (var received in sandbox.Events.GroupBy(e => $"{e.Vendor} {e.Status} {e.Outcome}").OrderBy(g => g.Key, StringComparer.Ordinal))
                Console.WriteLine($"sandbox: {received.Key} x{received.Count()}");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        Console.WriteLine();
    }

    /// <summary>Waits (bounded) until no row is pending or leased.</summary>
    private static async Task<bool> SettledAsync(IOutboxStore store)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < Within)
        {
            var stats = await store.GetStatsAsync();
            if (!stats.Counts.Any(c => c.State is OutboxState.Pending or OutboxState.Leased))
                return true;
            await Task.Delay(50);
        }
        return false;
    }

    /// <summary>A clock that starts at a fixed instant and runs at the real pace from there.</summary>
    private sealed class RunningClock(DateTimeOffset start) : TimeProvider
    {
        private readonly long _started = Stopwatch.GetTimestamp();

        public override DateTimeOffset GetUtcNow() => start + Stopwatch.GetElapsedTime(_started);
    }
}
