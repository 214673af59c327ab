using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Delivery.Configuration;

namespace MmpTyped.Delivery.Tests;

/// <summary>Preparing a request (bad input named before any request) and the settings checked at start-up.</summary>
public sealed class PreparationTests
{
    private static readonly FakeTimeProvider Time = new(new DateTimeOffset(2026, 11, 22, 9, 30, 0, TimeSpan.Zero));

    [Fact]
    public void A_missing_eventUUID_is_generated_once_into_the_body_and_the_callers_object_is_left_alone()
    {
        var message = TestEvents.AirbridgeApp(Time.GetUtcNow());

        Assert.True(MmpDeliveryRequest.TryCreate(message, "shop", Time, out var request, out _));

        Assert.Null(message.EventUUID);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(request.IdempotencyKey, body.RootElement.GetProperty("eventUUID").GetString());
        Assert.Equal(4, Guid.Parse(request.IdempotencyKey!).Version);
        Assert.Equal(Time.GetUtcNow().AddMinutes(-1), request.EventTime);
        Assert.Equal(Time.GetUtcNow().AddMinutes(-1).AddHours(24), request.Deadline);
    }

    [Fact]
    public void A_given_eventUUID_is_kept()
    {
        var uuid = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262");

        Assert.True(MmpDeliveryRequest.TryCreate(TestEvents.AirbridgeApp(Time.GetUtcNow(), uuid), "shop", Time, out var request, out _));

        Assert.Equal(uuid.ToString("D"), request.IdempotencyKey);
        Assert.Equal(MmpJson.SerializeToUtf8Bytes(TestEvents.AirbridgeApp(Time.GetUtcNow(), uuid)), request.Body.ToArray());
    }

    [Theory]
    [InlineData("""{"affise_device_id":"d","event":{"affise_event_name":"Purchase","affise_event_timestamp":1795339680}}""")]
    [InlineData("""{"affise_device_id":"d","event":{"affise_event_name":"Purchase","affise_event_timestamp":1795339680000}}""")]
    public void The_affise_event_id_goes_into_the_event_object_and_seconds_or_milliseconds_both_date_it(string json)
    {
        var message = MmpTyped.Affise.AffiseEvent.Parse(Encoding.UTF8.GetBytes(json));

        Assert.True(MmpDeliveryRequest.TryCreate(message, null, Time, out var request, out _));

        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(request.IdempotencyKey, body.RootElement.GetProperty("event").GetProperty("affise_event_id").GetString());
        Assert.Equal("Purchase", body.RootElement.GetProperty("event").GetProperty("affise_event_name").GetString());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795339680), request.EventTime);
        Assert.Null(request.Deadline); // Affise documents no window
    }

    [Fact]
    public void AppsFlyer_has_no_key_and_its_window_ends_at_two_oclock_the_next_day()
    {
        var message = TestEvents.AppsFlyer(eventTime: new DateTimeOffset(2026, 11, 22, 23, 59, 0, TimeSpan.Zero));

        Assert.True(MmpDeliveryRequest.TryCreate(message, "id123456789", Time, out var request, out _));

        Assert.Null(request.IdempotencyKey);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero), request.Deadline);
        Assert.Equal(MmpJson.SerializeToUtf8Bytes(message), request.Body.ToArray());
    }

    [Fact]
    public void Bad_input_is_named_before_any_request()
    {
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => MmpDeliveryRequest.TryCreate(null!, "a", Time, out _, out _)).ParamName);
        var noApp = Assert.Throws<ArgumentException>(() => MmpDeliveryRequest.TryCreate(TestEvents.AppsFlyer(), null, Time, out _, out _));
        Assert.Contains("app id", noApp.Message, StringComparison.Ordinal);
        var noName = Assert.Throws<ArgumentException>(() => MmpDeliveryRequest.TryCreate(TestEvents.AirbridgeWeb(), " ", Time, out _, out _));
        Assert.Contains("app name", noName.Message, StringComparison.Ordinal);
        var inbound = Assert.Throws<ArgumentException>(() => new MmpDeliveryRequest("appsflyer.push.v2", null, new byte[] { 1 }, null, null, null));
        Assert.Contains("'appsflyer.push.v2' is not an outbound schema", inbound.Message, StringComparison.Ordinal);
        var empty = Assert.Throws<ArgumentException>(() => new MmpDeliveryRequest("affise.s2s", null, ReadOnlyMemory<byte>.Empty, null, null, null));
        Assert.Equal("body", empty.ParamName);
    }

    [Fact]
    public void A_vendor_without_its_credential_is_named_when_asked_to_send_there()
    {
        var client = Client(new() { ["MmpTyped:Airbridge:ApiToken"] = "t" });

        var error = Assert.Throws<InvalidOperationException>(() => client.TryPrepare(TestEvents.Affise(), null, out _, out _));

        Assert.Equal("MmpTyped:Affise:ApiKey is not set: configure it to send affise.s2s.", error.Message);
    }

    [Fact]
    public void Settings_are_bound_from_configuration_and_checked_at_start_up_naming_each_setting()
    {
        var none = Assert.Throws<OptionsValidationException>(() => Client([]));
        Assert.Contains("No vendor is configured: set MmpTyped:AppsFlyer:S2SKey, MmpTyped:Airbridge:ApiToken or MmpTyped:Affise:ApiKey.", none.Message, StringComparison.Ordinal);

        var half = Assert.Throws<OptionsValidationException>(() => Client(new()
        {
            ["MmpTyped:Airbridge:ApiToken"] = "t",
            ["MmpTyped:Affise:BaseUrl"] = "http://127.0.0.1:9/",
            ["MmpTyped:AppsFlyer:BaseUrl"] = "ftp://proxy/",
            ["MmpTyped:AppsFlyer:S2SKey"] = "k",
            ["MmpTyped:Delivery:MaxAttempts"] = "0",
        }));
        Assert.Contains("MmpTyped:Affise:ApiKey is not set, but MmpTyped:Affise:BaseUrl is", half.Message, StringComparison.Ordinal);
        Assert.Contains("MmpTyped:AppsFlyer:BaseUrl must be an absolute http or https URL.", half.Message, StringComparison.Ordinal);
        Assert.Contains("MmpTyped:Delivery:MaxAttempts must be at least 1.", half.Message, StringComparison.Ordinal);

        var services = Services(new() { ["MmpTyped:Airbridge:ApiToken"] = "t", ["MmpTyped:Airbridge:PermitsPerMinute"] = "7" });
        Assert.Equal(7, services.GetRequiredService<IOptions<MmpDeliveryOptions>>().Value.Airbridge.PermitsPerMinute);
    }

    [Fact]
    public void ValidateOnStart_fails_the_start_up_validator_the_host_runs()
    {
        var validator = Services([]).GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(validator.Validate);

        Assert.Contains("MmpTyped:Airbridge:ApiToken", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddMmpDelivery(configuration).BuildServiceProvider();
    }

    private static MmpDeliveryClient Client(Dictionary<string, string?> settings) =>
        Services(settings).GetRequiredService<MmpDeliveryClient>();
}
