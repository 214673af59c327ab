using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using MmpTyped.Testing;
using MmpTyped.Tests.Push;

namespace MmpTyped.Tests.Adversarial;

/// <summary>How an input was made from a seed.</summary>
internal enum Strategy
{
    /// <summary>The Push mutation run's mutants (truncation, retyping, nesting, invalid UTF-8, huge strings, ...).</summary>
    Mutation,

    /// <summary>A value replaced by one at a type's edge: 1e400, long.MinValue, year 1 or 9999, offsets past ±14:00.</summary>
    ExtremeValue,

    /// <summary>A member sent again, with another value, <c>null</c> or the same one.</summary>
    Duplicate,

    /// <summary>A member name written with <c>\u</c> escapes.</summary>
    Escape,

    /// <summary>A string holding lone or paired surrogates, escaped.</summary>
    Surrogate,

    /// <summary>A number or time with more digits than its type writes: 1e-400, thirty fraction digits, seven-digit seconds.</summary>
    Precision,

    /// <summary>Thousands of unknown members, a long string, or deep nesting in an unknown member.</summary>
    Size,
}

/// <summary>One hostile input: its number, how it was made and from which seed, and its bytes.</summary>
internal sealed record HostileInput(int Index, Strategy Strategy, string Seed, string Description, byte[] Bytes)
{
    public string Describe()
    {
        var head = Encoding.Latin1.GetString(Bytes.AsSpan(0, Math.Min(300, Bytes.Length)))
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
        return $"input #{Index} ({Strategy}, seed {Seed}, {Bytes.Length} bytes): {Description}\n    first bytes: {head}";
    }
}

/// <summary>
/// Makes hostile inputs from the vendor's documented examples of one schema, deterministically (a fixed
/// seed; input n is the same on every run). Values are found with a real tokenizer pass and bytes are
/// spliced, so an input differs from its seed exactly where its description says.
/// </summary>
internal sealed class HostileInputs
{
    public const int RandomSeed = 20261206;

    private static readonly string[] Extremes =
    [
        "1e400", "-1e400", "9223372036854775807", "-9223372036854775808", "9223372036854775808", "2147483648", "-2147483649",
        "0", "-0", "1E+308", "4.9E-324", "\"\"", "\" \"", "null", "true", "\"true\"", "[]", "{}", "[null]", "\"NaN\"", "\"Infinity\"",
        "\"0001-01-01 00:00:00\"", "\"0001-01-01 00:00:00+0100\"", "\"9999-12-31 23:59:59.9999999\"", "\"9999-12-31 23:59:59-1459\"",
        "\"2024-02-30 00:00:00\"", "\"2024-01-01 24:00:00\"", "\"2024-01-01 00:00:00+1500\"", "\"00000000-0000-0000-0000-000000000000\"",
        "253402300800000", "-62135596800001", "-9223372036854775807",
    ];

    private static readonly string[] Precise =
    [
        "1e-400", "0.12345678901234567890123456789012", "1.50", "1.0E+2", "0.10000000000000001", "123456789012345678901234567890",
        "\"0.0750000000000000000000000000001\"", "\"1e-400\"", "\"1.50\"", "\"2024-01-02 03:04:05.1\"", "\"2024-01-02 03:04:05.12\"",
        "\"2024-01-02 03:04:05.1234\"", "\"2024-01-02 03:04:05.1234567\"", "\"2024-01-02 03:04:05.12345678\"",
        "\"2024-01-02 03:04:05.123456+0530\"", "\"2024-01-02 03:04:0\\u0035.123\"", "99999999999", "100000000000", "-99999999999",
    ];

    private static readonly string[] Surrogates =
    [
        "\"\\ud800\"", "\"a\\udc00b\"", "\"\\udc00\\ud800\"", "\"\\ud83d\\ude00\"", "\"\\ud83d\"", "\"x\\ud83d\\ude00\\ud83d\"",
    ];

    private readonly List<(string Name, byte[] Bytes)> _seeds;
    private readonly PushMutator _mutator;
    private readonly Random _random = new(RandomSeed);

    public HostileInputs(string schemaId)
    {
        _seeds = Directory.GetFiles(DocumentedExamples.Folder(schemaId), "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllBytes(path)))
            .Where(seed => IsJson(seed.Item2))
            .ToList();
        _mutator = new PushMutator(_seeds);
    }

    public HostileInput Next(int index)
    {
        var strategy = (Strategy)(index % Enum.GetValues<Strategy>().Length);
        if (strategy == Strategy.Mutation)
        {
            var mutant = _mutator.Next(index);
            return new(index, strategy, mutant.Seed, $"{mutant.Kind}: {mutant.Description}", mutant.Bytes);
        }
        var (seedName, seed) = _seeds[_random.Next(_seeds.Count)];
        var slots = PushMutator.Scan(seed);
        var scalars = slots.Where(s => s.Type is not (JsonTokenType.StartObject or JsonTokenType.StartArray)).ToList();
        var named = slots.Where(s => s.NameStart >= 0).ToList();
        var strings = slots.Where(s => s.Type == JsonTokenType.String).ToList();
        switch (strategy)
        {
            case Strategy.ExtremeValue:
                return Replace(index, strategy, seedName, seed, Pick(scalars), Pick(Extremes));
            case Strategy.Precision:
                return Replace(index, strategy, seedName, seed, Pick(scalars), Pick(Precise));
            case Strategy.Surrogate:
                return Replace(index, strategy, seedName, seed, Pick(strings), Pick(Surrogates));
            case Strategy.Duplicate:
            {
                var slot = Pick(named);
                var again = _random.Next(3) switch { 0 => "null", 1 => Encoding.UTF8.GetString(seed.AsSpan(slot.Start, slot.End - slot.Start)), _ => Pick(Extremes) };
                var name = Encoding.UTF8.GetString(seed.AsSpan(slot.NameStart, slot.NameEnd - slot.NameStart));
                var inserted = "," + name + ":" + again;
                return new(index, strategy, seedName, $"{slot.Describe(seed)} sent again as {again}", Splice(seed, slot.End, slot.End, inserted));
            }
            case Strategy.Escape:
            {
                var slot = Pick(named);
                var name = JsonDocument.Parse("[" + Encoding.UTF8.GetString(seed.AsSpan(slot.NameStart, slot.NameEnd - slot.NameStart)) + "]").RootElement[0].GetString()!;
                var escaped = "\"" + string.Concat(name.Select(c => $"\\u{(int)c:x4}")) + "\"";
                return new(index, strategy, seedName, $"{slot.Describe(seed)} with its name escaped", Splice(seed, slot.NameStart, slot.NameEnd, escaped));
            }
            default:
                return Grow(index, seedName, seed, strings);
        }
    }

    private HostileInput Grow(int index, string seedName, byte[] seed, List<PushMutator.Slot> strings)
    {
        var open = Array.IndexOf(seed, (byte)'{') + 1;
        switch (_random.Next(3))
        {
            case 0:
                var count = _random.Next(500, 5_000);
                var members = string.Concat(Enumerable.Range(0, count).Select(i => $"\"u{i}\":{i},"));
                return new(index, Strategy.Size, seedName, $"{count} unknown members first", Splice(seed, open, open, members));
            case 1 when strings.Count > 0:
                var length = _random.Next(10_000, 300_000);
                var slot = Pick(strings);
                return new(index, Strategy.Size, seedName, $"{slot.Describe(seed)} replaced by {length} characters", Replace(seed, slot, "\"" + new string('x', length) + "\""));
            default:
                var depth = _random.Next(10, 200);
                var nested = "\"deep\":" + new string('[', depth) + new string(']', depth) + ",";
                return new(index, Strategy.Size, seedName, $"an unknown member nested {depth} deep", Splice(seed, open, open, nested));
        }
    }

    private HostileInput Replace(int index, Strategy strategy, string seedName, byte[] seed, PushMutator.Slot slot, string value) =>
        new(index, strategy, seedName, $"{slot.Describe(seed)} replaced by {value}", Replace(seed, slot, value));

    private static byte[] Replace(byte[] seed, PushMutator.Slot slot, string value) => Splice(seed, slot.Start, slot.End, value);

    private static byte[] Splice(byte[] json, int start, int end, string replacement) =>
        [.. json.AsSpan(0, start), .. Encoding.UTF8.GetBytes(replacement), .. json.AsSpan(end)];

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private static bool IsJson(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
