using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Sandbox;

namespace MmpTyped.Delivery.Tests;

/// <summary>Keys never reach a log line, a metric, a trace, an exception or a ToString().</summary>
public sealed class SecretTests
{
    private const string WrongToken = "revoked-token-91ab";

    [Fact]
    public async Task The_keys_appear_in_no_log_metric_trace_exception_or_result()
    {
        // Meter and activity callbacks come from any thread (other tests in this assembly send at the same
        // time), so what they collect is written under a lock or into a concurrent queue.
        var texts = new List<string>();
        void Add(string text) { lock (texts) texts.Add(text); }
        void AddAll(IEnumerable<string> items) { var list = items.ToList(); lock (texts) texts.AddRange(list); }
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "MmpTyped.Delivery")
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => Collect(texts, i, tags));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => Collect(texts, i, tags));
        listener.Start();
        var activities = new ConcurrentQueue<Activity>();
        using var activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "MmpTyped.Delivery" || source.Name.StartsWith("System.Net", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activities.Enqueue,
        };
        ActivitySource.AddActivityListener(activityListener);

        await using (var harness = await DeliveryHarness.StartAsync(configure: o => o.Delivery.MaxAttempts = 2))
        {
            foreach (var (schemaId, message, app) in TestEvents.OnePerSchema(DateTimeOffset.UtcNow))
            {
                Add((await harness.Client.SendAsync(message, app)).ToString());
                harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Reset = true, Count = 1 });
                harness.Sandbox.InjectFault(new SandboxFault { Vendor = schemaId, Status = 503, Count = 1 });
                Add((await harness.Client.SendAsync(message, app)).ToString());
            }
            AddAll(harness.Logs.GetSnapshot().Select(r => r.Category + ": " + r.Message + " " + string.Join(" ", r.StructuredState?.Select(p => p.Value) ?? [])));
            Add(harness.Services.GetRequiredService<IOptions<MmpDeliveryOptions>>().Value.AppsFlyer.ToString());
            Add(harness.Services.GetRequiredService<IOptions<MmpDeliveryOptions>>().Value.Airbridge.ToString());
            Add(harness.Services.GetRequiredService<IOptions<MmpDeliveryOptions>>().Value.Affise.ToString());
        }
        // A wrong key: the vendor's 401 and the route's pause are logged loudly, still without a key.
        await using (var wrong = await DeliveryHarness.StartAsync(configure: o => o.Airbridge.ApiToken = WrongToken))
        {
            Add((await wrong.Client.SendAsync(TestEvents.AirbridgeWeb(), TestEvents.AirbridgeAppName)).ToString());
            Add((await wrong.Client.SendAsync(TestEvents.AirbridgeWeb(), TestEvents.AirbridgeAppName)).ToString());
            // Sent to every vendor: AppsFlyer fails (no app id given), Airbridge's route is paused, Affise is delivered.
            var once = new MmpTyped.Testing.OncePurchase { OrderId = "o-secret", Happened = DateTimeOffset.UtcNow.AddMinutes(-1) };
            AddAll((await wrong.Client.SendToAllAsync(once, new MmpAppIds { AirbridgeAppName = TestEvents.AirbridgeAppName })).Select(r => r.ToString()));
            AddAll(wrong.Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(" ", r.StructuredState?.Select(p => p.Value) ?? [])));
        }
        var missing = Assert.Throws<InvalidOperationException>(() =>
            Client(o => o.Airbridge.ApiToken = DeliveryHarness.AirbridgeToken).TryPrepare(TestEvents.Affise(), null, out _, out _));
        Add(missing.ToString());
        var invalid = Assert.Throws<OptionsValidationException>(() =>
            Client(o => o.Airbridge.BaseUrl = new Uri("ftp://" + DeliveryHarness.AffiseKey)));
        Add(invalid.ToString());
        AddAll(activities.SelectMany(a => a.TagObjects.Select(t => t.Key + "=" + t.Value).Append(a.DisplayName)));

        string[] captured;
        lock (texts)
            captured = texts.ToArray();
        Assert.Contains(captured, t => t.Contains("1305", StringComparison.Ordinal) || t.Contains("ConfigurationError", StringComparison.Ordinal));
        Assert.True(captured.Length > 40, $"only {captured.Length} texts were captured");
        foreach (var secret in new[] { DeliveryHarness.AppsFlyerKey, DeliveryHarness.AirbridgeToken, DeliveryHarness.AffiseKey, WrongToken })
        {
            var leak = captured.FirstOrDefault(t => t.Contains(secret, StringComparison.Ordinal));
            Assert.True(leak is null, $"a credential leaked into: {leak}");
        }
    }

    private static void Collect(List<string> texts, Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (texts)
        {
            foreach (var tag in tags)
                texts.Add(instrument.Name + " " + tag.Key + "=" + tag.Value);
        }
    }

    private static MmpDeliveryClient Client(Action<MmpDeliveryOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddMmpDelivery(configure);
        return services.BuildServiceProvider().GetRequiredService<MmpDeliveryClient>();
    }
}
