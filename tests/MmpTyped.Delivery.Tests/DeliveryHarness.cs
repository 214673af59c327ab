using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using MmpTyped.Delivery;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>A sandbox on a free loopback port and a delivery client configured against it, with its logs captured.</summary>
internal sealed class DeliveryHarness : IAsyncDisposable
{
    public const string AppsFlyerKey = "af-s2s-key-7f3c9e21";
    public const string AirbridgeToken = "ab-api-token-5d1a88b0";
    public const string AffiseKey = "affise-api-key-c0ffee42";

    private DeliveryHarness(MmpSandbox sandbox, ServiceProvider services, FakeLogCollector logs)
    {
        Sandbox = sandbox;
        Services = services;
        Logs = logs;
        Client = services.GetRequiredService<MmpDeliveryClient>();
    }

    public MmpSandbox Sandbox { get; }

    public ServiceProvider Services { get; }

    public MmpDeliveryClient Client { get; }

    public FakeLogCollector Logs { get; }

    public static async Task<DeliveryHarness> StartAsync(TimeProvider? time = null, Action<MmpDeliveryOptions>? configure = null, Action<MmpSandboxOptions>? sandboxOptions = null)
    {
        var options = new MmpSandboxOptions
        {
            AppsFlyerS2SKey = AppsFlyerKey,
            AirbridgeApiToken = AirbridgeToken,
            AffiseApiKey = AffiseKey,
            TimeProvider = time ?? TimeProvider.System,
        };
        sandboxOptions?.Invoke(options);
        var sandbox = await MmpSandbox.StartAsync(options);

        var services = new ServiceCollection();
        if (time is not null)
            services.AddSingleton(time);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddMmpDelivery(delivery =>
        {
            delivery.AppsFlyer.S2SKey = AppsFlyerKey;
            delivery.AppsFlyer.BaseUrl = sandbox.BaseAddress;
            delivery.Airbridge.ApiToken = AirbridgeToken;
            delivery.Airbridge.BaseUrl = sandbox.BaseAddress;
            delivery.Affise.ApiKey = AffiseKey;
            delivery.Affise.BaseUrl = sandbox.BaseAddress;
            delivery.Delivery.BaseDelay = TimeSpan.FromMilliseconds(1);
            delivery.Delivery.MaxDelay = TimeSpan.FromMilliseconds(20);
            delivery.Delivery.AttemptTimeout = TimeSpan.FromSeconds(5);
            delivery.Delivery.MaxAttempts = 4;
            configure?.Invoke(delivery);
        });
        var provider = services.BuildServiceProvider();
        return new DeliveryHarness(sandbox, provider, provider.GetFakeLogCollector());
    }

    /// <summary>The sandbox's log of one vendor (schema id).</summary>
    public IReadOnlyList<SandboxEvent> EventsOf(string schemaId) => Sandbox.Events.Where(e => e.Vendor == schemaId).ToList();

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
