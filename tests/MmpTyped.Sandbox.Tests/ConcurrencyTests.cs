using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>Many requests at once: the inspection log keeps every one.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task A_thousand_concurrent_requests_lose_no_entry_in_the_inspection_log()
    {
        const int Requests = 1000;
        await using var sandbox = await TestSandbox.StartAsync();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 100 };
        using var client = new HttpClient(handler) { BaseAddress = sandbox.BaseAddress };

        var responses = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var response = i % 2 == 0
                ? await client.AirbridgeAppAsync(Payloads.AirbridgeAppFresh())
                : await client.AffiseAsync(Payloads.Affise);
            return response.StatusCode;
        }));
        var logged = JsonDocument.Parse(await client.GetStringAsync(new System.Uri("_sandbox/events", System.UriKind.Relative))).RootElement;

        Assert.All(responses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(Requests, sandbox.Events.Count);
        Assert.Equal(Requests, logged.GetArrayLength());
        Assert.Equal(Requests / 2, sandbox.Events.Count(e => e.Vendor == "airbridge.app" && e.Outcome == SandboxOutcomes.Recorded));
        Assert.Equal(Requests / 2, sandbox.Events.Count(e => e.Vendor == "affise.s2s" && e.Outcome == SandboxOutcomes.Recorded));
    }
}
