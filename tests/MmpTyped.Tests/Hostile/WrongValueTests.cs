using System.Linq;
using System.Text;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// A member of the wrong JSON kind, or a number out of its type's range, is kept as it came and reported by
/// <c>Validate()</c> as an MMP004 at its path, beside every other error: parsing goes on, and writing the
/// message gives the value back.
/// </summary>
public sealed class WrongValueTests
{
    [Fact]
    public void Every_wrongly_typed_member_is_an_MMP004_at_its_path_and_the_round_trip_keeps_it()
    {
        var json = """{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventTime":"2026-01-01 00:00:00.000","att":"example_att","eventValue":{"af_revenue":1},"bundleIdentifier":7,"customer_user_id":"1"}""";

        Assert.True(AppsFlyerEvent.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());
        var errors = message.Validate().Errors;

        Assert.Contains(errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.att" && e.Message.Contains("\"example_att\"", System.StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.eventValue");
        Assert.Contains(errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.bundleIdentifier");
        // The kept values are written after the members the record holds: the same members, in another order.
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(MmpJson.Serialize(message))), MmpJson.Serialize(message));
    }

    [Fact]
    public void A_wrongly_typed_member_in_an_array_item_is_reported_at_the_item()
    {
        var json = """{"eventData":{"goal":{"category":"x","semanticAttributes":{"products":[{"position":1,"productID":"a"},{"productID":7}]}}}}""";

        Assert.True(AirbridgeAppEvent.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());

        Assert.Contains(message.Validate().Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.eventData.goal.semanticAttributes.products[1].productID");
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("""{"eventData":{"goal":{"category":"x","value":1e400}}}""", "$.eventData.goal.value", "a number (decimal)")]
    [InlineData("""{"device":{"screen":{"width":1e400}}}""", "$.device.screen.width", "a number (double)")]
    [InlineData("""{"user":{"externalUserID":"1"},"eventData":{"goal":{"category":"x"}},"eventTimestamp":"yesterday"}""", "$.eventTimestamp", "a Unix time")]
    [InlineData("""{"user":{"externalUserID":"1"},"eventData":{"goal":{"category":"x"}},"device":"phone"}""", "$.device", "an object")]
    public void A_value_the_member_cannot_hold_is_kept_and_reported(string json, string path, string expected)
    {
        Assert.True(AirbridgeAppEvent.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());

        var reported = message.Validate().Errors.Single(e => e.Path == path);
        Assert.Equal(MmpErrorCodes.InvalidValue, reported.Code);
        Assert.Contains($"must be {expected}", reported.Message, System.StringComparison.Ordinal);
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Fact]
    public void A_good_value_after_a_wrongly_typed_one_wins()
    {
        Assert.True(AppsFlyerEvent.TryParse("""{"att":"x","att":3}"""u8, out var message, out var error), error?.ToString());

        Assert.Equal(3, message.Att);
        Assert.Equal("""{"att":3}""", MmpJson.Serialize(message));
    }

    [Fact]
    public void Input_that_is_not_JSON_is_still_a_parse_error()
    {
        Assert.False(AppsFlyerEvent.TryParse("""{"att":"x",}"""u8, out _, out var error));
        Assert.Equal(MmpErrorCodes.Unreadable, error.Code);
        Assert.False(AppsFlyerEvent.TryParse("""[1]"""u8, out _, out error));
        Assert.Equal(MmpErrorCodes.Unreadable, error.Code);
    }
}
