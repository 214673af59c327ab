using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Push;

/// <summary>What was done to a seed to make a mutant.</summary>
internal enum MutationKind
{
    Truncation,
    TypeFlip,
    DeepNesting,
    HugeString,
    InvalidUtf8InValue,
    InvalidUtf8InName,
    DuplicateKey,
    EventValueString,
    Combination,
}

/// <summary>One mutated message: its number in the run, what was done and to which seed, and its bytes.</summary>
internal sealed record Mutant(int Index, MutationKind Kind, string Seed, string Description, byte[] Bytes)
{
    /// <summary>The mutant for a failure message: what it is, and its first bytes (it may be megabytes long).</summary>
    public string Describe()
    {
        var head = Bytes.AsSpan(0, Math.Min(200, Bytes.Length));
        // Latin-1 keeps every byte visible, invalid UTF-8 included, one character per byte.
        var text = Encoding.Latin1.GetString(head).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        return $"mutant #{Index} ({Kind}, seed {Seed}, {Bytes.Length} bytes): {Description}\n    first bytes: {text}";
    }
}

/// <summary>
/// Mutates real AppsFlyer Push API messages, deterministically. Every mutation that aims at a value or a
/// member finds it with a real tokenizer pass (<see cref="Utf8JsonReader"/> over the current bytes) and
/// splices bytes, so a mutant differs from a valid message exactly where the description says; a pass
/// that stops early (a mutant already broken by an earlier step of a combination) offers the values it
/// met before the break.
/// </summary>
internal sealed class PushMutator
{
    /// <summary>The fixed seed of the run: a failure names a mutant number that the next run rebuilds.</summary>
    public const int RandomSeed = 20261122;

    /// <summary>One huge-string mutant in this many (megabytes each: a small share keeps the run short).</summary>
    public const int HugeStringEvery = 500;

    private static readonly MutationKind[] CommonKinds =
    [
        MutationKind.Truncation, MutationKind.TypeFlip, MutationKind.DeepNesting, MutationKind.InvalidUtf8InValue,
        MutationKind.InvalidUtf8InName, MutationKind.DuplicateKey, MutationKind.EventValueString, MutationKind.Combination,
    ];

    // The steps a combination draws from; huge strings stay out of them to keep the run short.
    private static readonly MutationKind[] CombinableKinds =
    [
        MutationKind.Truncation, MutationKind.TypeFlip, MutationKind.DeepNesting, MutationKind.InvalidUtf8InValue,
        MutationKind.InvalidUtf8InName, MutationKind.DuplicateKey, MutationKind.EventValueString,
    ];

    /// <summary>
    /// Replacement values of every JSON type, and the strings the lenient members read specially
    /// (numbers and booleans in quotes, <c>""</c>), and numbers no .NET type holds.
    /// </summary>
    private static readonly string[] FlipValues =
    [
        "\"text\"", "\"\"", "\" \"", "\"123\"", "\"-0.0750\"", "\"1e5\"", "\"1e400\"", "\"NaN\"", "\"Infinity\"", "\"true\"", "\"false\"",
        "\"2015-10-28 12:18:36\"", "\"2015-10-28 12:18:36.000+0800\"", "\"\\u00e9\\n\\\"\"", "\"\\ud800\"",
        "0", "-0", "123", "-1.5e3", "0.0750", "1e400", "-1e-400", "79228162514264337593543950336", "12345678901234567890123456789012345",
        "true", "false", "null",
        "{}", "{\"k\":\"v\"}", "{\"a\":{\"b\":[1,{\"c\":null}]}}", "[]", "[1,\"a\",null,true,{}]", "[[[]]]",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xFE], [0xC3, 0x28], [0x80], [0xBF], [0x80, 0x80], [0xC0, 0xAF], [0xE0, 0x80, 0xAF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE2, 0x82], [0xC3],
    ];

    private static readonly string[] BrokenInnerJson =
    [
        "{\"af_revenue\":140.25,}", "{\"a\":", "{\"a\":1} x", "{} {}", "{\"a\":\"\\x\"}", "{'a':1}", "{\"a\":NaN}", "{\"a\":1,\"a\":\"two\"}",
        "[1,2]", "\"str\"", "123", "null", "true", " ", "", "{\"a\":\"\\ud800\"}", "{\"a\":1e400}", "{\"a\":[1,{\"b\":null}]}", "{\"\":0}",
    ];

    private readonly List<(string Name, byte[] Bytes)> _seeds;
    private readonly Random _random = new(RandomSeed);

    public PushMutator(IEnumerable<(string Name, byte[] Bytes)> seeds)
    {
        _seeds = seeds.ToList();
        if (_seeds.Count == 0)
            throw new ArgumentException("No seeds.", nameof(seeds));
    }

    /// <summary>
    /// Every JSON file of the V1 and V2 example folders, in a fixed order, the not-JSON one included (a
    /// mutant of it must be rejected like the file itself).
    /// </summary>
    public static List<(string Name, byte[] Bytes)> LoadSeeds() =>
        new[] { "appsflyer.push.v1", "appsflyer.push.v2" }
            .SelectMany(schemaId => Directory.GetFiles(DocumentedExamples.Folder(schemaId), "*.json"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .ToList();

    /// <summary>The next mutant; call with 0, 1, 2, ... (the number only labels it and places the huge ones).</summary>
    public Mutant Next(int index)
    {
        var (seedName, seedBytes) = _seeds[_random.Next(_seeds.Count)];
        var kind = index % HugeStringEvery == HugeStringEvery / 2 ? MutationKind.HugeString : CommonKinds[_random.Next(CommonKinds.Length)];
        var description = new StringBuilder();
        byte[] bytes;
        if (kind == MutationKind.Combination)
        {
            var steps = Enumerable.Range(0, _random.Next(2, 4)).Select(_ => CombinableKinds[_random.Next(CombinableKinds.Length)])
                // A truncation goes last: the steps before it find their targets in a whole document.
                .OrderBy(step => step == MutationKind.Truncation).ToList();
            bytes = seedBytes;
            foreach (var step in steps)
            {
                description.Append(description.Length == 0 ? "" : "; then ").Append(step).Append(": ");
                bytes = Apply(step, bytes, description);
            }
        }
        else
        {
            bytes = Apply(kind, seedBytes, description);
        }
        return new Mutant(index, kind, seedName, description.ToString(), bytes);
    }

    private byte[] Apply(MutationKind kind, byte[] json, StringBuilder description) => kind switch
    {
        MutationKind.Truncation => Truncate(json, description),
        MutationKind.TypeFlip => FlipType(json, description),
        MutationKind.DeepNesting => Nest(json, description),
        MutationKind.HugeString => HugeString(json, description),
        MutationKind.InvalidUtf8InValue => BreakUtf8(json, inName: false, description),
        MutationKind.InvalidUtf8InName => BreakUtf8(json, inName: true, description),
        MutationKind.DuplicateKey => DuplicateKey(json, description),
        MutationKind.EventValueString => EventValueString(json, description),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a single mutation."),
    };

    private byte[] Truncate(byte[] json, StringBuilder description)
    {
        var length = _random.Next(json.Length);
        description.Append("cut after byte ").Append(length);
        return json[..length];
    }

    private byte[] FlipType(byte[] json, StringBuilder description)
    {
        if (PickValue(json, _ => true) is not { } slot)
            return NoTarget(json, description);
        var pick = _random.Next(FlipValues.Length);
        // Never the value it already has ("null" for null): the mutant must differ from the seed.
        if (json.AsSpan(slot.Start, slot.End - slot.Start).SequenceEqual(Encoding.UTF8.GetBytes(FlipValues[pick])))
            pick = (pick + 1) % FlipValues.Length;
        var replacement = FlipValues[pick];
        description.Append(slot.Describe(json)).Append(" := ").Append(replacement);
        return Splice(json, slot.Start, slot.End, Encoding.UTF8.GetBytes(replacement));
    }

    private byte[] Nest(byte[] json, StringBuilder description)
    {
        if (PickValue(json, _ => true) is not { } slot)
            return NoTarget(json, description);
        var depth = LogUniform(10, 100_000);
        var arrays = _random.Next(2) == 0;
        var closed = _random.Next(2) == 0;
        description.Append(slot.Describe(json)).Append(" := ").Append(depth).Append(arrays ? " x '['" : " x '{\"a\":'").Append(closed ? ", closed" : ", never closed");
        return Splice(json, slot.Start, slot.End, Nested(depth, arrays, closed));
    }

    private byte[] HugeString(byte[] json, StringBuilder description)
    {
        var inName = _random.Next(4) == 0;
        var slot = inName ? PickMember(json) : PickValue(json, s => s.Type == JsonTokenType.String);
        if (slot is not { } target)
            return NoTarget(json, description);
        var size = _random.Next(1 << 20, (8 << 20) + 1);
        var (content, style) = HugeContent(size);
        description.Append(target.Describe(json)).Append(inName ? ": member name := " : " := ").Append(size).Append(" bytes of ").Append(style);
        var (start, end) = inName ? (target.NameStart, target.NameEnd) : (target.Start, target.End);
        return Splice(json, start, end, Quoted(content));
    }

    private (byte[] Content, string Style) HugeContent(int size)
    {
        switch (_random.Next(4))
        {
            case 0:
                return (Repeat("x"u8, size), "'x'");
            case 1:
                return (Repeat("\\u00e9"u8, size / 6), "\\u00e9 escapes");
            case 2:
                return (Repeat("\u00e9\ud55c"u8, size / 5), "raw UTF-8 (e-acute, hangul)");
            default:
                return (Repeat("ab\\n\\\"\\\\\\u00e9\\ud83d\\ude00"u8, size / 28), "mixed escapes and a surrogate pair");
        }
    }

    private byte[] BreakUtf8(byte[] json, bool inName, StringBuilder description)
    {
        var slot = inName ? PickMember(json) : PickValue(json, s => s.Type == JsonTokenType.String);
        if (slot is not { } target)
            return NoTarget(json, description);
        var bad = InvalidUtf8[_random.Next(InvalidUtf8.Length)];
        if (!inName && _random.Next(3) == 0)
        {
            // The bytes one level down, in a nested object or array: the parsers keep nested JSON of
            // unknown members as text, a path of its own from the strings they read.
            var (before, after, shape) = _random.Next(3) switch
            {
                0 => ("{\"k\":\"a"u8.ToArray(), "b\"}"u8.ToArray(), "an object's string"),
                1 => ("[1,\"a"u8.ToArray(), "b\"]"u8.ToArray(), "an array's string"),
                _ => ("{\"a"u8.ToArray(), "b\":1}"u8.ToArray(), "an object's member name"),
            };
            description.Append(target.Describe(json)).Append(" := ").Append(shape).Append(" holding ").Append(Convert.ToHexString(bad));
            return Splice(json, target.Start, target.End, [.. before, .. bad, .. after]);
        }
        var (start, end) = inName ? (target.NameStart, target.NameEnd) : (target.Start, target.End);
        var at = SafeInsertionPoint(json, start + 1, end - 1);
        description.Append(target.Describe(json)).Append(inName ? ": in its name at byte " : ": in its value at byte ").Append(at)
            .Append(" insert ").Append(Convert.ToHexString(bad));
        return Splice(json, at, at, bad);
    }

    private byte[] DuplicateKey(byte[] json, StringBuilder description)
    {
        if (PickMember(json) is not { } member)
            return NoTarget(json, description);
        var name = json.AsSpan(member.NameStart, member.NameEnd - member.NameStart);
        var sameValue = _random.Next(2) == 0;
        var value = sameValue ? json.AsSpan(member.Start, member.End - member.Start).ToArray() : Encoding.UTF8.GetBytes(FlipValues[_random.Next(FlipValues.Length)]);
        var before = _random.Next(2) == 0;
        byte[] copy = before ? [.. name, (byte)':', .. value, (byte)','] : [(byte)',', .. name, (byte)':', .. value];
        description.Append(member.Describe(json)).Append(" repeated ").Append(before ? "before" : "after").Append(" itself with ")
            .Append(sameValue ? "the same value" : Encoding.UTF8.GetString(value));
        var at = before ? member.NameStart : member.End;
        return Splice(json, at, at, copy);
    }

    private byte[] EventValueString(byte[] json, StringBuilder description)
    {
        var slots = Scan(json);
        var targets = slots.Where(s => s.Depth == 1 && (s.HasName(json, "event_value"u8) || s.HasName(json, "custom_data"u8))).ToList();
        var real = RealEventValue(json, slots);
        var (inner, what) = InnerJson(real);
        var literal = Quoted(Escape(inner));
        if (targets.Count > 0)
        {
            var target = targets[_random.Next(targets.Count)];
            description.Append(target.Describe(json)).Append(" := a string holding ").Append(what);
            return Splice(json, target.Start, target.End, literal);
        }
        // No event_value to replace (a broken or truncated document): add one as the first member.
        var open = Array.IndexOf(json, (byte)'{');
        if (open < 0)
            return NoTarget(json, description);
        description.Append("new first member event_value := a string holding ").Append(what);
        return Splice(json, open + 1, open + 1, [.. "\"event_value\":"u8, .. literal, (byte)',']);
    }

    /// <summary>The text an <c>event_value</c> string holds: broken, deep, huge or doubly encoded JSON.</summary>
    private (byte[] Inner, string What) InnerJson(byte[] real)
    {
        switch (_random.Next(5))
        {
            case 0:
                var broken = BrokenInnerJson[_random.Next(BrokenInnerJson.Length)];
                return (Encoding.UTF8.GetBytes(broken), $"broken JSON {broken}");
            case 1:
                var cut = _random.Next(real.Length);
                return (real[..cut], $"the real event value cut after byte {cut}");
            case 2:
                var depth = LogUniform(10, 100_000);
                var arrays = _random.Next(2) == 0;
                var closed = _random.Next(2) == 0;
                return (Nested(depth, arrays, closed), $"{depth} nested {(arrays ? "arrays" : "objects")}, {(closed ? "closed" : "never closed")}");
            case 3 when _random.Next(25) == 0:
                // Many members rather than many bytes: a cost per member shows here first. Few of them,
                // each a few hundred kilobytes, to keep the run short.
                var members = LogUniform(1_000, 30_000);
                var text = new StringBuilder("{");
                for (var i = 0; i < members; i++)
                    text.Append(i == 0 ? "" : ",").Append("\"af_").Append(i).Append("\":").Append(i);
                return (Encoding.UTF8.GetBytes(text.Append('}').ToString()), $"an object with {members} members");
            case 3:
                var size = LogUniform(1_000, 256 * 1024);
                return ([.. "{\"af_content\":\""u8, .. Repeat("\\u00e9x"u8, size / 7), .. "\",\"af_revenue\":1}"u8], $"an object with a {size}-byte string");
            default:
                var times = _random.Next(1, 4);
                var encoded = real;
                for (var i = 0; i < times; i++)
                    encoded = Quoted(Escape(encoded));
                return (encoded, $"the real event value JSON-encoded {times} more time(s)");
        }
    }

    // The seed's own event_value text when it is a string holding something; otherwise a typical one.
    private static byte[] RealEventValue(byte[] json, List<Slot> slots)
    {
        foreach (var slot in slots)
        {
            if (slot.Depth != 1 || slot.Type != JsonTokenType.String || !slot.HasName(json, "event_value"u8))
                continue;
            try
            {
                var reader = new Utf8JsonReader(json.AsSpan(slot.Start, slot.End - slot.Start));
                reader.Read();
                var text = reader.GetString();
                if (!string.IsNullOrWhiteSpace(text))
                    return Encoding.UTF8.GetBytes(text);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                // not readable text: use the typical one
            }
        }
        return "{\"af_revenue\":\"9.99\",\"af_currency\":\"USD\",\"af_content_id\":\"CH129\",\"quantity\":1}"u8.ToArray();
    }

    private static byte[] NoTarget(byte[] json, StringBuilder description)
    {
        description.Append("no target found, unchanged");
        return json;
    }

    private Slot? PickValue(byte[] json, Func<Slot, bool> where)
    {
        // Depth 0 is the message itself: a truncation already breaks it as a whole.
        var candidates = Scan(json).Where(s => s.Depth > 0 && where(s)).ToList();
        return candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
    }

    private Slot? PickMember(byte[] json) => PickValue(json, s => s.NameStart >= 0);

    private int LogUniform(int min, int max) => (int)Math.Round(min * Math.Pow((double)max / min, _random.NextDouble()));

    // A position inside a string's text where inserted bytes cannot split an escape or a multi-byte character.
    private int SafeInsertionPoint(byte[] json, int contentStart, int contentEnd)
    {
        var at = _random.Next(contentStart, contentEnd + 1);
        for (var i = Math.Max(contentStart, at - 6); i < at; i++)
        {
            if (json[i] == (byte)'\\' || json[i] >= 0x80)
                return contentStart;
        }
        return at < json.Length && json[at] >= 0x80 ? contentStart : at;
    }

    private static byte[] Nested(int depth, bool arrays, bool closed)
    {
        var open = arrays ? "["u8 : "{\"a\":"u8;
        var close = arrays ? (byte)']' : (byte)'}';
        var result = new List<byte>(depth * (open.Length + 1) + 1);
        for (var i = 0; i < depth; i++)
            result.AddRange(open);
        if (closed)
        {
            result.Add((byte)'1');
            for (var i = 0; i < depth; i++)
                result.Add(close);
        }
        return [.. result];
    }

    private static byte[] Repeat(ReadOnlySpan<byte> unit, int times)
    {
        var result = new byte[unit.Length * Math.Max(times, 1)];
        for (var i = 0; i < result.Length; i += unit.Length)
            unit.CopyTo(result.AsSpan(i));
        return result;
    }

    private static byte[] Quoted(ReadOnlySpan<byte> content) => [(byte)'"', .. content, (byte)'"'];

    /// <summary>Escapes bytes as a JSON string's text, byte for byte: other bytes (invalid UTF-8 too) pass as they are.</summary>
    private static byte[] Escape(ReadOnlySpan<byte> text)
    {
        var result = new List<byte>(text.Length + text.Length / 4 + 8);
        foreach (var b in text)
        {
            if (b == (byte)'"' || b == (byte)'\\')
            {
                result.Add((byte)'\\');
                result.Add(b);
            }
            else if (b < 0x20)
            {
                result.AddRange(Encoding.ASCII.GetBytes($"\\u{b:x4}"));
            }
            else
            {
                result.Add(b);
            }
        }
        return [.. result];
    }

    private static byte[] Splice(byte[] json, int start, int end, ReadOnlySpan<byte> replacement) =>
        [.. json.AsSpan(0, start), .. replacement, .. json.AsSpan(end)];

    /// <summary>
    /// The values of a document, each with its byte range and, for an object member, its name's range
    /// (quotes included). Stops quietly where the document stops being JSON.
    /// </summary>
    public static List<Slot> Scan(byte[] json)
    {
        var slots = new List<Slot>();
        // Deep enough for the deepest mutant, so a combination can still aim past a nested value.
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1_000_000 });
        var open = new Stack<(int Start, int NameStart, int NameEnd, JsonTokenType Type, int Depth)>();
        int nameStart = -1, nameEnd = -1;
        try
        {
            while (reader.Read())
            {
                var start = checked((int)reader.TokenStartIndex);
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nameStart = start;
                        nameEnd = start + reader.ValueSpan.Length + 2;
                        continue;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        open.Push((start, nameStart, nameEnd, reader.TokenType, reader.CurrentDepth));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        var (s, ns, ne, type, depth) = open.Pop();
                        slots.Add(new Slot(s, start + 1, type, ns, ne, depth));
                        break;
                    default:
                        var length = reader.ValueSpan.Length + (reader.TokenType == JsonTokenType.String ? 2 : 0);
                        slots.Add(new Slot(start, start + length, reader.TokenType, nameStart, nameEnd, reader.CurrentDepth));
                        break;
                }
                nameStart = nameEnd = -1;
            }
        }
        catch (JsonException)
        {
            // a broken document: the values before the break are targets enough
        }
        return slots;
    }

    /// <summary>A value's bytes [Start, End) and its member name's [NameStart, NameEnd) (-1 in an array or at the top).</summary>
    internal readonly record struct Slot(int Start, int End, JsonTokenType Type, int NameStart, int NameEnd, int Depth)
    {
        public bool HasName(byte[] json, ReadOnlySpan<byte> name) =>
            NameStart >= 0 && json.AsSpan(NameStart + 1, NameEnd - NameStart - 2).SequenceEqual(name);

        public string Describe(byte[] json)
        {
            var where = NameStart >= 0
                ? "member " + Encoding.Latin1.GetString(json, NameStart, Math.Min(NameEnd - NameStart, 60))
                : "array element";
            return $"{where} ({Type} at bytes {Start}..{End}, depth {Depth})";
        }
    }
}
