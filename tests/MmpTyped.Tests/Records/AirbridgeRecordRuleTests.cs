using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using MmpTyped.Airbridge;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Every rule of <c>airbridge.app</c> and <c>airbridge.web</c>, broken once on a valid record built in C#:
/// <c>Validate(TimeProvider)</c> on a fixed clock reports it with the catalogue's code at the member's path.
/// </summary>
public sealed class AirbridgeRecordRuleTests
{
    private const string CategoryPath = "$.eventData.goal.category";

    private static readonly Dictionary<string, BrokenRule<AirbridgeAppEvent>> AppRules = new()
    {
        // required members
        ["app is required"] = Broken.By<AirbridgeAppEvent>("MMP003", "$.app", "app", e => e.App = null!),
        ["app.packageName is required"] = Broken.By<AirbridgeAppEvent>("MMP003", "$.app.packageName", "packageName", e => e.App.PackageName = null!),
        ["eventData is required"] = Broken.By<AirbridgeAppEvent>("MMP003", "$.eventData", "eventData", e => e.EventData = null!),
        ["eventData.goal is required"] = Broken.By<AirbridgeAppEvent>("MMP003", "$.eventData.goal", "goal", e => e.EventData.Goal = null!),
        ["goal.category is required"] = Broken.By<AirbridgeAppEvent>("MMP003", CategoryPath, "category", e => e.EventData.Goal.Category = null!),

        // identifier group: user.externalUserID or device.deviceUUID
        ["neither user nor device"] = Broken.By<AirbridgeAppEvent>("MMP001", "$", "externalUserID", e => (e.User, e.Device) = (null, null)),
        ["a user without externalUserID and a device without deviceUUID"] = Broken.By<AirbridgeAppEvent>("MMP001", "$", "deviceUUID", e => (e.User!.ExternalUserID, e.Device!.DeviceUUID) = (null, null)),

        // values
        ["category with a space"] = Broken.By<AirbridgeAppEvent>("MMP004", CategoryPath, "category", e => e.EventData.Goal.Category = "Order Completed"),
        ["standard category in the wrong case"] = Broken.By<AirbridgeAppEvent>("MMP004", CategoryPath, "category", e => e.EventData.Goal.Category = "airbridge.ecommerce.order.Completed"),
        ["custom category of 129 characters"] = Broken.By<AirbridgeAppEvent>("MMP004", CategoryPath, "category", e => e.EventData.Goal.Category = new string('a', 129)),
        ["eventUUID of version 1"] = Broken.By<AirbridgeAppEvent>("MMP004", "$.eventUUID", "eventUUID", e => e.EventUUID = Guid.Parse("9b4b3e4e-2162-11ee-8986-91ee84644262")),
        ["clientIP not an address"] = Broken.By<AirbridgeAppEvent>("MMP004", "$.device.clientIP", "clientIP", e => e.Device!.ClientIP = "203.0.113"),
        ["osName the C# enum does not define"] = Broken.By<AirbridgeAppEvent>("MMP004", "$.device.osName", "osName", e => e.Device!.OsName = (AirbridgeDeviceOsName)7),

        // timestamp window, on the fixed clock
        ["eventTimestamp after 9999999999999 ms"] = Broken.By<AirbridgeAppEvent>("MMP004", "$.eventTimestamp", "eventTimestamp", e => e.EventTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(10_000_000_000_000)),
        ["eventTimestamp older than 24 hours"] = Broken.By<AirbridgeAppEvent>("MMP007", "$.eventTimestamp", "eventTimestamp", e => e.EventTimestamp = SampleRecords.Now.AddHours(-25)),

        // values a C# property cannot hold: broken in the JSON, then parsed
        ["alias.eea neither 0 nor 1"] = Broken.OnWire<AirbridgeAppEvent>("MMP004", "$.device.alias.eea", "eea", json => json["device"]!["alias"]!["eea"] = "yes"),
        ["alias.adPersonalization as a number string"] = Broken.OnWire<AirbridgeAppEvent>("MMP004", "$.device.alias.adPersonalization", "adPersonalization", json => json["device"]!["alias"]!["adPersonalization"] = "2"),
        ["alias.adUserData as true"] = Broken.OnWire<AirbridgeAppEvent>("MMP004", "$.device.alias.adUserData", "adUserData", json => json["device"]!["alias"]!["adUserData"] = "true"),
        ["eventUUID not a UUID"] = Broken.OnWire<AirbridgeAppEvent>("MMP004", "$.eventUUID", "eventUUID", json => json["eventUUID"] = "event-1"),
    };

    private static readonly Dictionary<string, BrokenRule<AirbridgeWebEvent>> WebRules = new()
    {
        ["anonymous without browser.clientID"] = Broken.By<AirbridgeWebEvent>("MMP001", "$", "browser.clientID", e => e.Browser!.ClientID = null),
        ["anonymous without eventData.shortID"] = Broken.By<AirbridgeWebEvent>("MMP001", "$", "eventData.shortID", e => e.EventData.ShortID = null),
        ["anonymous without trackingData.channel"] = Broken.By<AirbridgeWebEvent>("MMP001", "$", "eventData.trackingData.channel", e => e.EventData.TrackingData!.Channel = null),
        ["anonymous without trackingData.params"] = Broken.By<AirbridgeWebEvent>("MMP001", "$", "eventData.trackingData.params", e => e.EventData.TrackingData!.Params = null),
        ["category with a hyphen"] = Broken.By<AirbridgeWebEvent>("MMP004", CategoryPath, "category", e => e.EventData.Goal.Category = "product-viewed"),
    };

    public static TheoryData<string> AppRuleNames() => Broken.Names(AppRules);

    public static TheoryData<string> WebRuleNames() => Broken.Names(WebRules);

    private static AirbridgeAppEvent App() => SampleRecords.AirbridgeAppOrder(SampleRecords.Now.AddHours(-1));

    [Fact]
    public void A_realistic_in_app_order_is_valid()
    {
        ValidationAssert.Valid(App().Validate(SampleRecords.Clock));
    }

    [Theory]
    [MemberData(nameof(AppRuleNames))]
    public void Breaking_an_in_app_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = AppRules[rule];

        var result = breakIt(App()).Validate(SampleRecords.Clock);

        ValidationAssert.SingleError(result, code, path, field);
    }

    [Fact]
    public void Either_identifier_alone_is_enough_in_app()
    {
        var byUser = App();
        byUser.Device = null;
        var byDevice = App();
        byDevice.User = null;

        ValidationAssert.Valid(byUser.Validate(SampleRecords.Clock));
        ValidationAssert.Valid(byDevice.Validate(SampleRecords.Clock));
    }

    [Fact]
    public void DeviceUUID_without_its_companions_reports_each_missing_one_at_its_path()
    {
        var order = App();
        order.Device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" };

        var result = order.Validate(SampleRecords.Clock);

        ValidationAssert.Errors(result, ("MMP002", "$.device.deviceModel"), ("MMP002", "$.device.osName"), ("MMP002", "$.device.osVersion"));
        Assert.All(result.Errors, e => Assert.Contains("'deviceUUID'", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void An_explicit_null_deviceModel_does_not_count_as_a_companion()
    {
        var order = Wire.Edit(App(), json => json["device"]!["deviceModel"] = null);

        ValidationAssert.SingleError(order.Validate(SampleRecords.Clock), "MMP002", "$.device.deviceModel", "deviceModel");
    }

    [Fact]
    public void The_24_hour_window_is_measured_on_the_given_clock()
    {
        var order = App();
        order.EventTimestamp = SampleRecords.Now.AddHours(-23);
        ValidationAssert.Valid(order.Validate(SampleRecords.Clock));

        var later = new FixedTimeProvider(SampleRecords.Now.AddHours(2));
        var error = Assert.Single(order.Validate(later).Errors);

        Assert.Equal(("MMP007", "$.eventTimestamp"), (error.Code, error.Path));
        Assert.Contains("25 hours", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_eventTimestamp_in_seconds_is_below_the_minimum_and_outside_the_window()
    {
        var view = SampleRecords.AirbridgeWebAnonymousView(DateTimeOffset.FromUnixTimeMilliseconds(SampleRecords.Now.ToUnixTimeSeconds()));

        var result = view.Validate(SampleRecords.Clock);

        ValidationAssert.Errors(result, ("MMP004", "$.eventTimestamp"), ("MMP007", "$.eventTimestamp"));
        Assert.Contains("1000000000000", result.Errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("airbridge.ecommerce.order.completed")]
    [InlineData("my_custom_event_2")]
    public void A_standard_or_custom_category_is_valid(string category)
    {
        var order = App();
        order.EventData.Goal.Category = category;

        ValidationAssert.Valid(order.Validate(SampleRecords.Clock));
    }

    [Fact]
    public void An_IPv6_clientIP_is_valid()
    {
        var order = App();
        order.Device!.ClientIP = "2001:db8::7";

        ValidationAssert.Valid(order.Validate(SampleRecords.Clock));
    }

    [Fact]
    public void A_product_price_that_is_not_a_number_is_an_MMP004_at_its_element_path()
    {
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(App()))!;
        json["eventData"]!["goal"]!["semanticAttributes"]!["products"]![0]!["price"] = "10990 KRW";

        Assert.True(AirbridgeAppEvent.TryParse(Wire.Utf8(json), out var message, out var error), error?.ToString());

        Assert.Contains(message.Validate().Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.eventData.goal.semanticAttributes.products[0].price");
    }

    [Fact]
    public void BuildUrl_escapes_the_app_name()
    {
        Assert.Equal("https://api.airbridge.io/events/v1/apps/my%20app%2F%ED%95%9C/mobile-app/9360", AirbridgeAppEvent.BuildUrl("my app/한"));
        Assert.Equal("https://api.airbridge.io/events/v1/apps/my%3Fapp%23/web/9320", AirbridgeWebEvent.BuildUrl("my?app#"));
    }

    [Theory]
    [MemberData(nameof(WebRuleNames))]
    public void Breaking_an_in_web_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = WebRules[rule];

        var result = breakIt(SampleRecords.AirbridgeWebAnonymousView(SampleRecords.Now.AddMinutes(-5))).Validate(SampleRecords.Clock);

        ValidationAssert.SingleError(result, code, path, field);
    }

    [Fact]
    public void A_signed_in_or_fully_tracked_anonymous_web_event_is_valid()
    {
        ValidationAssert.Valid(SampleRecords.AirbridgeWebOrder(SampleRecords.Now.AddMinutes(-5)).Validate(SampleRecords.Clock));
        ValidationAssert.Valid(SampleRecords.AirbridgeWebAnonymousView(SampleRecords.Now.AddMinutes(-5)).Validate(SampleRecords.Clock));
    }

    [Fact]
    public void A_web_event_without_eventData_is_MMP003()
    {
        var order = SampleRecords.AirbridgeWebOrder(SampleRecords.Now.AddMinutes(-5));
        order.EventData = null!;

        ValidationAssert.SingleError(order.Validate(SampleRecords.Clock), "MMP003", "$.eventData", "eventData");
    }

    [Fact]
    public void A_user_id_excuses_the_web_tracking_identifiers()
    {
        var view = SampleRecords.AirbridgeWebAnonymousView(SampleRecords.Now.AddMinutes(-5));
        view.Browser = null;
        view.EventData.TrackingData = null;
        view.User = new AirbridgeUser { ExternalUserID = "19443" };

        ValidationAssert.Valid(view.Validate(SampleRecords.Clock));
    }
}
