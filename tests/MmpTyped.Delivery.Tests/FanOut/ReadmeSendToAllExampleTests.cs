using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MmpTyped.Testing;

namespace MmpTyped.Delivery.Tests.FanOut;

/// <summary>The README's send-to-all example is the code of <see cref="ReadmeSendToAllExample"/>, and does what its comment says.</summary>
public sealed class ReadmeSendToAllExampleTests
{
    [Fact]
    public void README_shows_the_example_code_as_it_is_compiled_here() =>
        Assert.Contains(ReadmeSendExampleTests.Snippet(System.IO.Path.Combine("FanOut", "ReadmeSendToAllExample.cs")), ReadmeSendExampleTests.Readme, StringComparison.Ordinal);

    [Fact]
    public async Task The_example_logs_the_vendor_that_is_not_configured_and_sends_the_others()
    {
        await using var harness = await DeliveryHarness.StartAsync(configure: o =>
        {
            o.Affise.ApiKey = null;
            o.Affise.BaseUrl = null;
        });
        var logger = harness.Services.GetRequiredService<ILoggerFactory>().CreateLogger("shop");

        await ReadmeSendToAllExample.RunAsync(harness.Client, new OncePurchase { OrderId = "o-readme", Happened = DateTimeOffset.UtcNow.AddMinutes(-1) }, logger);

        var warning = Assert.Single(harness.Logs.GetSnapshot(), r => r.Category == "shop");
        Assert.Equal("NotConfigured affise.s2s: MmpTyped:Affise:ApiKey is not set", warning.Message);
        Assert.Single(harness.EventsOf("appsflyer.s2s"));
        Assert.Single(harness.EventsOf("airbridge.app"));
        Assert.Empty(harness.EventsOf("affise.s2s"));
    }
}
