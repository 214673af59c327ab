using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MmpTyped.AspNetCore.Tests.Load;

/// <summary>
/// The load harness (not a unit test: it runs only with MMPTYPED_LOAD=1 and asserts no timing): the real
/// 2.9 KB V2.0 message, each copy made distinct, POSTed by concurrent senders to <c>mmptyped receive</c> (its
/// own process), each answered 200 only after its commit. Prints one README table row per store and
/// sender count, with the machine's load average at the end of the run.
/// MMPTYPED_LOAD=1 dotnet test tests/MmpTyped.AspNetCore.Tests --filter ThroughputHarness --logger "console;verbosity=detailed"
/// </summary>
public sealed class ThroughputHarness(ITestOutputHelper output)
{
    private const int Warmup = 500;
    private const int Messages = 5_000;

    public static TheoryData<string, int> Runs => new()
    {
        { TestStore.Sqlite, 16 }, { TestStore.Sqlite, 64 }, { TestStore.PostgreSql, 16 }, { TestStore.PostgreSql, 64 },
    };

    [SkippableTheory]
    [MemberData(nameof(Runs))]
    public async Task Acknowledged_messages_per_second(string kind, int senders)
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("MMPTYPED_LOAD") == "1", "the load harness runs with MMPTYPED_LOAD=1");
        await using var store = TestStore.Create(kind);
        var (receiver, address) = await Mmptyped.StartAsync(["receive", "--urls", "http://127.0.0.1:0", "--store", store.Store],
            new Dictionary<string, string> { ["MmpTyped__PushApi__TokenHeader"] = "Authorization", ["MmpTyped__PushApi__Token"] = ReceiverHost.Token });
        using (receiver)
        using (var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = senders }) { Timeout = TimeSpan.FromSeconds(60) })
        {
            var url = new Uri(address + "/appsflyer/push");
            var template = PushExamples.V2Message;
            await RunAsync(client, url, template, "warm", Warmup, senders);
            var clock = Stopwatch.StartNew();
            var acknowledged = await RunAsync(client, url, template, "load", Messages, senders);
            clock.Stop();
            receiver.Kill();
            await receiver.WaitForExitAsync();

            Assert.Equal(Messages, acknowledged);
            var rate = Messages / clock.Elapsed.TotalSeconds;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {senders} | {Messages:N0} × {Encoding.UTF8.GetByteCount(template):N0} B | {clock.Elapsed.TotalSeconds:F1} s | {rate:N0} | {LoadAverage()} |"));
        }
        await using var reader = store.Open();
        Assert.Equal(Warmup + Messages, (await reader.Inbox.GetStatsAsync()).Counts.Values.Sum());
    }

    /// <summary>The machine's 1-minute load average (Linux), printed beside the rate: other work on the machine lowers it.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static async Task<int> RunAsync(HttpClient client, Uri url, string template, string prefix, int count, int senders)
    {
        var next = -1;
        var acknowledged = 0;
        async Task SendAsync()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url)
                {
                    Content = new StringContent(template.Replace("hi.from@appsflyer.example.com", $"{prefix}-{i:D6}", StringComparison.Ordinal), Encoding.UTF8, "application/json"),
                };
                request.Headers.TryAddWithoutValidation("Authorization", ReceiverHost.Token);
                using var response = await client.SendAsync(request);
                if ((int)response.StatusCode == 200)
                    Interlocked.Increment(ref acknowledged);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(SendAsync)));
        return acknowledged;
    }
}
