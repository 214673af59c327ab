using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// Compares two JSON documents by meaning: member order, whitespace, escapes and number spelling
/// (<c>159990</c> vs <c>159990.0</c>) do not matter, and a string that holds a JSON object or array
/// (AppsFlyer <c>eventValue</c>) is compared as that JSON.
/// </summary>
[Flags]
internal enum JsonLeniency
{
    None = 0,

    /// <summary>A member whose value is <c>null</c> counts as absent (serializers set to skip nulls).</summary>
    NullMembers = 1,

    /// <summary>A string equals the boolean or number it spells (<c>"true"</c> read into a bool and written back as <c>true</c>).</summary>
    QuotedScalars = 2,
}

/// <summary>Compares two JSON documents by meaning; see <see cref="JsonLeniency"/> for what may differ beyond spelling.</summary>
internal static class SemanticJson
{
    /// <summary>Throws, naming the first difference, unless the documents mean the same.</summary>
    public static void AssertEqual(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual, string what, JsonLeniency leniency = JsonLeniency.None)
    {
        using var left = JsonDocument.Parse(expected.ToArray());
        using var right = JsonDocument.Parse(actual.ToArray());
        var difference = FirstDifference(left.RootElement, right.RootElement, "$", leniency);
        if (difference is not null)
        {
            throw new InvalidOperationException(
                $"{what}: the JSON differs at {difference}.{Environment.NewLine}expected: {Encoding.UTF8.GetString(expected)}{Environment.NewLine}actual:   {Encoding.UTF8.GetString(actual)}");
        }
    }

    private static string? FirstDifference(JsonElement a, JsonElement b, string path, JsonLeniency leniency)
    {
        if (a.ValueKind == JsonValueKind.String && b.ValueKind == JsonValueKind.String)
            return StringDifference(a.GetString()!, b.GetString()!, path, leniency);
        if (leniency.HasFlag(JsonLeniency.QuotedScalars) && IsQuotedScalar(a, b))
            return null;
        if (a.ValueKind != b.ValueKind)
            return $"{path} ({a.ValueKind} vs {b.ValueKind})";
        switch (a.ValueKind)
        {
            case JsonValueKind.Object:
                return ObjectDifference(a, b, path, leniency);
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength())
                    return $"{path} (array length {a.GetArrayLength()} vs {b.GetArrayLength()})";
                for (var i = 0; i < a.GetArrayLength(); i++)
                {
                    var inner = FirstDifference(a[i], b[i], $"{path}[{i}]", leniency);
                    if (inner is not null)
                        return inner;
                }
                return null;
            case JsonValueKind.Number:
                var same = a.TryGetDecimal(out var x) && b.TryGetDecimal(out var y) ? x == y : a.GetRawText() == b.GetRawText();
                return same ? null : $"{path} ({a.GetRawText()} vs {b.GetRawText()})";
            default:
                return null; // true, false, null: the kinds already matched
        }
    }

    private static string? ObjectDifference(JsonElement a, JsonElement b, string path, JsonLeniency leniency)
    {
        var left = Members(a, leniency);
        var right = Members(b, leniency);
        foreach (var (name, value) in left)
        {
            if (!right.TryGetValue(name, out var other))
                return $"{path}.{name} (missing)";
            var inner = FirstDifference(value, other, $"{path}.{name}", leniency);
            if (inner is not null)
                return inner;
        }
        foreach (var name in right.Keys)
        {
            if (!left.ContainsKey(name))
                return $"{path}.{name} (unexpected)";
        }
        return null;
    }

    private static Dictionary<string, JsonElement> Members(JsonElement obj, JsonLeniency leniency)
    {
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var member in obj.EnumerateObject())
        {
            if (!(leniency.HasFlag(JsonLeniency.NullMembers) && member.Value.ValueKind == JsonValueKind.Null))
                members[member.Name] = member.Value;
        }
        return members;
    }

    private static string? StringDifference(string a, string b, string path, JsonLeniency leniency)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
            return null;
        if (TryParseContainer(a, out var left) && TryParseContainer(b, out var right))
        {
            using (left)
            using (right)
                return FirstDifference(left!.RootElement, right!.RootElement, path + "<json>", leniency);
        }
        return string.Create(CultureInfo.InvariantCulture, $"{path} (\"{a}\" vs \"{b}\")");
    }

    private static bool IsQuotedScalar(JsonElement a, JsonElement b)
    {
        var (text, scalar) = a.ValueKind == JsonValueKind.String ? (a, b) : (b, a);
        if (text.ValueKind != JsonValueKind.String)
            return false;
        return scalar.ValueKind switch
        {
            JsonValueKind.True => text.GetString() == "true",
            JsonValueKind.False => text.GetString() == "false",
            JsonValueKind.Number => decimal.TryParse(text.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var quoted)
                && scalar.TryGetDecimal(out var number) && quoted == number,
            _ => false,
        };
    }

    private static bool TryParseContainer(string text, out JsonDocument? document)
    {
        document = null;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || (trimmed[0] != '{' && trimmed[0] != '['))
            return false;
        try
        {
            document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
