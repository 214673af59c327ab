using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Records;

/// <summary>
/// JSON sent inside a string (AppsFlyer <c>eventValue</c>, Push <c>event_value</c>): kept as the exact text,
/// read into members on first use, written back verbatim until changed; text that is not one readable
/// object is kept as the string it came as.
/// </summary>
public sealed class JsonInStringTests
{
    [Theory]
    [InlineData("{}")]
    [InlineData("{ \"af_revenue\" : \"6\",\n \"af_content_id\":  [1, 2] }")]
    [InlineData("{\"a\":1,\"a\":2}")]
    [InlineData("{\"af_revenue\":140.25,\"af_price\":140.25,}")]
    [InlineData("{\"publicProperty\":\"{\\\"nested\\\":true}\"}")]
    [InlineData("{\"name\":\"\\u00e9t\\u00e9\"}")]
    public void The_text_comes_back_exactly_as_sent(string inner)
    {
        // Escaped the way AppsFlyer (and MmpTyped's writer) escape: \" and \\ and \n, nothing more.
        var escaped = inner.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal);
        var json = $$"""{"api_version":"2.0","event_value":"{{escaped}}"}""";

        var message = AppsFlyerPushV2Message.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(inner, message.EventValue!.OriginalJson);
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Fact]
    public void Members_are_read_on_first_use_and_a_change_writes_the_members()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_value":"{\"af_revenue\": \"6\", \"x\": {\"y\": [1]}}"}"""u8);
        var value = message.EventValue!;

        Assert.Equal(2, value.Count);
        Assert.Equal("6", value["af_revenue"].AsString());
        Assert.Equal("""{"y": [1]}""", value["x"].ToString());
        Assert.NotNull(value.OriginalJson);

        value["af_currency"] = "EUR";

        Assert.Null(value.OriginalJson);
        Assert.True(value.Remove("x"));
        value["x"] = 1;
        Assert.Equal("""{"api_version":"2.0","event_value":"{\"af_revenue\":\"6\",\"af_currency\":\"EUR\",\"x\":1}"}""", MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("""{\"a\":\"\\ud800\"}""", "a lone surrogate, which no .NET string holds")]
    [InlineData("""{\"a\":1} {\"b\":2}""", "two objects")]
    [InlineData("""[1,2]""", "an array")]
    public void Text_that_is_not_one_readable_object_is_kept_as_the_string_it_came_as(string escapedInner, string why)
    {
        var json = $$"""{"api_version":"2.0","event_value":"{{escapedInner}}"}""";

        var message = AppsFlyerPushV2Message.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Null(message.EventValue);
        Assert.True(message.UnknownMembers!.ContainsKey("event_value"), why);
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Fact]
    public void Removing_a_member_of_text_never_read_drops_the_text()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_value":"{\"a\": 1, \"b\": 2}"}"""u8);

        Assert.True(message.EventValue!.Remove("a"));

        Assert.Null(message.EventValue.OriginalJson);
        Assert.Equal("""{"api_version":"2.0","event_value":"{\"b\":2}"}""", MmpJson.Serialize(message));
    }

    [Fact]
    public void An_object_of_many_members_finds_sets_and_removes_through_its_index()
    {
        var attributes = new MmpAttributes();
        for (var i = 0; i < 40; i++)
            attributes["k" + i] = i;

        attributes["k39"] = "last";
        attributes["k40"] = "new";
        Assert.True(attributes.Remove("k0"));
        attributes["k1"] = "again";

        Assert.Equal(40, attributes.Count);
        Assert.Equal("last", attributes["k39"].AsString());
        Assert.Equal("again", attributes["k1"].AsString());
        Assert.False(attributes.ContainsKey("k0"));
        Assert.Equal("new", attributes["k40"].AsString());
    }

    [Fact]
    public void Text_with_trailing_commas_is_read_as_strict_JSON_wherever_its_members_go()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"2.0","event_value":"{\"af_price\":[1.5,2,],\"af_revenue\":3,}"}"""u8);
        var value = message.EventValue!;

        Assert.Equal(3m, message.TypedEventValue.AfRevenue);
        Assert.Equal("[1.5,2]", value["af_price"].ToString());
        // Written as an object (another record's attribute bag, say), the output is valid JSON.
        var written = System.Text.Encoding.UTF8.GetString(Write(value));
        Assert.Equal("""{"af_price":[1.5,2],"af_revenue":3}""", written);
        // Inside its own string, untouched, it is still the text as sent.
        Assert.Contains("""\"af_revenue\":3,}""", MmpJson.Serialize(message), System.StringComparison.Ordinal);
    }

    private static byte[] Write(MmpAttributes attributes)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer))
            attributes.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Nesting_deeper_than_the_reader_allows_is_kept_as_the_string()
    {
        var inner = new string('[', 100) + new string(']', 100);
        var json = $$"""{"api_version":"2.0","event_value":"{\"deep\":{{inner}}}"}""";

        var message = AppsFlyerPushV2Message.Parse(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Null(message.EventValue);
        Assert.Equal(json, MmpJson.Serialize(message));
    }

    [Fact]
    public void The_outbound_AppsFlyer_event_keeps_its_eventValue_text_too()
    {
        const string Json = """{"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventValue":"{\"af_revenue\":\"6\", \"af_currency\":\"USD\"}"}""";

        var evt = AppsFlyerEvent.Parse(System.Text.Encoding.UTF8.GetBytes(Json));

        Assert.Equal(6m, evt.TypedEventValue.AfRevenue);
        Assert.Equal(Json, MmpJson.Serialize(evt));
    }
}
