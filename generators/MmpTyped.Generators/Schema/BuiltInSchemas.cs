using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Schema;

/// <summary>
/// The six vendor schemas embedded in the generator, and the index [MmpEvent] classes are bound
/// against: the built-ins, each replaced by a user's AdditionalFile with the same id.
/// </summary>
internal static class BuiltInSchemas
{
    private const string Prefix = "MmpTyped.Generators.Schemas.";

    private static readonly Lazy<EquatableArray<SchemaModel>> Models = new(Load);

    public static EquatableArray<SchemaModel> All => Models.Value;

    public static EquatableArray<SchemaModel> Merge(IEnumerable<SchemaModel> userSchemas)
    {
        var byId = All.ToDictionary(s => s.SchemaId, StringComparer.Ordinal);
        foreach (var schema in userSchemas)
            byId[schema.SchemaId] = schema;
        return byId.Values.OrderBy(s => s.SchemaId, StringComparer.Ordinal).ToEquatableArray();
    }

    private static EquatableArray<SchemaModel> Load()
    {
        var assembly = typeof(BuiltInSchemas).Assembly;
        var models = new List<SchemaModel>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var result = SchemaParser.Parse(name.Substring(Prefix.Length), reader.ReadToEnd());
            // A built-in schema that does not lower is a bug in this package, caught by its own build.
            models.Add(result.Model ?? throw new InvalidOperationException($"Built-in schema {name} does not lower: {result.Diagnostics[0].Message}"));
        }
        return models.ToEquatableArray();
    }
}
