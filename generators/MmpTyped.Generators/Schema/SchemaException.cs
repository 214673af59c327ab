using System;
using Microsoft.CodeAnalysis;
using MmpTyped.Generators.Json;

namespace MmpTyped.Generators.Schema;

/// <summary>
/// A schema construct the generator cannot lower, at the node that holds it: MMP102 (<see cref="Descriptors.UnsupportedSchema"/>),
/// or MMP105 (<see cref="Descriptors.BeyondLimits"/>) for a schema beyond the generator's limits. The message is the descriptor's one argument.
/// </summary>
internal sealed class SchemaException(JsonNode node, string message, DiagnosticDescriptor? descriptor = null) : Exception(message)
{
    public JsonNode Node { get; } = node;

    public DiagnosticDescriptor Descriptor { get; } = descriptor ?? Descriptors.UnsupportedSchema;
}
