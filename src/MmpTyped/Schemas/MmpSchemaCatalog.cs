using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace MmpTyped.Schemas;

/// <summary>
/// The vendor schemas (one per endpoint) with what their <c>x-mmp-*</c> keywords say about the endpoint:
/// method, URL, authentication and limits. The built-in ones are embedded in this assembly; a schema
/// compiled into the user's own assembly (an <c>AdditionalFile</c>) is added when that assembly loads,
/// and replaces a built-in one with the same id there.
/// </summary>
public static class MmpSchemaCatalog
{
    private const string ResourcePrefix = "MmpTyped.Schemas.";
    private const string ResourceSuffix = ".schema.json";

    private static readonly Lazy<IReadOnlyList<MmpSchemaInfo>> BuiltIn = new(Load);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MmpSchemaInfo> Registered = new(StringComparer.Ordinal);

    /// <summary>Every schema, built-in and registered by the user's assemblies, ordered by id.</summary>
    public static IReadOnlyList<MmpSchemaInfo> All =>
        Registered.IsEmpty
            ? BuiltIn.Value
            : BuiltIn.Value.Where(s => !Registered.ContainsKey(s.Id)).Concat(Registered.Values)
                .OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

    /// <summary>The schema with this id (for example <c>airbridge.app</c>).</summary>
    /// <exception cref="KeyNotFoundException">No schema has that id; the message lists the ids there are.</exception>
    public static MmpSchemaInfo Get(string id) =>
        TryGet(id, out var schema)
            ? schema
            : throw new KeyNotFoundException(
                $"No schema has the id '{id}'. Known ids: {string.Join(", ", All.Select(s => s.Id))}. A schema of your own is known once the assembly it is compiled into is loaded.");

    /// <summary>
    /// Adds a schema compiled into another assembly, with that assembly's parser for its record. Called
    /// by the generated code of the assembly when it loads; a later registration of an id replaces an
    /// earlier one.
    /// </summary>
    /// <param name="schemaJson">The schema's JSON text.</param>
    /// <param name="parse">Parses UTF-8 JSON as the schema's record.</param>
    /// <exception cref="ArgumentException">The text is not a schema with the <c>x-mmp-*</c> keywords the catalog reads.</exception>
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static void Register(string schemaJson, MmpRecordParser parse)
    {
        ArgumentNullException.ThrowIfNull(schemaJson);
        ArgumentNullException.ThrowIfNull(parse);
        MmpSchemaInfo schema;
        try
        {
            schema = MmpSchemaInfo.Read(System.Text.Encoding.UTF8.GetBytes(schemaJson), parse);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            throw new ArgumentException($"The schema cannot be registered: {e.Message}", nameof(schemaJson), e);
        }
        Registered[schema.Id] = schema;
    }

    /// <summary>Finds the schema with this id; false when there is none.</summary>
    public static bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MmpSchemaInfo? schema)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (Registered.TryGetValue(id, out schema))
            return true;
        schema = BuiltIn.Value.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));
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
