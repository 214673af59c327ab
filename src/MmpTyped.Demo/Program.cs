using System;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped;
using MmpTyped.Airbridge;
using MmpTyped.Delivery;
using MmpTyped.Demo.Events;
using MmpTyped.Demo.Vendors;
using MmpTyped.Sandbox;

// A shop's backend reports one order to three MMPs, and a subscription renewal to Airbridge.
// Each event is a small class of the shop's own (Events/Purchases.cs); MmpTyped completes it.
var now = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
var clock = new FixedClock(now);

var appsFlyerPurchase = new AppsFlyerPurchase
{
    AppsflyerId = "1547985076649-5309999",
    CustomerUserId = "19443",
    Idfa = "A7071198-3848-40A5-B3D0-94578D9B0E2A",
    EventTime = now.AddMinutes(-2),
    EventCurrency = "KRW",
    Revenue = 159990m,
    Currency = "KRW",
    ProductId = "CH129",
    Quantity = 1,
};
Show("AppsFlyer purchase", appsFlyerPurchase, clock);

var airbridgePurchase = new AirbridgePurchase
{
    EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
    EventTimestamp = now.AddMinutes(-2),
    User = new AirbridgeUser { ExternalUserID = "19443" },
    App = new AirbridgeApp { PackageName = "com.example.shop" },
    Total = 159990m,
    Currency = "KRW",
    OrderId = "12939172",
    Coupon = "WINTER10",
};
Show("Airbridge purchase", airbridgePurchase, clock);

var affisePurchase = new AffisePurchase
{
    AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00",
    Revenue = 159990m,
    Currency = "KRW",
    Quantity = 1,
};
Show("Affise purchase", affisePurchase, clock);

var renewal = new SubscriptionRenewed
{
    EventTimestamp = now.AddMinutes(-1),
    User = new AirbridgeUser { ExternalUserID = "19443" },
    App = new AirbridgeApp { PackageName = "com.example.shop" },
    Price = 9900m,
    Currency = "KRW",
    Plan = "premium-monthly",
    PeriodMonths = 1,
};
Show("Airbridge subscription renewal", renewal, clock);

// Two mistakes Airbridge answers with 200 OK and then drops: a device id without its companions,
// and an event two days old. The compiler already flags the first (MMP002): silenced here to show it.
var wrongPurchase = new AirbridgePurchase
{
    EventTimestamp = now.AddDays(-2),
#pragma warning disable MMP002
    Device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" },
#pragma warning restore MMP002
    App = new AirbridgeApp { PackageName = "com.example.shop" },
    Total = 159990m,
    Currency = "KRW",
    OrderId = "12939173",
};
Show("A wrong Airbridge purchase", wrongPurchase, clock);

// Delivery: the same events through MmpDeliveryClient, to a sandbox on 127.0.0.1 that answers as the vendors
// do (nothing leaves the machine). Airbridge answers the first purchase 503 once: the client retries it with
// the same eventUUID. The wrong purchase is refused before anything is sent.
await using var sandbox = await DemoVendors.StartSandboxAsync(clock);
await using var services = new ServiceCollection()
    .AddSingleton<TimeProvider>(clock)
    .AddMmpDelivery(options =>
    {
        DemoVendors.PointAt(options, sandbox);
        options.Delivery.BaseDelay = TimeSpan.FromMilliseconds(10);
    })
    .BuildServiceProvider();
var client = services.GetRequiredService<MmpDeliveryClient>();
sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 1 });

Console.WriteLine("== Sending through MmpDeliveryClient to a local sandbox");
Console.WriteLine(await client.SendAsync(appsFlyerPurchase, "id1217828636"));
Console.WriteLine(await client.SendAsync(airbridgePurchase, "exampleshop"));
Console.WriteLine(await client.SendAsync(affisePurchase));
Console.WriteLine(await client.SendAsync(renewal, "exampleshop"));
Console.WriteLine(await client.SendAsync(wrongPurchase, "exampleshop"));
foreach (var received in sandbox.Events)
    Console.WriteLine($"sandbox: {received.Vendor} {received.Status} {received.Outcome}");
Console.WriteLine();

// The same events through the outbox (Outbox/OutboxDemo.cs): stored durably first, then delivered by the dispatcher.
await MmpTyped.Demo.Outbox.OutboxDemo.RunAsync(now,
    [(appsFlyerPurchase, "id1217828636"), (airbridgePurchase, "exampleshop"), (affisePurchase, null), (renewal, "exampleshop"), (wrongPurchase, "exampleshop")]);

await MmpTyped.Demo.PushReceiving.PushReceiverDemo.RunAsync();

static void Show(string title, IMmpEvent message, TimeProvider clock)
{
    Console.WriteLine($"== {title}");
    Console.WriteLine(MmpJson.Serialize(message, indented: true));
    var result = message.Validate(clock);
    Console.WriteLine(result.IsValid ? "valid: OK" : "invalid:\n  " + string.Join("\n  ", result.Errors));
    Console.WriteLine();
}

/// <summary>A clock fixed at one instant, so the demo prints the same every day.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
