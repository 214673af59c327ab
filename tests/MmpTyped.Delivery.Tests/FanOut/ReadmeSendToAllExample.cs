using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Delivery.Tests.FanOut;

/// <summary>The README's send-to-all example, compiled here (between the snippet markers) and run by <see cref="ReadmeSendToAllExampleTests"/>.</summary>
internal static class ReadmeSendToAllExample
{
    public static async Task RunAsync(MmpDeliveryClient client, IMmpMultiVendorEvent purchase, ILogger logger)
    {
        // begin-snippet
        var apps = new MmpAppIds { AppsFlyerAppId = "id1217828636", AirbridgeAppName = "exampleshop" };
        foreach (MmpVendorDeliveryResult sent in await client.SendToAllAsync(purchase, apps))
            if (!sent.IsDelivered) logger.LogWarning("{Result}", sent);  // e.g. NotConfigured affise.s2s: MmpTyped:Affise:ApiKey is not set
        // end-snippet
    }
}
