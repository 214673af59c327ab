using System.Collections.Generic;
using MmpTyped.Airbridge;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// The direct writer copies a string it finds plain in one pass of 16, 8-and-8, 4-and-4 or single characters: a
/// character that needs escaping or is not ASCII must send it to the encoder wherever it stands (in a whole
/// block, in the overlapping last block, in the short tail), for the object's first member and a later one.
/// Text with escapes is written run by run (an ASCII escape looked up, other text transcoded when the encoder
/// leaves it alone): many escapes, mixed with text that is not ASCII, come out the same.
/// </summary>
public sealed class PlainTextFastPathTests
{
    // Each one a trap for a shortcut: the escaped ASCII, the first byte past ASCII, a character whose low byte
    // is plain ASCII ('Ł' is U+0141), the relaxed encoder's exceptions, a surrogate pair and a lone surrogate.
    private static readonly string[] Specials = ["\"", "\\", "\u001f", "\u007f", "\u0080", "\u0141", "é", "한", "\u2028", "\ufeff", "\ud83d\ude00", "\ud800"];

    public static IEnumerable<object[]> Lengths()
    {
        foreach (var length in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47 })
            yield return [length];
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void A_special_character_anywhere_comes_out_as_Utf8JsonWriter_writes_it(int length)
    {
        foreach (var special in Specials)
        {
            for (var at = 0; at < length; at++)
            {
                var text = new string('a', at) + special + new string('b', length - at - 1);
                BothWriters.AssertSameBytes(Event(text), $"U+{(int)special[0]:X4} at {at} of {length}");
            }
        }
    }

    private static AirbridgeAppEvent Event(string text) => new()
    {
        User = new AirbridgeUser { ExternalUserID = text, ExternalUserEmail = text },
        App = new AirbridgeApp { PackageName = text },
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "c" } },
    };

    [Theory]
    [InlineData("{ \"af_revenue\": \"6\", \"af_content_type\": \"wallets\" }")]
    [InlineData("\"\"\\\u0001\n\u007f\"")]
    [InlineData("a\"b한\"c\u2028\"d\ud83d\ude00\"e\ud800\"")]
    [InlineData("한국어 \"인용\" é")]
    public void Many_escapes_in_one_string_come_out_as_Utf8JsonWriter_writes_them(string text) =>
        BothWriters.AssertSameBytes(Event(text), text);

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Plain_text_of_every_length_comes_out_the_same(int length)
    {
        var text = new string('~', length / 2) + new string(' ', length - length / 2);
        BothWriters.AssertSameBytes(Event(text), $"plain text of {length}");
    }
}
