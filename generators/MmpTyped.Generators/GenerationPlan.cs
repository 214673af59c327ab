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
    public static GenerationPlan Create(ImmutableArray<SchemaModel> schemas)
    {
        var files = new Dictionary<string, (GeneratedFile File, SchemaModel Owner)>();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var schema in schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal))
        {
            foreach (var type in schema.Types)
                Add(new GeneratedFile(type.FullName + ".g.cs", type, null, null), schema);
            foreach (var enumModel in schema.Enums)
                Add(new GeneratedFile(enumModel.FullName + ".g.cs", null, enumModel, null), schema);
            foreach (var union in schema.Unions)
                Add(new GeneratedFile(union.FullName + ".g.cs", null, null, union), schema);
        }
        var ordered = schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal).ToList();
        foreach (var schema in ordered)
        {
            if (ViewPlanner.Plan(schema, ordered, diagnostics) is { } view)
                Add(new GeneratedFile(view.FullName + ".g.cs", null, null, null, View: view), schema);
        }
        var records = schemas.OrderBy(s => s.SchemaId, System.StringComparer.Ordinal)
            .Select(s => new RecordEntry(s.SchemaId, s.Namespace + "." + s.RootTypeName))
            .ToEquatableArray();
        if (records.Count > 0)
            files["MmpTyped.Generated.MmpGeneratedRecords.g.cs"] = (new GeneratedFile("MmpTyped.Generated.MmpGeneratedRecords.g.cs", null, null, null, records), schemas[0]);
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
                diagnostics.Add(new DiagnosticInfo("MMP103",
                    $"'{name}' is defined differently by '{existing.Owner.SchemaId}' and '{schema.SchemaId}': a type shared by two schemas must have the same members, rules and descriptions in both.",
                    schema.FilePath, 0, 0));
            }
        }
    }
}
