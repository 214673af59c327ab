using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// The direct writer escapes text in one pass without the encoder where it can: 16 characters (or bytes) at a
/// time, each quote, backslash or control character from a table, a BMP character the encoder leaves alone
/// transcoded inline, what is left of the block shifted past it, the last block overlapping what is written;
/// a run of characters that need the encoder goes to it up to the next ASCII character; long text is taken in
/// chunks of 2,048. Each trap of that, in each place text is escaped: a string member (UTF-16), JSON inside a
/// string kept as the text it was parsed from (UTF-16, full of quotes), JSON inside a string written from
/// members (UTF-8, escaped twice), an attribute's name and value.
/// </summary>
public sealed class EscapingPassTests
{
    // A quote, a backslash, a control character with a short escape and one without, DEL, the first and the
    // last two-byte characters, a three-byte one, characters the relaxed encoder escapes, a surrogate pair,
    // and lone surrogates.
    private static readonly string[] Specials =
        ["\"", "\\", "\n", "\u0001", "\u007f", "\u0080", "\u07ff", "\u0800", "한", "\u2028", "\ufeff", "\ud83d\ude00", "\ud800", "\udc00"];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = MmpJson.WriterOptions.Encoder };

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(33)]
    public void Two_special_characters_at_any_two_places_come_out_as_Utf8JsonWriter_writes_them(int length)
    {
        foreach (var first in Specials)
        {
            foreach (var second in Specials)
            {
                for (var at = 0; at < length; at++)
                {
                    // The second one right after the first, in the same block, and in the next block.
                    foreach (var then in new[] { at + 1, at + 5, at + 16 })
                    {
                        if (then >= length)
                            continue;
                        var text = Place(length, (at, first), (then, second));
                        AssertEverywhere(text, $"U+{(int)first[0]:X4} at {at}, U+{(int)second[0]:X4} at {then} of {length}");
                    }
                }
            }
        }
    }

    [Fact]
    public void Dense_escapes_and_mixed_text_of_every_length_come_out_the_same()
    {
        var random = new Random(20261207);
        var alphabet = Specials.Concat(["a", "b", " ", "{", "}", ":", ",", "é", "\t", "\u001f"]).ToArray();
        for (var length = 0; length < 70; length++)
        {
            for (var i = 0; i < 12; i++)
            {
                var text = new StringBuilder();
                while (text.Length < length)
                    text.Append(alphabet[random.Next(alphabet.Length)]);
                AssertEverywhere(text.ToString(), $"random text #{i} of about {length}");
            }
        }
    }

    [Fact]
    public void Text_across_the_2048_character_chunks_comes_out_the_same()
    {
        // A pair, a three-byte character, a quote and a character the encoder escapes on each side of each
        // chunk boundary: of the UTF-16 text, and of the UTF-8 inner JSON ({"k":"...) five bytes further on.
        foreach (var boundary in new[] { 2048, 4096 })
        {
            for (var at = boundary - 9; at <= boundary + 2; at++)
            {
                foreach (var special in new[] { "\ud83d\ude00", "한", "é", "\"", "\u2028", "\ud800" })
                {
                    var text = Place(boundary + 40, (at, special));
                    AssertEverywhere(text, $"U+{(int)special[0]:X4} at {at}");
                }
            }
        }
        AssertEverywhere(string.Concat(Enumerable.Repeat("한\"", 3000)), "Korean and quotes x3000");
        AssertEverywhere(string.Concat(Enumerable.Repeat("é\ud83d\ude00a", 2000)), "accents and pairs x2000");
    }

    [Fact]
    public void Json_text_kept_from_parsing_comes_out_the_same()
    {
        foreach (var value in new[] { "", "plain", "\"quoted\"", "a\\b", "한국어 \"인용\"", "\u2028\ufeff\u007f", "\ud83d\ude00 x", new string('"', 40), "é" + new string('x', 30) + "\"" })
        {
            // Whitespace and escapes as a sender writes them, kept as they came.
            foreach (var inner in new[]
            {
                "{\"k\":" + JsonSerializer.Serialize(value, Relaxed) + "}",
                "{ \"af_revenue\" : \"6\", \"k\" : " + JsonSerializer.Serialize(value) + ", \"n\": [1, 2.50, {\"x\": null}] }",
            })
            {
                var json = "{\"appsflyer_id\":\"1547985076649-5309999\",\"eventName\":\"af_purchase\",\"eventValue\":"
                    + JsonSerializer.Serialize(inner, Relaxed) + ",\"custom_data\":" + JsonSerializer.Serialize(inner) + "}";
                var record = AppsFlyerEvent.Parse(Encoding.UTF8.GetBytes(json));
                Assert.Equal(inner, record.EventValue!.OriginalJson);
                BothWriters.AssertSameBytes(record, $"eventValue text {inner}");
            }
        }
    }

    [Fact]
    public void Attributes_of_every_kind_come_out_the_same_first_and_later()
    {
        var values = new List<(string Name, MmpValue Value)>
        {
            ("string", "plain"),
            ("empty string", ""),
            ("escaped string", "\"q\" \\ \n"),
            ("Korean string", "한국어"),
            ("long string", new string('s', 40) + "\u2028"),
            ("decimal", 1.50m),
            ("negative decimal", -0.05m),
            ("big decimal", decimal.MaxValue),
            ("double", 0.1),
            ("whole double", 1e15),
            ("int", 6),
            ("long", long.MinValue),
            ("number text", MmpValue.NumberText("1e400")),
            ("true", true),
            ("false", false),
            ("null", MmpValue.Null),
            ("object", MmpValue.Json("{\"a\":[1,{\"b\":\"\u2028\"}],\"c\":{}}")),
            ("array", MmpValue.Json("[\"x\",1.0,true,null,[]]")),
        };
        foreach (var name in new[] { "k", "key_a1", "a name of more than sixteen characters", "\"quoted\"", "é", "\u2028", "" })
        {
            foreach (var (what, value) in values)
            {
                foreach (var bag in new[]
                {
                    new MmpAttributes { [name] = value },
                    new MmpAttributes { ["first"] = "x", [name] = value, ["last"] = 1 },
                    new MmpAttributes { ["nested"] = value, [name] = value },
                })
                {
                    var affise = new AffiseEvent
                    {
                        Event = new AffiseEventDetails
                        {
                            AffiseEventName = "Purchase",
                            AffiseParameters = new AffiseParameters { AffisePContentList = [bag, [], bag] },
                        },
                    };
                    BothWriters.AssertSameBytes(affise, $"Affise content list, {what} named {name}");
                    var airbridge = Airbridge("x");
                    airbridge.EventData.Goal.CustomAttributes = bag;
                    BothWriters.AssertSameBytes(airbridge, $"Airbridge custom attributes, {what} named {name}");
                    BothWriters.AssertSameBytes(AppsFlyer("x", bag), $"AppsFlyer eventValue, {what} named {name}");
                }
            }
        }
    }

    private static string Place(int length, params (int At, string Text)[] specials)
    {
        var text = new StringBuilder();
        var next = 0;
        foreach (var (at, special) in specials)
        {
            text.Append('a', at - next).Append(special);
            next = at + 1;
        }
        return text.Append('b', Math.Max(0, length - next)).ToString();
    }

    private static void AssertEverywhere(string text, string what)
    {
        BothWriters.AssertSameBytes(Airbridge(text), $"string member, {what}");
        BothWriters.AssertSameBytes(AppsFlyer(text, new MmpAttributes { ["k"] = text, [text] = 1 }), $"JSON inside a string, {what}");
    }

    private static AirbridgeAppEvent Airbridge(string text) => new()
    {
        User = new AirbridgeUser { ExternalUserID = text },
        App = new AirbridgeApp { PackageName = "p" },
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "c" } },
    };

    private static AppsFlyerEvent AppsFlyer(string text, MmpAttributes eventValue) => new()
    {
        AppsflyerId = "1547985076649-5309999",
        EventName = text,
        EventValue = eventValue,
    };
}
