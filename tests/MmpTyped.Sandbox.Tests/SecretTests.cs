using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>The sandbox never writes a key to a log, an event, or an error message.</summary>
public sealed class SecretTests
{
    private static readonly string[] AllKeys = [Keys.AppsFlyer, Keys.Airbridge, Keys.Affise];

    [Fact]
    public async Task No_key_reaches_the_logs_or_the_event_log_whatever_the_request()
    {
        using var logs = new CapturedLogs();
        await using (var sandbox = await TestSandbox.StartAsync(o => o.ConfigureLogging = b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs)))
        {
            using var client = TestSandbox.Client(sandbox);
            (await client.AppsFlyerAsync("id1", Payloads.AppsFlyer)).Dispose();
            (await client.AppsFlyerAsync("id1", Payloads.AppsFlyer, key: Keys.AppsFlyer + "x")).Dispose();
            (await client.AppsFlyerAsync("id1", Payloads.AppsFlyer, key: Keys.Airbridge)).Dispose();
            (await client.AirbridgeAppAsync(Payloads.AirbridgeApp)).Dispose();
            (await client.AirbridgeWebAsync("not json", token: Keys.Affise)).Dispose();
            (await client.SendAsync(TestSandbox.Request($"v1/external_data/add_event?API-KEY={Keys.Affise}", System.Text.Encoding.UTF8.GetBytes(Payloads.Affise), null))).Dispose();
            (await client.SendAsync(TestSandbox.Request($"v1/external_data/add_event?API-KEY={Keys.Affise}", "{"u8.ToArray(), null))).Dispose();
            sandbox.InjectFault(new SandboxFault { Vendor = "affise.s2s", Reset = true });
            await Assert.ThrowsAsync<HttpRequestException>(() => client.AffiseAsync(Payloads.Affise));

            var events = string.Join("\n", sandbox.Events.Select(e => e.ToString()));
            Assert.All(AllKeys, key => Assert.DoesNotContain(key, events, StringComparison.Ordinal));
            Assert.Equal(8, sandbox.Events.Count);
        }

        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("RequestHandled", StringComparison.Ordinal) || l.Contains("[2]", StringComparison.Ordinal));
        Assert.True(lines.Length >= 8, $"the logs were captured ({lines.Length} lines)");
        Assert.All(AllKeys, key => Assert.DoesNotContain(lines, l => l.Contains(key, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_missing_key_fails_the_start_naming_the_setting_not_the_other_keys()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => MmpSandbox.StartAsync(new MmpSandboxOptions
        {
            AppsFlyerS2SKey = Keys.AppsFlyer,
            AirbridgeApiToken = Keys.Airbridge,
        }));

        Assert.Contains("MmpTyped:Affise:ApiKey is not set", error.Message, StringComparison.Ordinal);
        Assert.All(AllKeys, key => Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal));
    }
}
