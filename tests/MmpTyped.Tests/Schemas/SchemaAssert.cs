using System.Linq;
using System.Text.Json.Nodes;
using NJsonSchema.Validation;

namespace MmpTyped.Tests.Schemas;

/// <summary>Assertions for schema tests, with failure messages that list what the validator said.</summary>
internal static class SchemaAssert
{
    public static void Accepts(string schemaId, string json)
    {
        var errors = SchemaValidator.Validate(schemaId, json);
        Assert.True(errors.Count == 0, $"{schemaId} rejected the payload: {string.Join("; ", errors)}");
    }

    public static void Accepts(string schemaId, JsonNode payload) => Accepts(schemaId, payload.ToJsonString());

    /// <summary>
    /// The payload is rejected, and among the reasons is <paramref name="kind"/> at <paramref name="path"/>
    /// (<c>$</c> for the root, <c>$.device.osName</c> for a member).
    /// </summary>
    public static void Rejects(string schemaId, string json, string path, ValidationErrorKind kind)
    {
        var errors = SchemaValidator.Validate(schemaId, json);
        Assert.True(errors.Count > 0, $"{schemaId} accepted a payload that breaks a rule: expected {kind} at {path}.");
        Assert.True(errors.Any(e => e.Path == path && e.Kind == kind),
            $"{schemaId} rejected the payload, but not with {kind} at {path}: {string.Join("; ", errors)}");
    }

    public static void Rejects(string schemaId, JsonNode payload, string path, ValidationErrorKind kind) =>
        Rejects(schemaId, payload.ToJsonString(), path, kind);
}
