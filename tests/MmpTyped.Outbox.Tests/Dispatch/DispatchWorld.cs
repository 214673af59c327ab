using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MmpTyped.Delivery;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Sandbox;
using MmpTyped.Schemas;

namespace MmpTyped.Outbox.Tests.Dispatch;

/// <summary>
/// What the dispatcher tests share: a real sandbox on 127.0.0.1 as the vendor, events of the three vendors, the
/// settings that point the delivery client at the sandbox, and counting what the sandbox recorded per event key.
/// </summary>
internal static class DispatchWorld
{
    public const string AppsFlyerKey = "test-s2s-key";
    public const string AirbridgeToken = "test-airbridge-token";
    public const string AffiseKey = "test-affise-key";
    public const string AppsFlyerApp = "com.example.shop";
    public const string AirbridgeApp = "shop";

    /// <summary>A sandbox with rate limits high enough that a load of thousands is never throttled by the minute.</summary>
    public static Task<MmpSandbox> StartSandboxAsync(TimeProvider? clock = null) => MmpSandbox.StartAsync(new MmpSandboxOptions
    {
        AppsFlyerS2SKey = AppsFlyerKey,
        AirbridgeApiToken = AirbridgeToken,
        AffiseApiKey = AffiseKey,
        AppsFlyerPermitsPerMinute = 10_000_000,
        AirbridgePermitsPerMinute = 10_000_000,
        TimeProvider = clock ?? TimeProvider.System,
    });

    /// <summary>The delivery settings as <c>MmpTyped__*</c> environment variables for a dispatcher process.</summary>
    public static Dictionary<string, string> Environment(MmpSandbox sandbox, TimeSpan leaseDuration)
    {
        var url = sandbox.BaseAddress.ToString();
        return new()
        {
            ["MmpTyped__AppsFlyer__S2SKey"] = AppsFlyerKey,
            ["MmpTyped__Airbridge__ApiToken"] = AirbridgeToken,
            ["MmpTyped__Affise__ApiKey"] = AffiseKey,
            ["MmpTyped__AppsFlyer__BaseUrl"] = url,
            ["MmpTyped__Airbridge__BaseUrl"] = url,
            ["MmpTyped__Affise__BaseUrl"] = url,
            ["MmpTyped__Airbridge__PermitsPerMinute"] = "10000000",
            ["MmpTyped__AppsFlyer__PermitsPerMinute"] = "10000000",
            ["MmpTyped__Outbox__LeaseDuration"] = leaseDuration.ToString("c", CultureInfo.InvariantCulture),
            ["MmpTyped__Outbox__IdleDelay"] = "00:00:00.100",
            ["MmpTyped__Outbox__Concurrency"] = "8",
        };
    }

    /// <summary>The same settings in code, for a dispatcher hosted in the test process.</summary>
    public static void Configure(MmpDeliveryOptions options, MmpSandbox sandbox)
    {
        options.AppsFlyer.S2SKey = AppsFlyerKey;
        options.Airbridge.ApiToken = AirbridgeToken;
        options.Affise.ApiKey = AffiseKey;
        options.AppsFlyer.BaseUrl = sandbox.BaseAddress;
        options.Airbridge.BaseUrl = sandbox.BaseAddress;
        options.Affise.BaseUrl = sandbox.BaseAddress;
        options.Airbridge.PermitsPerMinute = 10_000_000;
        options.AppsFlyer.PermitsPerMinute = 10_000_000;
        options.Delivery.ConfigurationErrorPause = TimeSpan.FromMilliseconds(50);
    }

    /// <summary>A host with the store, the delivery client pointed at the sandbox, and the dispatcher.</summary>
    public static IHost Host(IMessageStore store, MmpSandbox sandbox, TimeProvider clock, Action<OutboxDispatcherOptions> configure)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(clock);
        builder.Services.AddMmpDelivery(options => Configure(options, sandbox));
        builder.Services.AddMmpTypedStore(_ => store);
        builder.Services.AddMmpOutboxDispatcher(configure);
        return builder.Build();
    }

    /// <summary>Event number <paramref name="n"/> of <paramref name="schemaId"/>, unique by its AppsFlyer id or by the key the client fills, happening at <paramref name="at"/>.</summary>
    public static IMmpEvent Event(string schemaId, int n, DateTimeOffset at)
    {
        var json = schemaId switch
        {
            "appsflyer.s2s" => $$"""{"appsflyer_id":"1415211453000-{{1_000_000 + n}}","eventName":"af_purchase","eventTime":"{{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture)}}","eventValue":"{}"}""",
            "airbridge.app" => "{\"user\":{\"externalUserID\":\"u" + N(n) + "\"},\"app\":{\"packageName\":\"com.example.shop\"},\"eventTimestamp\":" + N(at.ToUnixTimeMilliseconds())
                + ",\"eventData\":{\"goal\":{\"category\":\"airbridge.ecommerce.order.completed\",\"value\":" + N(n) + "}}}",
            "affise.s2s" => "{\"affise_device_id\":\"eb4cfa97-5266-4dea-b807-" + n.ToString("D12", CultureInfo.InvariantCulture) + "\",\"event\":{\"affise_event_name\":\"Purchase\"}}",
            _ => throw new ArgumentOutOfRangeException(nameof(schemaId), schemaId, "no test event"),
        };
        return MmpSchemaCatalog.Get(schemaId).Parse(Encoding.UTF8.GetBytes(json));
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>The app (route) an event of <paramref name="schemaId"/> goes to.</summary>
    public static string? AppOf(string schemaId) => schemaId switch
    {
        "appsflyer.s2s" => AppsFlyerApp,
        "airbridge.app" => AirbridgeApp,
        _ => null,
    };

    /// <summary>The key that tells events apart in a body the sandbox received: AppsFlyer's id, Airbridge's eventUUID, Affise's event id.</summary>
    public static string KeyOf(string vendor, string body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return vendor switch
        {
            "appsflyer.s2s" => root.GetProperty("appsflyer_id").GetString()!,
            "affise.s2s" => root.GetProperty("event").GetProperty("affise_event_id").GetString()!,
            _ => root.GetProperty("eventUUID").GetString()!,
        };
    }

    /// <summary>How many times the sandbox recorded (not dropped, not refused as a duplicate) each event, per vendor.</summary>
    public static Dictionary<string, Dictionary<string, int>> RecordedPerKey(MmpSandbox sandbox) =>
        sandbox.Events
            .Where(e => e.Outcome == SandboxOutcomes.Recorded && e.Body is not null)
            .GroupBy(e => e.Vendor)
            .ToDictionary(g => g.Key, g => g.GroupBy(e => KeyOf(e.Vendor, e.Body!)).ToDictionary(k => k.Key, k => k.Count()));

    /// <summary>Waits (bounded) until <paramref name="done"/> holds; false when it never did.</summary>
    public static async Task<bool> EventuallyAsync(Func<Task<bool>> done, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (!timeout.IsCancellationRequested)
        {
            if (await done())
                return true;
            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return await done();
    }
}
