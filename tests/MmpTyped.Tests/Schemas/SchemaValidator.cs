using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.Testing;
using NJsonSchema;
using NJsonSchema.Validation;

namespace MmpTyped.Tests.Schemas;

/// <summary>
/// Validates payloads against the repository's schemas with NJsonSchema, an independent validator:
/// what it accepts or rejects is the schema's meaning, not our generator's reading of it.
/// </summary>
internal static class SchemaValidator
{
    public static readonly string[] SchemaIds =
        ["appsflyer.s2s", "appsflyer.push.v1", "appsflyer.push.v2", "airbridge.app", "airbridge.web", "affise.s2s"];

    private static readonly ConcurrentDictionary<string, JsonSchema> Cache = new();

    public static JsonSchema Load(string schemaId) =>
        Cache.GetOrAdd(schemaId, id => JsonSchema.FromFileAsync(RepoPaths.SchemaFile(id)).GetAwaiter().GetResult());

    /// <summary>Every error, with the errors inside <c>anyOf</c>/<c>allOf</c> branches flattened.</summary>
    public static IReadOnlyList<SchemaError> Validate(string schemaId, string json) =>
        Flatten(Load(schemaId).Validate(json)).ToList();

    private static IEnumerable<SchemaError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            yield return new SchemaError(NormalizePath(error.Path), error.Kind, error.Property);
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                    yield return nested;
            }
        }
    }

    // NJsonSchema writes "#/device.osName" or "#/products[0].price"; our messages use the JSON-path form "$.device.osName".
    private static string NormalizePath(string? path)
    {
        var member = (path ?? "").TrimStart('#', '/');
        return member.Length == 0 ? "$" : "$." + member;
    }
}

/// <summary>One error of the independent validator: where (<c>$.a.b</c>) and what kind.</summary>
internal sealed record SchemaError(string Path, ValidationErrorKind Kind, string? Property)
{
    public override string ToString() => $"{Kind} at {Path}";
}
