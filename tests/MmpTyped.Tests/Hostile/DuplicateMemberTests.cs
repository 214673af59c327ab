using System.Text;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// A member sent twice: the last occurrence wins, its value and its form, as JSON readers commonly do
/// (System.Text.Json's JsonDocument, JavaScript's JSON.parse, Python's json.loads). The message is
/// written with the member once, as that last occurrence.
/// </summary>
public sealed class DuplicateMemberTests
{
    [Theory]
    [InlineData("""{"api_version":"2.0","wifi":"true","wifi":false}""", """{"api_version":"2.0","wifi":false}""")]
    [InlineData("""{"api_version":"2.0","wifi":true,"wifi":"false"}""", """{"api_version":"2.0","wifi":"false"}""")]
    [InlineData("""{"api_version":"2.0","wifi":true,"wifi":null}""", """{"api_version":"2.0","wifi":null}""")]
    [InlineData("""{"api_version":"2.0","wifi":true,"wifi":""}""", """{"api_version":"2.0","wifi":""}""")]
    [InlineData("""{"api_version":"2.0","media_source":"a","media_source":null}""", """{"api_version":"2.0","media_source":null}""")]
    [InlineData("""{"api_version":"2.0","event_revenue":"1.50","event_revenue":2}""", """{"api_version":"2.0","event_revenue":2}""")]
    [InlineData("""{"api_version":"2.0","event_time":"2026-01-01 00:00:00","event_time":"2026-01-02 00:00:00.000"}""", """{"api_version":"2.0","event_time":"2026-01-02 00:00:00.000"}""")]
    [InlineData("""{"api_version":"2.0","event_time":"2026-01-01 00:00:00","event_time":null}""", """{"api_version":"2.0","event_time":null}""")]
    [InlineData("""{"api_version":"2.0","event_value":{"a":1},"event_value":"{\"b\":2}"}""", """{"api_version":"2.0","event_value":"{\"b\":2}"}""")]
    [InlineData("""{"api_version":"2.0","event_value":"{\"b\":2}","event_value":{"a":1}}""", """{"api_version":"2.0","event_value":{"a":1}}""")]
    [InlineData("""{"api_version":"2.0","x":1,"x":2}""", """{"api_version":"2.0","x":2}""")]
    public void The_last_occurrence_of_a_push_member_wins(string json, string expected)
    {
        Assert.True(AppsFlyerPushV2Message.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var error), error?.ToString());

        Assert.Equal(expected, MmpJson.Serialize(message));
    }

    [Fact]
    public void A_later_null_clears_an_earlier_value()
    {
        Assert.True(AppsFlyerPushV2Message.TryParse("""{"api_version":"2.0","wifi":true,"wifi":null,"media_source":"a","media_source":null}"""u8, out var message, out var error), error?.ToString());

        Assert.Null(message.Wifi);
        Assert.Null(message.MediaSource);
    }

    [Fact]
    public void The_last_occurrence_of_an_outbound_member_wins()
    {
        var json = """{"app":{"packageName":"a","packageName":"b"},"eventData":{"goal":{"category":"x","value":1,"value":2}},"eventTimestamp":1795339680000,"eventTimestamp":1795339690000}"""u8;

        var parsed = AirbridgeAppEvent.Parse(json);

        Assert.Equal("b", parsed.App!.PackageName);
        Assert.Equal(2m, parsed.EventData.Goal!.Value);
        Assert.Equal("""{"eventTimestamp":1795339690000,"app":{"packageName":"b"},"eventData":{"goal":{"category":"x","value":2}}}""", MmpJson.Serialize(parsed));
    }
}
