using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using MmpTyped.Generators.Model;
using MmpTyped.Generators.Views;

namespace MmpTyped.Generators;

/// <summary>
/// Every file to generate from all schemas: one per type, enum and union. A type that two schemas share
/// (Airbridge's in-app and in-web <c>AirbridgeUser</c>) is generated once; if the two describe it
/// differently, that is MMP103 and neither schema's copy wins silently. A view (<c>x-mmp-view</c>) spans
/// schemas, so it is planned here too.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics)
{
    private const string RecordTable = "MmpTyped.Generated.MmpGeneratedRecords";

    public static GenerationPlan Create(ImmutableArray<SchemaModel> all)
    {
        var files = new Dictionary<string, (GeneratedFile File, SchemaModel Owner)>();
        var diagnostics = new List<DiagnosticInfo>();
        var schemas = Distinct(all, diagnostics);
        foreach (var schema in schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal))
        {
            foreach (var type in schema.Types)
                Add(GeneratedFile.Of(type), schema);
            foreach (var enumModel in schema.Enums)
                Add(GeneratedFile.Of(enumModel), schema);
            foreach (var union in schema.Unions)
                Add(GeneratedFile.Of(union), schema);
        }
        var ordered = schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal).ToList();
        foreach (var schema in ordered)
        {
            if (ViewPlanner.Plan(schema, ordered, diagnostics) is { } view)
                Add(GeneratedFile.Of(view), schema);
        }
        RemoveHelperClashes(files, diagnostics);
        var records = schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal)
            .Select(s => new RecordEntry(s.SchemaId, s.Namespace + "." + s.RootTypeName, IsBuiltIn(s) ? null : s.EndpointJson))
            .ToEquatableArray();
        if (records.Count > 0)
            files[RecordTable + ".g.cs"] = (GeneratedFile.Of(RecordTable, records), schemas[0]);
        return new GenerationPlan(
            files.Values.Select(f => f.File).OrderBy(f => f.HintName, System.StringComparer.Ordinal).ToEquatableArray(),
            diagnostics.ToEquatableArray());

        void Add(GeneratedFile file, SchemaModel schema)
        {
            if (!files.TryGetValue(file.HintName, out var existing))
            {
                files.Add(file.HintName, (file, schema));
                return;
            }
            if (existing.File != file)
            {
                var name = file.HintName.Substring(0, file.HintName.Length - ".g.cs".Length);
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ConflictingType, schema.PlaceOf(name.Substring(schema.Namespace.Length + 1)),
                    name, existing.Owner.SchemaId, schema.SchemaId));
            }
        }
    }

    /// <summary>A schema exactly as MmpTyped ships it: the runtime's catalog has it already.</summary>
    private static bool IsBuiltIn(SchemaModel schema) =>
        Schema.BuiltInSchemas.All.FirstOrDefault(b => b.SchemaId == schema.SchemaId) is { } builtIn
        && schema with { FilePath = builtIn.FilePath } == builtIn;

    /// <summary>One schema per id: the id names the record to the runtime and the CLI, so a second file with it is MMP106 and is left out.</summary>
    private static List<SchemaModel> Distinct(ImmutableArray<SchemaModel> schemas, List<DiagnosticInfo> diagnostics)
    {
        var byId = new Dictionary<string, SchemaModel>(System.StringComparer.Ordinal);
        foreach (var schema in schemas.OrderBy(s => s.FilePath, System.StringComparer.Ordinal))
        {
            if (byId.TryGetValue(schema.SchemaId, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateSchemaId, LocationInfo.InSchema(schema.FilePath, "/x-mmp-id"),
                    schema.SchemaId, first.FilePath));
                continue;
            }
            byId.Add(schema.SchemaId, schema);
        }
        return byId.Values.ToList();
    }

    /// <summary>
    /// The generator adds types of its own beside the schemas' (each enum's <c>…Json</c> helper, the record
    /// table): a schema type with one of their names is MMP103 and is not generated.
    /// </summary>
    private static void RemoveHelperClashes(Dictionary<string, (GeneratedFile File, SchemaModel Owner)> files, List<DiagnosticInfo> diagnostics)
    {
        var helpers = files.Values.Where(f => f.File.Enum is not null)
            .Select(f => (Name: f.File.Enum!.FullName + "Json", Need: $"the helper of the enum '{f.File.Enum.FullName}'"))
            .Append((Name: RecordTable, Need: "the generator's record table"))
            .ToList();
        foreach (var (name, need) in helpers)
        {
            if (files.TryGetValue(name + ".g.cs", out var clash))
            {
                files.Remove(name + ".g.cs");
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.GeneratedNameTaken, clash.Owner.PlaceOf(name.Substring(name.LastIndexOf('.') + 1)),
                    name, clash.Owner.SchemaId, need));
            }
        }
    }
}
