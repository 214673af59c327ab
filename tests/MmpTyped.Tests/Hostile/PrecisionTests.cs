using System;
using System.Text;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// What a parser accepts is written back as it came: a number or time its type would write otherwise
/// (1e-400 as money, a time with six fraction digits, a double with more digits than it holds) keeps its
/// text, written back while the member holds the value read from it; setting the member drops the text.
/// </summary>
public sealed class PrecisionTests
{
    [Theory]
    [InlineData("\"event_revenue\":\"0.12345678901234567890123456789012\"")]
    [InlineData("\"event_revenue\":1e-400")]
    [InlineData("\"event_revenue\":1.0E+2")]
    [InlineData("\"event_revenue\":-0")]
    [InlineData("\"event_time\":\"2024-01-02 03:04:05.123456\"")]
    [InlineData("\"event_time\":\"2024-01-02 03:04:05.1234567\"")]
    [InlineData("\"event_time\":\"2024-01-02 03:04:05.5\"")]
    [InlineData("\"event_time\":\"2024-01-02 03:04:05.1200\"")]
    [InlineData("\"event_time_selected_timezone\":\"2024-01-02 03:04:05.1234+0900\"")]
    [InlineData("\"event_time\":\"2024-01-02 03:04:0\\u0035.123\"")]
    public void A_Push_V2_value_its_type_would_write_otherwise_comes_back_as_it_came(string member)
    {
        var json = "{\"api_version\":\"2.0\"," + member + "}";
        var message = AppsFlyerPushV2Message.Parse(Encoding.UTF8.GetBytes(json));

        Assert.True(message.Validate().IsValid, message.Validate().ToString());
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Fact]
    public void Money_keeps_its_text_and_its_nearest_value()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_revenue":1e-400}"""u8);

        Assert.Equal(0m, message.EventRevenue);
        Assert.True(message.UnknownMembers is null || message.UnknownMembers.Count == 0, "the kept text is not an unknown member");
    }

    [Fact]
    public void Setting_the_member_drops_the_kept_text()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_time":"2024-01-02 03:04:05.123456","event_revenue":1e-400}"""u8);

        message.EventRevenue = 0m;
        message.EventTime = message.EventTime!.Value.AddTicks(-4560);

        Assert.Equal("""{"api_version":"2.0","event_time":"2024-01-02 03:04:05.123","event_revenue":0}""", MmpJson.Serialize(message));
    }

    [Fact]
    public void A_later_occurrence_replaces_the_kept_text()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_revenue":1e-400,"event_revenue":6}"""u8);

        Assert.Equal("""{"api_version":"2.0","event_revenue":6}""", MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("\"totalValue\":1e-400")]
    [InlineData("\"totalValue\":0.1000000000000000000000000000001")]
    public void Airbridge_money_comes_back_as_it_came(string member)
    {
        var json = "{\"eventData\":{\"goal\":{\"category\":\"airbridge.ecommerce.order.completed\",\"semanticAttributes\":{" + member + "}}}}";
        var record = AirbridgeAppEvent.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Contains(member, MmpJson.Serialize(record), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"width\":0.10000000000000001")]
    [InlineData("\"width\":1.50")]
    [InlineData("\"width\":1e-400")]
    [InlineData("\"width\":123456789012345678901234567890")]
    public void A_double_keeps_the_digits_it_came_with(string member)
    {
        var json = "{\"device\":{\"screen\":{" + member + "}}}";
        var record = AirbridgeAppEvent.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Contains(member, MmpJson.Serialize(record), StringComparison.Ordinal);
    }

    public static TheoryData<long> UnixBoundary() => new()
    {
        0, 1, -1, 1_000, 63_072_000_000, 99_999_999_000, 99_999_999_999, 100_000_000_000, 100_000_000_001,
        -99_999_999_000, -100_000_000_000, 1_688_046_085_325, 1_688_046_085_000, 86_400_000_000,
    };

    [Theory]
    [MemberData(nameof(UnixBoundary))]
    public void Unix_seconds_or_milliseconds_read_back_as_written_over_the_boundary(long milliseconds)
    {
        var time = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        var record = Records.SampleRecords.AffisePurchase();
        record.FirstOpenTime = time;

        var read = AffiseEvent.Parse(MmpJson.SerializeToUtf8Bytes(record));

        // Below 10^11 in magnitude a number is seconds: such a time is written in whole seconds.
        var expected = Math.Abs(milliseconds) < 100_000_000_000 ? DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds()) : time;
        Assert.Equal(expected, read.FirstOpenTime);
    }

    [Theory]
    [InlineData("1688046085", "1688046085")]
    [InlineData("1688046085325", "1688046085325")]
    [InlineData("99999999999", "99999999999")]
    [InlineData("100000000000", "100000000000")]
    public void Unix_seconds_or_milliseconds_write_back_as_they_came(string sent, string written)
    {
        var record = AffiseEvent.Parse(Encoding.UTF8.GetBytes("{\"first_open_time\":" + sent + "}"));

        Assert.Equal("{\"first_open_time\":" + written + "}", MmpJson.Serialize(record));
    }

    [Fact]
    public void An_upper_case_UUID_comes_back_in_upper_case()
    {
        var json = """{"event":{"affise_event_id":"5B1A53B4-5D0A-4D6B-8D8B-9D3C7C0E2F11"}}""";

        var record = AffiseEvent.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, MmpJson.Serialize(record));
    }
}
