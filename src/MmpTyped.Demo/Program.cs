using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped;
using MmpTyped.Airbridge;
using MmpTyped.Delivery;
using MmpTyped.Demo.Events;
using MmpTyped.Demo.Vendors;
using MmpTyped.Sandbox;

// A shop's backend reports one order to three MMPs, and a subscription renewal to Airbridge. The order is defined
// once (Events/Purchase.cs), with who it is about given once; MmpTyped builds each vendor's message from it.
var now = new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero);
var clock = new FixedClock(now);

var customer = new MmpIdentities
{
    CustomerUserId = "19443",
    AppsFlyerId = "1547985076649-5309999",
    Idfa = "A7071198-3848-40A5-B3D0-94578D9B0E2A",
    AffiseDeviceId = "3d973489-e784-4f5d-8e51-9bee0ac16b00",
    PackageName = "com.example.shop",
};
var purchase = new Purchase
{
    Identities = customer,
    Revenue = 159990m,
    Currency = "KRW",
    OrderId = "12939172",
    ProductId = "CH129",
    Quantity = 1,
    Coupon = "WINTER10",
    OccurredAt = now.AddMinutes(-2),
    EventId = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
};
foreach (var vendor in purchase.ToVendorEvents())
    Show($"Purchase for {vendor.SchemaId}", vendor.Event, clock);

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

// A wrong purchase, two days old, about a device known only by its Airbridge deviceUUID (without the companions
// Airbridge needs): Airbridge would answer 200 OK and drop it, Affise has no device id to count it on, and AppsFlyer
// keeps an eventTime only until 02:00 UTC the next day. Each vendor's rules speak for that vendor alone.
// The compiler already flags Affise's missing identifier (MMP001): silenced here to show what happens at run time.
var wrongPurchase = new Purchase
{
#pragma warning disable MMP001
    Identities = new MmpIdentities
    {
        AppsFlyerId = "1547985076649-5309999",
        AirbridgeDeviceUuid = "2dfca632-86f3-4d22-9746-cdfe7985c471",
        PackageName = "com.example.shop",
    },
#pragma warning restore MMP001
    Revenue = 159990m,
    Currency = "KRW",
    OrderId = "12939173",
    Quantity = 1,
    OccurredAt = now.AddDays(-2),
};
Console.WriteLine("== A wrong purchase");
foreach (var vendor in wrongPurchase.ToVendorEvents())
    Console.WriteLine($"{vendor.SchemaId} {Validity(vendor.Event, clock)}");
Console.WriteLine();

// Delivery: every vendor's message at once through MmpDeliveryClient, to a sandbox on 127.0.0.1 that answers as the
// vendors do (nothing leaves the machine). Airbridge answers the purchase 503 once: the client retries it with the
// same eventUUID while the other vendors' sends go on. Of the wrong purchase nothing is sent.
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

Console.WriteLine("== Sending to every vendor through MmpDeliveryClient to a local sandbox");
foreach (var sent in await client.SendToAllAsync(purchase, DemoVendors.Apps))
    Console.WriteLine(sent);
Console.WriteLine(await client.SendAsync(renewal, DemoVendors.Apps.AirbridgeAppName));
foreach (var sent in await client.SendToAllAsync(wrongPurchase, DemoVendors.Apps))
    Console.WriteLine(sent);
// The vendors' sends run at once, so the sandbox sees them in varying order: counted, not listed.
foreach (var received in sandbox.Events.GroupBy(e => $"{e.Vendor} {e.Status} {e.Outcome}").OrderBy(g => g.Key, StringComparer.Ordinal))
    Console.WriteLine($"sandbox: {received.Key} x{received.Count()}");
Console.WriteLine();

// The same events through the outbox (Outbox/OutboxDemo.cs): stored durably first, then delivered by the dispatcher.
await MmpTyped.Demo.Outbox.OutboxDemo.RunAsync(now, purchase, renewal, wrongPurchase);

await MmpTyped.Demo.PushReceiving.PushReceiverDemo.RunAsync();

static void Show(string title, IMmpEvent message, TimeProvider clock)
{
    Console.WriteLine($"== {title}");
    Console.WriteLine(MmpJson.Serialize(message, indented: true));
    Console.WriteLine(Validity(message, clock));
    Console.WriteLine();
}

static string Validity(IMmpEvent message, TimeProvider clock)
{
    var result = message.Validate(clock);
    return result.IsValid ? "valid: OK" : "invalid:\n  " + string.Join("\n  ", result.Errors);
}

/// <summary>A clock fixed at one instant, so the demo prints the same every day.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
