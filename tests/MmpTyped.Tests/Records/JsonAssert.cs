using System.Text.Json;
using System.Text.Json.Nodes;

namespace MmpTyped.Tests.Records;

/// <summary>JSON equality by value (member order ignored), failing with both documents in view.</summary>
internal static class JsonAssert
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Equal JSON; a string holding a JSON object (AppsFlyer's <c>eventValue</c>) is compared by the object
    /// it holds, since writing it compactly is the same value.
    /// </summary>
    public static void Equal(JsonNode? expected, JsonNode? actual)
    {
        if (JsonNode.DeepEquals(Normalize(expected), Normalize(actual)))
            return;
        Assert.Fail($"JSON differs.\nExpected:\n{expected?.ToJsonString(Indented)}\nActual:\n{actual?.ToJsonString(Indented)}\nFirst difference: {FirstDifference(expected, actual, "$")}");
    }

    private static JsonNode? Normalize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                    copy[name] = Normalize(value);
                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                    items.Add(Normalize(item));
                return items;
            case JsonValue value when value.TryGetValue<string>(out var text) && text.TrimStart().StartsWith('{'):
                try
                {
                    return new JsonObject { ["(json text)"] = Normalize(JsonNode.Parse(text)) };
                }
                catch (JsonException)
                {
                    return value.DeepClone();
                }
            default:
                return node?.DeepClone();
        }
    }

    private static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is JsonObject e && actual is JsonObject a)
        {
            foreach (var (name, value) in e)
            {
                if (!a.TryGetPropertyValue(name, out var other))
                    return $"{path}.{name} is missing";
                if (!JsonNode.DeepEquals(value, other))
                    return FirstDifference(value, other, $"{path}.{name}");
            }
            foreach (var (name, _) in a)
            {
                if (!e.ContainsKey(name))
                    return $"{path}.{name} was added";
            }
        }
        if (expected is JsonArray ea && actual is JsonArray aa && ea.Count == aa.Count)
        {
            for (var i = 0; i < ea.Count; i++)
            {
                if (!JsonNode.DeepEquals(ea[i], aa[i]))
                    return FirstDifference(ea[i], aa[i], $"{path}[{i}]");
            }
        }
        return $"{path}: {expected?.ToJsonString() ?? "null"} became {actual?.ToJsonString() ?? "null"}";
    }
}
