using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Events;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Emits the generated half of a multi-vendor <c>[MmpEvent]</c> class: <c>Identities</c>, one method per vendor
/// that builds that vendor's generated record (which writes, parses and validates itself, so nothing of the
/// vendor's envelope is emitted again here), and <c>IMmpMultiVendorEvent.ToVendorEvents()</c>.
/// </summary>
internal static class EventVendorsEmitter
{
    private const string VendorEvent = "global::MmpTyped.MmpVendorEvent";

    public static SourceText Emit(MultiVendorEventModel model) => InClass(model.Declaration, writer =>
    {
        using (writer.Block($"partial {model.Declaration.Keyword} {model.Name} : global::MmpTyped.IMmpMultiVendorEvent"))
        {
            if (model.HasIdentities)
            {
                writer.WriteLine("/// <summary>Who the event is about, given once: each vendor's message takes the identifiers, device and app values its envelope has a place for.</summary>");
                writer.WriteLine("public required global::MmpTyped.MmpIdentities Identities { get; init; }");
                writer.WriteLine();
            }
            foreach (var vendor in model.Vendors)
            {
                EmitView(writer, vendor);
                writer.WriteLine();
            }
            writer.WriteLine("/// <inheritdoc/>");
            using (writer.Block($"public global::System.Collections.Generic.IReadOnlyList<{VendorEvent}> ToVendorEvents() => new {VendorEvent}[]", "};"))
            {
                foreach (var vendor in model.Vendors)
                    writer.WriteLine($"new {VendorEvent}({Syntax.Literal(vendor.SchemaId)}, {vendor.MethodName}()),");
            }
        }
    });

    /// <summary>The generated half of a user's class: its namespace and containing types around what <paramref name="emit"/> writes.</summary>
    internal static SourceText InClass(EventClassDeclaration declaration, System.Action<SourceWriter> emit)
    {
        var writer = declaration.Namespace is { } ns ? SourceWriter.ForFile(ns) : SourceWriter.ForFile();
        foreach (var outer in declaration.ContainingTypes)
        {
            writer.WriteLine($"partial {outer}");
            writer.WriteLine("{");
            writer.Indent();
        }
        writer.WriteLine(Syntax.GeneratedCode);
        emit(writer);
        foreach (var _ in declaration.ContainingTypes)
        {
            writer.Unindent();
            writer.WriteLine("}");
        }
        return writer.ToSourceText();
    }

    private static void EmitView(SourceWriter writer, VendorViewModel vendor)
    {
        writer.WriteLine(Syntax.Summary($"This event as its {vendor.SchemaId} message: the vendor's own record, ready to validate and send."));
        using (writer.Block($"public {vendor.RecordType} {vendor.MethodName}()"))
        {
            foreach (var bag in vendor.Bags)
            {
                writer.WriteLine($"var {bag.Local} = new {Syntax.Attributes}();");
                foreach (var entry in bag.Entries)
                {
                    var add = $"{bag.Local}.Add({Syntax.Literal(entry.JsonName)}, {entry.PropertyName}{(entry.Null == NullKind.NullableValue ? ".GetValueOrDefault()" : "")});";
                    writer.WriteLine(entry.Null switch
                    {
                        NullKind.Reference => $"if ({entry.PropertyName} is not null)\n    {add}",
                        NullKind.NullableValue => $"if ({entry.PropertyName}.HasValue)\n    {add}",
                        _ => add,
                    });
                }
            }
            writer.WriteLine($"var __record = new {vendor.Record.Type}");
            EmitMembers(writer, vendor.Record, "};");
            if (vendor.FillsIdentities)
                writer.WriteLine("global::MmpTyped.MmpIdentityMapping.Fill(Identities, __record);");
            writer.WriteLine("return __record;");
        }
    }

    private static void EmitMembers(SourceWriter writer, ObjectInit init, string close)
    {
        writer.WriteLine("{");
        writer.Indent();
        foreach (var member in init.Members)
        {
            if (member.Object is { } nested)
            {
                writer.WriteLine($"{member.PropertyName} = new {nested.Type}");
                EmitMembers(writer, nested, "},");
            }
            else
            {
                writer.WriteLine($"{member.PropertyName} = {member.Expression},{(member.Comment is { } comment ? " // " + comment : "")}");
            }
        }
        writer.Unindent();
        writer.WriteLine(close);
    }
}
