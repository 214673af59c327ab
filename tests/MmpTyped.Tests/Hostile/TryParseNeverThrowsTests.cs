using System;
using System.Text;
using MmpTyped.Affise;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// Values at the edges of what a date or a number holds: <c>TryParse</c> answers with an error (or a
/// value), it never throws. Each input once threw out of <c>TryParse</c>.
/// </summary>
public sealed class TryParseNeverThrowsTests
{
    [Theory]
    [InlineData("0001-01-01 00:00:00+0100")] // before DateTimeOffset.MinValue in UTC
    [InlineData("9999-12-31 23:59:59-0100")] // after DateTimeOffset.MaxValue in UTC
    [InlineData("2026-01-01 00:00:00-1459")] // an offset past 14:00
    [InlineData("2026-01-01 00:00:00+1401")]
    public void A_selected_timezone_time_no_date_can_hold_is_kept_as_text_and_reported(string time)
    {
        var json = Encoding.UTF8.GetBytes($$"""{"api_version":"2.0","event_time_selected_timezone":"{{time}}"}""");

        Assert.True(AppsFlyerPushV2Message.TryParse(json, out var message, out var error), error?.ToString());

        Assert.Null(message.EventTimeSelectedTimezone);
        Assert.Contains(message.Validate().Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Path == "$.event_time_selected_timezone");
        Assert.Equal(Encoding.UTF8.GetString(json), MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("0001-01-01 00:00:00+0000")]
    [InlineData("9999-12-31 23:59:59+0000")]
    [InlineData("0001-01-01 00:30:00+0030")]
    [InlineData("2026-01-01 00:00:00-1400")]
    public void A_selected_timezone_time_at_the_edge_of_the_range_is_read(string time)
    {
        var json = Encoding.UTF8.GetBytes($$"""{"api_version":"2.0","event_time_selected_timezone":"{{time}}"}""");

        Assert.True(AppsFlyerPushV2Message.TryParse(json, out var message, out var error), error?.ToString());

        Assert.NotNull(message.EventTimeSelectedTimezone);
        Assert.Equal(Encoding.UTF8.GetString(json), MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("{\"first_open_time\":-9223372036854775808,\"event\":{\"affise_event_name\":\"x\"}}")]
    [InlineData("{\"first_open_time\":9223372036854775807,\"event\":{\"affise_event_name\":\"x\"}}")]
    [InlineData("{\"event\":{\"affise_event_name\":\"x\",\"affise_event_timestamp\":-9223372036854775808}}")]
    public void A_unix_time_no_date_can_hold_is_kept_and_reported(string json)
    {
        Assert.True(AffiseEvent.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());

        Assert.Contains(message.Validate().Errors, e => e.Code == MmpErrorCodes.InvalidValue && e.Message.Contains("Unix time", StringComparison.Ordinal));
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(MmpJson.Serialize(message))), MmpJson.Serialize(message));
    }
}
