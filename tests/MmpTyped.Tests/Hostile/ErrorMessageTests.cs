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

        Assert.True(AppsFlyerPushV2Message.TryParse(Encoding.UTF8.GetBytes(json), out var message, out var parseError), parseError?.ToString());
        var error = System.Linq.Enumerable.Single(message.Validate().Errors, e => e.Path == "$.wifi");

        Assert.Equal("$.wifi", error.Path);
        Assert.True(error.Message.Length < 200, error.Message[..Math.Min(200, error.Message.Length)]);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain('\u001b', error.Message);
        Assert.Contains("... (1000009 characters)", error.Message, StringComparison.Ordinal);
    }
}
