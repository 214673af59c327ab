using System;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>Emits a closed set of vendor strings as a C# enum, and its helper that reads and writes the exact strings.</summary>
internal static class EnumEmitter
{
    public static SourceText Emit(EnumModel model)
    {
        var writer = SourceWriter.ForFile(model.Namespace);
        var summary = Syntax.Summary(model.Description ?? $"The values the vendor accepts: {Allowed(model)}.");
        writer.WriteLine(summary);
        writer.WriteLine(Syntax.GeneratedCode);
        using (writer.Block($"public enum {model.Name}"))
        {
            foreach (var member in model.Members)
            {
                writer.WriteLine($"/// <summary>The vendor value <c>{Syntax.XmlText(Syntax.Literal(member.Value))}</c>.</summary>");
                writer.WriteLine(member.Name + ",");
            }
        }
        writer.WriteLine();

        var self = $"global::{model.FullName}";
        writer.WriteLine($"/// <summary>The vendor strings of <see cref=\"{model.Name}\"/>. For generated code.</summary>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine(Syntax.GeneratedCode);
        using (writer.Block($"public static class {model.Name}Json"))
        {
            writer.WriteLine($"/// <summary>The accepted strings, for messages.</summary>");
            writer.WriteLine($"public const string Allowed = {Syntax.Literal(Allowed(model))};");
            writer.WriteLine();
            foreach (var member in model.Members)
                writer.WriteLine($"private static readonly {Syntax.EncodedText} s_{member.Name} = {Syntax.Encode(member.Value)};");
            writer.WriteLine();

            writer.WriteLine("/// <summary>The value's vendor string, pre-encoded.</summary>");
            using (writer.Block($"public static {Syntax.EncodedText} Encoded({self} value) => value switch", "};"))
            {
                foreach (var member in model.Members)
                    writer.WriteLine($"{self}.{member.Name} => s_{member.Name},");
                writer.WriteLine($"_ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, \"The value is not one of the {model.Name} values.\"),");
            }
            writer.WriteLine();

            writer.WriteLine("/// <summary>Whether the value is one of the enum's members (a cast can make any number an enum).</summary>");
            writer.WriteLine($"public static bool IsDefined({self} value) => value is {string.Join(" or ", model.Members.Select(m => $"{self}.{m.Name}"))};");
            writer.WriteLine();

            writer.WriteLine("/// <summary>The value's vendor string.</summary>");
            writer.WriteLine($"public static string ToVendorString({self} value) => Encoded(value).Value;");
            writer.WriteLine();

            writer.WriteLine("/// <summary>Reads a vendor string; false (and the text left to the caller) when it is not one of them.</summary>");
            using (writer.Block($"public static bool TryRead(ref {Syntax.Reader} reader, out {self} value)"))
            {
                writer.WriteLine("if (reader.TokenType != global::System.Text.Json.JsonTokenType.String)");
                writer.WriteLine($"    throw {Syntax.Runtime}.MmpRead.Unexpected(ref reader, \"a string\");");
                EmitMatches(writer, model, self, literal => $"reader.ValueTextEquals({literal})");
            }
            writer.WriteLine();

            writer.WriteLine("/// <summary>Reads a vendor string from its UTF-8 bytes (without escapes); false when it is not one of them.</summary>");
            using (writer.Block($"public static bool TryRead(global::System.ReadOnlySpan<byte> text, out {self} value)"))
            {
                EmitMatches(writer, model, self, literal => $"global::System.MemoryExtensions.SequenceEqual(text, {literal})");
            }
            writer.WriteLine();

            writer.WriteLine("/// <summary>Reads a vendor string straight from the bytes; false when it is not one of them or has escapes (the reader then decides).</summary>");
            using (writer.Block($"public static bool TryScan(ref {Syntax.Runtime}.MmpScanner scanner, out {self} value)"))
            {
                writer.WriteLine("value = default;");
                writer.WriteLine("return scanner.StringBytes(out var text) && TryRead(text, out value);");
            }
        }
        return writer.ToSourceText();
    }

    /// <summary>One test per vendor string (<paramref name="matches"/> of its <c>u8</c> literal), each setting <c>value</c> and returning true; then false.</summary>
    private static void EmitMatches(SourceWriter writer, EnumModel model, string self, Func<string, string> matches)
    {
        foreach (var member in model.Members)
        {
            using (writer.Block($"if ({matches(Syntax.Utf8Literal(member.Value))})"))
            {
                writer.WriteLine($"value = {self}.{member.Name};");
                writer.WriteLine("return true;");
            }
        }
        writer.WriteLine("value = default;");
        writer.WriteLine("return false;");
    }

    private static string Allowed(EnumModel model) =>
        string.Join(", ", model.Members.Select(m => m.Value.Length == 0 ? "\"\"" : m.Value));
}
