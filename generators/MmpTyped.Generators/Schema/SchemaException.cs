using System;
using MmpTyped.Generators.Json;

namespace MmpTyped.Generators.Schema;

/// <summary>A schema construct the generator cannot lower, at the node that holds it.</summary>
internal sealed class SchemaException(JsonNode node, string message) : Exception(message)
{
    public JsonNode Node { get; } = node;
}
