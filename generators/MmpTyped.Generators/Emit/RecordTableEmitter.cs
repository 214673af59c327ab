using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>The assembly's table from schema id to record parser, so tools can parse by id (<c>mmptyped validate --schema</c>).</summary>
internal static class RecordTableEmitter
{
    public static SourceText Emit(EquatableArray<RecordEntry> records)
    {
        var writer = SourceWriter.ForFile("MmpTyped.Generated");
        writer.WriteLine("/// <summary>The records generated in this assembly, by schema id.</summary>");
        writer.WriteLine(Syntax.GeneratedCode);
        using (writer.Block("internal static class MmpGeneratedRecords"))
        {
            writer.WriteLine("/// <summary>Parses <paramref name=\"utf8Json\"/> as the record of <paramref name=\"schemaId\"/>; null when this assembly has no such record.</summary>");
            using (writer.Block("public static global::MmpTyped.IMmpEvent? Parse(string schemaId, global::System.ReadOnlySpan<byte> utf8Json) => schemaId switch", "};"))
            {
                foreach (var record in records)
                    writer.WriteLine($"{Syntax.Literal(record.SchemaId)} => global::{record.FullTypeName}.Parse(utf8Json),");
                writer.WriteLine("_ => null,");
            }
            EmitRegistration(writer, records);
        }
        return writer.ToSourceText();
    }

    // The user's own schemas become known to MmpSchemaCatalog as soon as this assembly is loaded (their
    // endpoint keywords, with this assembly's parsers): delivery and tools read their endpoint, auth and
    // limits like a built-in's.
    private static void EmitRegistration(SourceWriter writer, EquatableArray<RecordEntry> records)
    {
        var own = records.Where(r => r.SchemaJson is not null).ToList();
        if (own.Count == 0)
            return;
        writer.WriteLine();
        writer.WriteLine("/// <summary>Registers this assembly's own schemas with the schema catalog when the assembly loads.</summary>");
        writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
        using (writer.Block("internal static void RegisterSchemas()"))
        {
            foreach (var record in own)
                writer.WriteLine($"global::MmpTyped.Schemas.MmpSchemaCatalog.Register({Syntax.Literal(record.SchemaJson!)}, static utf8Json => global::{record.FullTypeName}.Parse(utf8Json));");
        }
    }
}
