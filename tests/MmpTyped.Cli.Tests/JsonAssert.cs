using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary>Compares messages as JSON, the way a vendor reads them.</summary>
internal static class JsonAssert
{
    /// <summary>
    /// <paramref name="actual"/> is the same JSON as <paramref name="expected"/>. Members the schema marks
    /// <c>x-mmp-json-string</c> (AppsFlyer's <c>eventValue</c>, <c>custom_data</c>, <c>event_value</c>) hold
    /// JSON inside a string: those compare by the JSON they hold when it parses, since only that is what the
    /// vendor reads; text that does not parse must come back unchanged.
    /// </summary>
    public static void SameMessage(string schemaId, string expected, string actual)
    {
        var want = JsonNode.Parse(expected);
        var got = JsonNode.Parse(actual);
        foreach (var path in JsonStringMembers(schemaId))
        {
            DecodeMember(want, path);
            DecodeMember(got, path);
        }
        Assert.True(JsonNode.DeepEquals(want, got),
            $"The JSON differs.\nexpected: {Excerpt(want)}\nactual:   {Excerpt(got)}");
    }

    /// <summary>The member paths (names from the root) that the schema marks <c>x-mmp-json-string</c>.</summary>
    private static List<string[]> JsonStringMembers(string schemaId)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(RepoPaths.SchemaFile(schemaId)));
        var paths = new List<string[]>();
        Collect(schema.RootElement, [], paths);
        return paths;
    }

    private static void Collect(JsonElement schema, string[] at, List<string[]> paths)
    {
        if (schema.ValueKind != JsonValueKind.Object)
            return;
        if (schema.TryGetProperty("x-mmp-json-string", out _))
            paths.Add(at);
        if (!schema.TryGetProperty("properties", out var properties))
            return;
        foreach (var property in properties.EnumerateObject())
            Collect(property.Value, [.. at, property.Name], paths);
    }

    private static void DecodeMember(JsonNode? root, string[] path)
    {
        if (path.Length == 0)
            return;
        var parent = root;
        for (var i = 0; i < path.Length - 1; i++)
            parent = parent is JsonObject o ? o[path[i]] : null;
        if (parent is not JsonObject owner || owner[path[^1]] is not JsonValue value
            || !value.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text))
            return;
        try
        {
            owner[path[^1]] = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Not JSON (the vendor's own examples hold such text): compared as the string it is.
        }
    }

    private static string Excerpt(JsonNode? node)
    {
        var text = node?.ToJsonString() ?? "null";
        return text.Length <= 3000 ? text : text[..3000] + "…";
    }
}
