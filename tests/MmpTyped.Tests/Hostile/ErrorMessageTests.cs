using System;
using System.Text;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>An error quotes at most a short, escaped excerpt of the value, and says what is wrong with it.</summary>
public sealed class ErrorMessageTests
{
    [Fact]
    public void A_long_value_with_control_characters_is_quoted_as_a_short_escaped_excerpt()
    {
        var json = "{\"api_version\":\"2.0\",\"wifi\":\"\\u001b[31m\\nOK\\n" + new string('x', 1_000_000) + "\"}";

        Assert.False(AppsFlyerPushV2Message.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));

        Assert.Equal("$.wifi", error.Path);
        Assert.True(error.Message.Length < 200, error.Message[..Math.Min(200, error.Message.Length)]);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("... (1000009 characters)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400", "a number (decimal)")]
    [InlineData("-1e400", "a number (decimal)")]
    public void A_number_out_of_range_says_so(string number, string expected)
    {
        var json = "{\"eventData\":{\"goal\":{\"category\":\"x\",\"value\":" + number + "}}}";

        Assert.False(AirbridgeAppEvent.TryParse(Encoding.UTF8.GetBytes(json), out _, out var error));

        Assert.Equal("$.eventData.goal.value", error.Path);
        Assert.Contains($"expected {expected}, found \"{number}\", which is out of its range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_double_out_of_range_is_not_read_as_infinity()
    {
        var json = """{"device":{"screen":{"width":1e400}}}"""u8;

        Assert.False(AirbridgeAppEvent.TryParse(json, out _, out var error));

        Assert.Equal("$.device.screen.width", error.Path);
        Assert.Contains("out of its range", error.Message, StringComparison.Ordinal);
    }
}
