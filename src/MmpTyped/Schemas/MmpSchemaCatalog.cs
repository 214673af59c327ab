using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace MmpTyped.Schemas;

/// <summary>
/// The built-in vendor schemas (one per endpoint), embedded in this assembly, with what their
/// <c>x-mmp-*</c> keywords say about the endpoint: method, URL, authentication and limits.
/// </summary>
public static class MmpSchemaCatalog
{
    private const string ResourcePrefix = "MmpTyped.Schemas.";
    private const string ResourceSuffix = ".schema.json";

    private static readonly Lazy<IReadOnlyList<MmpSchemaInfo>> Schemas = new(Load);

    /// <summary>Every built-in schema, ordered by id.</summary>
    public static IReadOnlyList<MmpSchemaInfo> All => Schemas.Value;

    /// <summary>The schema with this id (for example <c>airbridge.app</c>).</summary>
    /// <exception cref="KeyNotFoundException">No built-in schema has that id; the message lists the ids there are.</exception>
    public static MmpSchemaInfo Get(string id) =>
        TryGet(id, out var schema)
            ? schema
            : throw new KeyNotFoundException(
                $"No built-in schema has the id '{id}'. Known ids: {string.Join(", ", All.Select(s => s.Id))}.");

    /// <summary>Finds the schema with this id; false when there is none.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MmpSchemaInfo? schema)
    {
        ArgumentNullException.ThrowIfNull(id);
        schema = All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
        return schema is not null;
    }

    private static List<MmpSchemaInfo> Load()
    {
        var assembly = typeof(MmpSchemaCatalog).Assembly;
        var schemas = new List<MmpSchemaInfo>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            schemas.Add(MmpSchemaInfo.Read(memory.ToArray()));
        }
        schemas.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return schemas;
    }
}
