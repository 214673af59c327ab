using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>The repository's built-in vendor schemas, read from <c>schemas/</c>.</summary>
internal static class TestSchemas
{
    /// <summary>Every <c>schemas/*.schema.json</c> id, so that a new schema gets its tests without editing them.</summary>
    public static IReadOnlyList<string> BuiltInIds { get; } = Directory
        .GetFiles(RepoPaths.Schemas, "*.schema.json")
        .Select(path => Path.GetFileName(path)[..^".schema.json".Length])
        .Order(System.StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> BuiltInIdData => new(BuiltInIds);

    public static InMemoryAdditionalText BuiltIn(string schemaId) =>
        InMemoryAdditionalText.Schema(schemaId, File.ReadAllText(RepoPaths.SchemaFile(schemaId)));

    public static InMemoryAdditionalText Custom() => InMemoryAdditionalText.Schema(CustomSchema.Id, CustomSchema.Text);
}
