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
        }
        return writer.ToSourceText();
    }
}
