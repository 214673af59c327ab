using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Emits a view (<c>x-mmp-view</c>): the read-only interface, the owner record's declaration that it
/// implements it (its own properties already match), and each implementer's explicit implementation,
/// which reads the member under its own name or its older one.
/// </summary>
internal static class ViewEmitter
{
    public static SourceText Emit(ViewModel view)
    {
        var writer = SourceWriter.ForFile(view.Namespace);
        var self = "global::" + view.FullName;

        writer.WriteLine(Syntax.Summary(view.Description ?? $"The members of {view.OwnerType}, readable on every record that implements {view.Name}."));
        writer.WriteLine(Syntax.GeneratedCode);
        using (writer.Block($"public partial interface {view.Name} : global::MmpTyped.IMmpEvent"))
        {
            foreach (var member in view.Members)
            {
                writer.WriteLine(Syntax.Summary(member.Description ?? $"The JSON member \"{member.JsonName}\"."));
                writer.WriteLine($"{member.Type} {member.PropertyName} {{ get; }}");
                writer.WriteLine();
            }
            writer.WriteLine("/// <summary>The members a parse met that the record's schema does not know.</summary>");
            writer.WriteLine($"{Syntax.Attributes}? UnknownMembers {{ get; }}");
            if (view.ExclusiveNames.Count > 0)
            {
                writer.WriteLine();
                EmitSchemaOfMember(writer, view);
            }
        }

        writer.WriteLine();
        using (writer.Block($"partial class {view.OwnerType} : {self}"))
        {
            foreach (var member in view.Members.Where(m => m.OwnerNeedsExplicit))
                writer.WriteLine($"{member.Type} {self}.{member.PropertyName} => {member.PropertyName};");
        }

        foreach (var implementer in view.Implementers)
        {
            writer.WriteLine();
            using (writer.Block($"partial class {implementer.TypeName} : {self}"))
            {
                var types = view.Members.ToDictionary(m => m.PropertyName, m => m.Type);
                foreach (var read in implementer.Reads)
                {
                    var type = types[read.PropertyName];
                    var expression = read.Sources.Count == 0 ? "null" : string.Join(" ?? ", read.Sources.Select(source => Expression(source, type)));
                    writer.WriteLine($"{type} {self}.{read.PropertyName} => {expression};");
                }
                foreach (var conversion in implementer.Reads.SelectMany(r => r.Sources).Where(s => s.FromEnum is not null).GroupBy(s => s.FromEnum + s.ToEnum).Select(g => g.First()))
                    EmitEnumConversion(writer, conversion);
            }
        }
        return writer.ToSourceText();
    }

    // A switch on the name's length, then its bytes: what a parser calls for every member until one tells.
    private static void EmitSchemaOfMember(SourceWriter writer, ViewModel view)
    {
        writer.WriteLine("/// <summary>The schema id of the only record of this view whose schema has the member <paramref name=\"utf8Name\"/> (unescaped UTF-8); null when several or none have it. For telling the records apart.</summary>");
        using (writer.Block("internal static string? SchemaOfMember(global::System.ReadOnlySpan<byte> utf8Name)"))
        {
            using (writer.Block("switch (utf8Name.Length)"))
            {
                foreach (var group in view.ExclusiveNames.GroupBy(n => System.Text.Encoding.UTF8.GetByteCount(n.JsonName)).OrderBy(g => g.Key))
                {
                    writer.WriteLine($"case {group.Key}:");
                    writer.Indent();
                    foreach (var name in group)
                        writer.WriteLine($"if (global::System.MemoryExtensions.SequenceEqual(utf8Name, {Syntax.Utf8Literal(name.JsonName)})) return {Syntax.Literal(name.SchemaId)};");
                    writer.WriteLine("break;");
                    writer.Unindent();
                }
            }
            writer.WriteLine("return null;");
        }
    }

    // A required value type has no null to fall through: the cast makes "??" valid C# (and it never falls through).
    private static string Expression(ViewSourceModel source, string viewType) =>
        source.FromEnum is not null ? $"ToView({source.PropertyName})"
        : source.AlwaysSet ? $"(({viewType}){source.PropertyName})"
        : source.PropertyName;

    // By vendor string: a value the view's enum lacks reads null (the record itself still has it).
    private static void EmitEnumConversion(SourceWriter writer, ViewSourceModel source)
    {
        writer.WriteLine();
        using (writer.Block($"private static {source.ToEnum}? ToView({source.FromEnum}? value) => value switch", "};"))
        {
            foreach (var pair in source.EnumMap)
                writer.WriteLine($"{source.FromEnum}.{pair.From} => {source.ToEnum}.{pair.To},");
            writer.WriteLine("_ => null,");
        }
    }
}
