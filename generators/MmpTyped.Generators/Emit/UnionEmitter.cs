using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Emits a value the vendor accepts in several JSON kinds (AppsFlyer <c>sharing_filter</c>: the string
/// <c>"all"</c> or a list of partner ids) as a class with one property per kind and implicit conversions.
/// </summary>
internal static class UnionEmitter
{
    public static SourceText Emit(UnionModel model)
    {
        var writer = SourceWriter.ForFile(model.Namespace);
        var self = $"global::{model.FullName}";
        writer.WriteLine(Syntax.Summary(model.Description ?? $"A value the vendor accepts as {string.Join(" or ", System.Linq.Enumerable.Select(model.Branches, b => Describe(b.Shape)))}."));
        writer.WriteLine(Syntax.GeneratedCode);
        using (writer.Block($"public sealed partial class {model.Name}"))
        {
            writer.WriteLine($"private {model.Name}() {{ }}");
            writer.WriteLine();
            foreach (var branch in model.Branches)
            {
                var type = Syntax.TypeOf(branch.Shape, model.Namespace);
                writer.WriteLine($$"""
                    /// <summary>The value when it is {{Describe(branch.Shape)}}; otherwise null.</summary>
                    public {{type}}? {{branch.PropertyName}} { get; private init; }

                    /// <summary>The value as {{Describe(branch.Shape)}}.</summary>
                    public static implicit operator {{model.Name}}({{type}} value) => new() { {{branch.PropertyName}} = value };

                    """);
                if (branch.Shape.Kind == ValueKind.Array)
                {
                    var element = Syntax.TypeOf(branch.Shape.Element!, model.Namespace);
                    writer.WriteLine($$"""
                        /// <summary>The value as {{Describe(branch.Shape)}}.</summary>
                        public static implicit operator {{model.Name}}({{element}}[] value) => new() { {{branch.PropertyName}} = new(value) };

                        """);
                }
            }

            EmitWriteTo(writer, model);
            EmitWriteDirect(writer, model);
            EmitReadFrom(writer, model, self);
            EmitTryScan(writer, model, self);
            EmitValidateInto(writer, model);
        }
        return writer.ToSourceText();
    }

    private static void EmitWriteTo(SourceWriter writer, UnionModel model)
    {
        writer.WriteLine("/// <summary>Writes the value in the JSON kind it holds.</summary>");
        using (writer.Block($"public void WriteTo({Syntax.Writer} writer)"))
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            foreach (var branch in model.Branches)
            {
                using (writer.Block($"if ({branch.PropertyName} is {{ }} {Local(branch)})"))
                {
                    if (branch.Shape.Kind == ValueKind.Array)
                    {
                        writer.WriteLine("writer.WriteStartArray();");
                        writer.WriteLine($"foreach (var item in {Local(branch)})");
                        writer.WriteLine("    " + TypeEmitter.WriteValue(branch.Shape.Element!, "item", null));
                        writer.WriteLine("writer.WriteEndArray();");
                    }
                    else
                    {
                        writer.WriteLine(TypeEmitter.WriteValue(branch.Shape, Local(branch), null));
                    }
                    writer.WriteLine("return;");
                }
            }
            writer.WriteLine("writer.WriteNullValue();");
        }
        writer.WriteLine();
    }

    private static void EmitWriteDirect(SourceWriter writer, UnionModel model)
    {
        writer.WriteLine("/// <summary>Writes the value in the JSON kind it holds, straight into UTF-8: the same bytes as WriteTo(Utf8JsonWriter). For generated code.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Block($"public void WriteTo(ref {Syntax.Runtime}.MmpDirectWriter writer)"))
        {
            foreach (var branch in model.Branches)
            {
                using (writer.Block($"if ({branch.PropertyName} is {{ }} {Local(branch)})"))
                {
                    if (branch.Shape.Kind == ValueKind.Array)
                    {
                        writer.WriteLine("writer.StartArray();");
                        writer.WriteLine($"foreach (var item in {Local(branch)})");
                        writer.WriteLine("    " + TypeEmitter.DirectValue(branch.Shape.Element!, "item", null));
                        writer.WriteLine("writer.EndArray();");
                    }
                    else
                    {
                        writer.WriteLine(TypeEmitter.DirectValue(branch.Shape, Local(branch), null));
                    }
                    writer.WriteLine("return;");
                }
            }
            writer.WriteLine("writer.NullValue();");
        }
        writer.WriteLine();
    }

    private static void EmitReadFrom(SourceWriter writer, UnionModel model, string self)
    {
        writer.WriteLine("/// <summary>Reads the value in whichever JSON kind it comes. For generated code.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Block($"public static {self} ReadFrom(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source) => reader.TokenType switch", "};"))
        {
            foreach (var branch in model.Branches)
            {
                writer.WriteLine($"{Tokens(branch.Shape)} => new() {{ {branch.PropertyName} = {TypeEmitter.ReadExpression(branch.Shape, null, model.Namespace, exact: true)} }},");
            }
            writer.WriteLine($"_ => throw {Syntax.Runtime}.MmpRead.Unexpected(ref reader, {Syntax.Literal(string.Join(" or ", System.Linq.Enumerable.Select(model.Branches, b => Describe(b.Shape))))}),");
        }
        writer.WriteLine();
    }

    /// <summary>
    /// <c>TryScan</c>: the value read straight from the bytes, its branch chosen by the first byte as the reader's
    /// token type chooses it; false (the reader then parses the message) for a branch the scanner leaves to the reader.
    /// </summary>
    private static void EmitTryScan(SourceWriter writer, UnionModel model, string self)
    {
        writer.WriteLine("/// <summary>Reads the value straight from the bytes when it has the expected shape; false on anything else. For generated code.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Block($"public static bool TryScan(ref {Syntax.Runtime}.MmpScanner scanner, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {self} value)"))
        {
            writer.WriteLine("value = null;");
            using (writer.Block("switch (scanner.NextTokenType())"))
            {
                foreach (var branch in model.Branches)
                {
                    writer.WriteLine($"case {Tokens(branch.Shape)}:");
                    if (!IsScanned(branch.Shape))
                    {
                        writer.WriteLine("    return false;");
                        continue;
                    }
                    using (writer.Braces())
                    {
                        writer.WriteLine($"if (!{TypeEmitter.ScanCondition(branch.Shape, null, Local(branch), model.Namespace, itemScanner: ItemScannerName(branch))})");
                        writer.WriteLine("    return false;");
                        writer.WriteLine($"value = new() {{ {branch.PropertyName} = {Local(branch)} }};");
                        writer.WriteLine("return true;");
                    }
                }
                writer.WriteLine("default:");
                writer.WriteLine("    return false;");
            }
        }
        writer.WriteLine();
        foreach (var branch in model.Branches.Where(b => b.Shape.Kind == ValueKind.Array && IsScanned(b.Shape)))
        {
            var element = branch.Shape.Element!;
            writer.WriteLine($"/// <summary>Scans one item of the list; false when it is not in the expected shape.</summary>");
            writer.WriteLine($"private static bool {ItemScannerName(branch)}(ref {Syntax.Runtime}.MmpScanner scanner, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {Syntax.TypeOf(element, model.Namespace)} item) =>");
            writer.WriteLine($"    {TypeEmitter.ScanCondition(element, null, "item", model.Namespace, declare: false)};");
            writer.WriteLine();
        }
    }

    // A branch's value as the reader reads it: a list's items as list items.
    private static bool IsScanned(ValueShape shape) =>
        shape.Kind == ValueKind.Array ? TypeEmitter.IsScanned(shape.Element!, element: true) : TypeEmitter.IsScanned(shape, element: true);

    private static string ItemScannerName(UnionBranchModel branch) => $"Scan{branch.PropertyName}Item";

    private static void EmitValidateInto(SourceWriter writer, UnionModel model)
    {
        var checks = new ValueCheckWriter(model.Namespace);
        writer.WriteLine("/// <summary>Checks the value's rules, reporting at <paramref name=\"member\"/>. For generated code.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (writer.Block($"public void ValidateInto({Syntax.Runtime}.MmpValidator validator, string member)"))
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(validator);");
            foreach (var branch in model.Branches)
            {
                var lines = checks.ValueChecks(branch.Shape, Local(branch), "member", "'{member}'", model.Name + branch.PropertyName);
                if (lines.Count == 0)
                    continue;
                using (writer.Block($"if ({branch.PropertyName} is {{ }} {Local(branch)})"))
                {
                    foreach (var line in lines)
                        writer.WriteLine(line);
                }
            }
        }
        writer.WriteLine();
        checks.WritePatternFields(writer);
    }

    private static string Local(UnionBranchModel branch) => char.ToLowerInvariant(branch.PropertyName[0]) + branch.PropertyName.Substring(1);

    /// <summary>The reader's token types (a pattern) that start a branch's value.</summary>
    private static string Tokens(ValueShape shape) => shape.Kind switch
    {
        ValueKind.String => "global::System.Text.Json.JsonTokenType.String",
        ValueKind.Array => "global::System.Text.Json.JsonTokenType.StartArray",
        ValueKind.Boolean => "global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False",
        ValueKind.Object or ValueKind.Attributes => "global::System.Text.Json.JsonTokenType.StartObject",
        _ => "global::System.Text.Json.JsonTokenType.Number",
    };

    private static string Describe(ValueShape shape) => shape.Kind switch
    {
        ValueKind.String => "a string",
        ValueKind.Array => "a list",
        ValueKind.Boolean => "a boolean",
        ValueKind.Object or ValueKind.Attributes => "an object",
        _ => "a number",
    };
}
