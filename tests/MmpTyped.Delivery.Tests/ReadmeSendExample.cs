using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Airbridge;

namespace MmpTyped.Delivery.Tests;

/// <summary>The README's "Send events" example, compiled and run against the sandbox by <see cref="ReadmeSendExampleTests"/>.</summary>
internal static class ReadmeSendExample
{
    public static async Task RunAsync(IConfiguration configuration, TextWriter console)
    {
        // begin-snippet
        var services = new ServiceCollection();
        services.AddMmpDelivery(configuration); // MmpTyped:Airbridge:ApiToken, ...; validated at start-up
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<MmpDeliveryClient>();

        var purchase = new AirbridgeAppEvent
        {
            User = new AirbridgeUser { ExternalUserID = "19443" },
            App = new AirbridgeApp { PackageName = "com.example.shop" },
            EventData = new AirbridgeEventData
            {
                Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed", Value = 159990m },
            },
        };
        MmpDeliveryResult result = await client.SendAsync(purchase, appId: "exampleshop");
        console.WriteLine(result);
        console.WriteLine($"delivered: {result.IsDelivered}, eventUUID filled: {result.IdempotencyKey is not null}");

        purchase.User = null; // Airbridge would drop it: no identifier
        console.WriteLine(await client.SendAsync(purchase, appId: "exampleshop"));
        // end-snippet
    }
}
