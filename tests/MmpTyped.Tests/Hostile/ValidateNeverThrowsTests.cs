using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Tests.Records;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// <c>Validate()</c> never throws, and what it accepts can be written: a value JSON cannot carry (NaN, a
/// lone surrogate, an enum value the type does not define, a null list item) is an MMP004 at its path.
/// </summary>
public sealed class ValidateNeverThrowsTests
{
    private static readonly DateTimeOffset Now = SampleRecords.Now;

    public static TheoryData<string> BrokenValues() => new(Broken.Keys);

    private static readonly Dictionary<string, (Func<IMmpEvent> Make, string Path)> Broken = new()
    {
        ["NaN"] = (() => Airbridge(e => e.Device!.Screen!.Height = double.NaN), "$.device.screen.height"),
        ["+Infinity"] = (() => Airbridge(e => e.Device!.Screen!.Width = double.PositiveInfinity), "$.device.screen.width"),
        ["-Infinity"] = (() => Airbridge(e => e.Device!.Location = new AirbridgeLocation { Latitude = double.NegativeInfinity }), "$.device.location.latitude"),
        ["undefined enum"] = (() => AppsFlyer(e => e.AppType = (AppsFlyerAppType)999), "$.app_type"),
        ["undefined enum in Airbridge"] = (() => Airbridge(e => e.Device!.OsName = (AirbridgeDeviceOsName)999), "$.device.osName"),
        ["null product"] = (() => Airbridge(e => e.EventData.Goal!.SemanticAttributes!.Products = [null!]), "$.eventData.goal.semanticAttributes.products[0]"),
        ["lone high surrogate"] = (() => Airbridge(e => e.User!.ExternalUserID = "a\ud800b"), "$.user.externalUserID"),
        ["lone low surrogate"] = (() => AppsFlyer(e => e.CustomerUserId = "\udc00"), "$.customer_user_id"),
        ["lone surrogate in an attribute value"] = (() => Airbridge(e => e.EventData.Goal!.CustomAttributes = new MmpAttributes { ["season"] = "\ud800" }), "$.eventData.goal.customAttributes.season"),
        ["lone surrogate in an attribute key"] = (() => AppsFlyer(e => e.EventValue!["\ud800"] = 1), "$.eventValue"),
        ["lone surrogate in an unknown member"] = (() => AppsFlyer(e => e.UnknownMembers = new MmpAttributes { ["x"] = "\udfff" }), "$.x"),
    };

    [Theory]
    [MemberData(nameof(BrokenValues))]
    public void A_value_JSON_cannot_carry_is_an_MMP004_at_its_path(string broken)
    {
        var (make, path) = Broken[broken];
        var message = make();

        var result = message.Validate(SampleRecords.Clock);

        Assert.Contains(result.Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == path);
    }

    [Fact]
    public void Every_sample_record_that_validates_is_written()
    {
        IMmpEvent[] samples = [SampleRecords.AppsFlyerPurchase(), SampleRecords.AirbridgeAppOrder(Now), SampleRecords.AirbridgeWebOrder(Now), SampleRecords.AffisePurchase(), SampleRecords.PushV1InAppEvent(), SampleRecords.PushV2InAppEvent()];
        foreach (var sample in samples)
        {
            Assert.True(sample.Validate(SampleRecords.Clock).IsValid, sample.GetType().Name);
            JsonDocument.Parse(MmpJson.SerializeToUtf8Bytes(sample)).Dispose();
        }
    }

    [Fact]
    public void A_string_longer_than_a_JSON_writer_takes_is_an_MMP004()
    {
        var message = AppsFlyer(e => e.UnknownMembers = new MmpAttributes { ["huge"] = new string('a', 170_000_000) });

        var result = message.Validate(SampleRecords.Clock);

        Assert.Contains(result.Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.huge" && e.Message.Length < 300);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("1 2")]
    [InlineData("01")]
    [InlineData("1,\"injected\":2")]
    [InlineData("\"1\"")]
    public void NumberText_takes_only_a_JSON_number(string text)
    {
        Assert.Throws<ArgumentException>(() => MmpValue.NumberText(text));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-0.0750")]
    [InlineData("12345678901234567890123456789012345")]
    public void NumberText_keeps_any_JSON_number(string text)
    {
        var attributes = new MmpAttributes { ["n"] = MmpValue.NumberText(text) };

        Assert.Equal($"{{\"n\":{text}}}", Write(attributes));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}},\"injected\":{")]
    [InlineData("{\"a\":1")]
    [InlineData("\"text\"")]
    [InlineData("1")]
    [InlineData("{\"a\":\"\\ud800\"} ")]
    public void Json_takes_only_one_object_or_array(string json)
    {
        Assert.Throws<ArgumentException>(() => MmpValue.Json(json));
    }

    [Fact]
    public void Json_refuses_a_lone_surrogate_in_its_text()
    {
        // Not theory data: the test runner's serialization would replace the lone surrogate.
        Assert.Throws<ArgumentException>(() => MmpValue.Json("{\"a\":\"\ud800\"}"));
    }

    [Fact]
    public void A_string_value_with_a_lone_surrogate_compares_hashes_and_prints()
    {
        var value = MmpValue.String("\ud800");

        Assert.Equal("\"\\uD800\"", value.ToString());
        Assert.True(value == MmpValue.String("\ud800"));
        Assert.False(value == MmpValue.String("\udc00"));
        Assert.Equal(value.GetHashCode(), MmpValue.String("\ud800").GetHashCode());
    }

    /// <summary>A known member's name in the unknown members beside its set property: written once, as the property.</summary>
    [Fact]
    public void A_known_name_among_the_unknown_members_is_not_written_twice()
    {
        var message = SampleRecords.AppsFlyerPurchase();
        message.UnknownMembers = new MmpAttributes { ["eventName"] = "other", ["extra"] = 1 };

        var written = MmpJson.Serialize(message);

        using var document = JsonDocument.Parse(written);
        Assert.Single(document.RootElement.EnumerateObject(), m => m.Name == "eventName");
        Assert.Equal("af_purchase", AppsFlyerEvent.Parse(System.Text.Encoding.UTF8.GetBytes(written)).EventName);
        Assert.Contains(document.RootElement.EnumerateObject(), m => m.Name == "extra");
    }

    private static string Write(MmpAttributes attributes)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            attributes.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static AirbridgeAppEvent Airbridge(Action<AirbridgeAppEvent> change)
    {
        var message = SampleRecords.AirbridgeAppOrder(Now);
        change(message);
        return message;
    }

    private static AppsFlyerEvent AppsFlyer(Action<AppsFlyerEvent> change)
    {
        var message = SampleRecords.AppsFlyerPurchase();
        change(message);
        return message;
    }
}
