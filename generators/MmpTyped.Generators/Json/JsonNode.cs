using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace MmpTyped.Generators.Json;

/// <summary>
/// A parsed JSON value with its position, for reading schemas. Purpose-built so that the generator
/// ships as one assembly: a NuGet JSON library inside a generator fails to load in IDE hosts.
/// </summary>
internal abstract class JsonNode(int line, int column)
{
    /// <summary>Zero-based line of the value's first character.</summary>
    public int Line { get; } = line;

    /// <summary>Zero-based column of the value's first character.</summary>
    public int Column { get; } = column;

    /// <summary>Where the value is in the file, for diagnostics: set by <see cref="JsonReader"/>, default on a node built in code.</summary>
    public JsonPlace Place { get; internal set; }

    public abstract string KindName { get; }
}

internal sealed class JsonObject(int line, int column, List<KeyValuePair<string, JsonNode>> members) : JsonNode(line, column)
{
    public IReadOnlyList<KeyValuePair<string, JsonNode>> Members { get; } = members;

    public override string KindName => "an object";

    public JsonNode? Get(string name)
    {
        foreach (var member in Members)
        {
            if (member.Key == name)
                return member.Value;
        }
        return null;
    }

    public string? GetString(string name) => (Get(name) as JsonString)?.Value;

    public JsonObject? GetObject(string name) => Get(name) as JsonObject;

    public JsonArray? GetArray(string name) => Get(name) as JsonArray;

    public bool GetBool(string name) => Get(name) is JsonBool { Value: true };
}

internal sealed class JsonArray(int line, int column, List<JsonNode> items) : JsonNode(line, column)
{
    public IReadOnlyList<JsonNode> Items { get; } = items;

    public override string KindName => "an array";
}

internal sealed class JsonString(int line, int column, string value) : JsonNode(line, column)
{
    public string Value { get; } = value;

    public override string KindName => "a string";
}

/// <summary>A number, kept as written so that no precision is lost before the generator decides its C# type.</summary>
internal sealed class JsonNumber(int line, int column, string text) : JsonNode(line, column)
{
    public string Text { get; } = text;

    public bool IsInteger => Text.IndexOfAny(['.', 'e', 'E']) < 0;

    public double Value => double.Parse(Text, NumberStyles.Float, CultureInfo.InvariantCulture);

    public override string KindName => "a number";
}

internal sealed class JsonBool(int line, int column, bool value) : JsonNode(line, column)
{
    public bool Value { get; } = value;

    public override string KindName => "a boolean";
}

internal sealed class JsonNull(int line, int column) : JsonNode(line, column)
{
    public override string KindName => "null";
}

/// <summary>
/// A value's extent in its file (zero-based offsets, lines and columns; the end is just past the value)
/// and its JSON Pointer (<c>/properties/user</c>), which names the value independently of the layout.
/// </summary>
internal readonly record struct JsonPlace(int Start, int End, int Line, int Column, int EndLine, int EndColumn, string Pointer)
{
    /// <summary>The pointer of member <paramref name="name"/> of the object at <paramref name="parent"/> (RFC 6901: <c>~</c> as <c>~0</c>, <c>/</c> as <c>~1</c>).</summary>
    public static string Child(string parent, string name) =>
        new StringBuilder(parent).Append('/').Append(name.Replace("~", "~0").Replace("/", "~1")).ToString();
}
