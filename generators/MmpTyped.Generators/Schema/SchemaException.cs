using System;
using MmpTyped.Generators.Json;

namespace MmpTyped.Generators.Schema;

/// <summary>A schema construct the generator cannot lower, at the node that holds it: MMP102, or MMP105 for a schema beyond the generator's limits.</summary>
internal sealed class SchemaException(JsonNode node, string message, string id = "MMP102") : Exception(message)
{
    public JsonNode Node { get; } = node;

    public string Id { get; } = id;
}
