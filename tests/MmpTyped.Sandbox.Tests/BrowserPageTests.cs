using System;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using MmpTyped.Sandbox.Tests.Infrastructure;

namespace MmpTyped.Sandbox.Tests;

/// <summary>The page at <c>/_sandbox/</c> as a real headless browser shows it.</summary>
public sealed partial class BrowserPageTests
{
    [ChromiumFact]
    public async Task After_a_dropped_and_a_recorded_event_the_page_shows_both_newest_first()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        using var client = TestSandbox.Client(sandbox);
        (await client.AppsFlyerAsync("123456789", Payloads.AppsFlyer)).Dispose();
        (await client.AirbridgeAppAsync(Payloads.AirbridgeApp)).Dispose();

        var dom = await Chromium.DumpDomAsync(new Uri(sandbox.BaseAddress, "_sandbox/"));

        var rows = Row().Matches(dom).Select(m => (
            Vendor: m.Groups["vendor"].Value,
            Outcome: m.Groups["outcome"].Value,
            Status: m.Groups["status"].Value,
            Reason: WebUtility.HtmlDecode(m.Groups["reason"].Value),
            Body: WebUtility.HtmlDecode(m.Groups["body"].Value))).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(("airbridge.app", "recorded", "200", ""), (rows[0].Vendor, rows[0].Outcome, rows[0].Status, rows[0].Reason));
        Assert.Equal(("appsflyer.s2s", "dropped", "200"), (rows[1].Vendor, rows[1].Outcome, rows[1].Status));
        Assert.StartsWith("MMP008 {app_id} '123456789' looks like an iOS app id without its 'id' prefix", rows[1].Reason, StringComparison.Ordinal);
        Assert.Equal(Payloads.AppsFlyer, rows[1].Body);
        Assert.Contains("2 requests: 1 dropped, 1 recorded", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task With_no_requests_the_page_says_so()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var dom = await Chromium.DumpDomAsync(new Uri(sandbox.BaseAddress, "_sandbox/"));

        Assert.Contains("No requests yet.", dom, StringComparison.Ordinal);
        Assert.Empty(Row().Matches(dom));
    }

    [GeneratedRegex("""<tr class="event"><td>[^<]*</td><td class="vendor">(?<vendor>[^<]*)</td><td class="outcome (?<outcome>[a-z]+)">[^<]*</td><td class="status">(?<status>\d+)</td><td class="reason">(?<reason>[^<]*)</td><td><pre class="body">(?<body>[^<]*)</pre></td></tr>""")]
    private static partial Regex Row();
}
