using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>A member name written with <c>\u</c> escapes is the same name: it is recognised whatever its escaped length.</summary>
public sealed class EscapedMemberNameTests
{
    private static string Escaped(string name) => string.Concat(name.Select(c => $"\\u{(int)c:x4}"));

    [Theory]
    [InlineData("app_id")]
    [InlineData("event_time_selected_timezone")] // 28 characters, 168 bytes escaped: longer than the name buffer
    [InlineData("attributed_touch_time_selected_timezone")]
    public void A_fully_escaped_known_name_is_read_into_its_member(string name)
    {
        var value = name.EndsWith("timezone", StringComparison.Ordinal) ? "2026-01-01 10:00:00.000+0900" : "id123";
        var json = Encoding.UTF8.GetBytes($$"""{"api_version":"2.0","{{Escaped(name)}}":"{{value}}"}""");

        Assert.True(AppsFlyerPushV2Message.TryParse(json, out var message, out var error), error?.ToString());

        Assert.True(message.UnknownMembers is null || message.UnknownMembers.Count == 0, $"kept as unknown: {MmpJson.Serialize(message)}");
        Assert.Equal($$"""{"api_version":"2.0","{{name}}":"{{value}}"}""", MmpJson.Serialize(message));
    }

    [Fact]
    public void An_escaped_and_a_plain_copy_of_a_name_are_written_once_and_read_back()
    {
        const string name = "event_time_selected_timezone";
        var json = Encoding.UTF8.GetBytes($$"""{"api_version":"2.0","{{name}}":"2026-01-01 10:00:00.000+0900","{{Escaped(name)}}":"2026-01-02 10:00:00.000+0900"}""");

        Assert.True(AppsFlyerPushV2Message.TryParse(json, out var message, out var error), error?.ToString());
        var written = MmpJson.SerializeToUtf8Bytes(message);

        using var document = JsonDocument.Parse(written);
        Assert.Single(document.RootElement.EnumerateObject(), m => m.Name == name);
        Assert.True(AppsFlyerPushV2Message.TryParse(written, out var again, out error), error?.ToString());
        Assert.Equal(2, again.EventTimeSelectedTimezone!.Value.Day);
    }
}
