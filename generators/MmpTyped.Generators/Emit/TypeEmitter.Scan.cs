using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    private const string Scanner = Syntax.Runtime + ".MmpScanner";

    /// <summary>
    /// <c>TryScan</c>: the object read straight from the bytes (<c>MmpScanner</c>) when it has the shape vendors
    /// send, in the same three layers as <c>ReadFrom</c>; a member the schema does not know is kept, as the reader
    /// keeps it. It returns false, reporting nothing, on anything else: an escape, a value its type would write
    /// otherwise, a value of a kind the scanner leaves to the reader. <c>Parse</c> then reads the whole message
    /// again with the reader, so results and errors are the reader's either way.
    /// </summary>
    private void EmitTryScan()
    {
        var scanned = _members.Where(IsScanned).ToArray();
        _writer.WriteLine($$"""
            /// <summary>Reads this object straight from the bytes when it has the expected shape; false on anything else, when the reader must parse the message. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            """);
        using (_writer.Block($"public static bool TryScan(ref {Scanner} scanner, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {Self} value)"))
        {
            _writer.WriteLine("value = null;");
            _writer.WriteLine("if (!scanner.StartObject())");
            _writer.WriteLine("    return false;");
            _writer.WriteLine($"var result = new {Self}({Syntax.Runtime}.MmpWireForm.Default);");
            using (_writer.Block("while (scanner.NextMember(out var name))"))
            {
                _writer.WriteLine(_members.Length == 0 ? $"if (!{KeepUnknown})" : "if (!ScanMember(ref scanner, name, result))");
                _writer.WriteLine("    return false;");
            }
            _writer.WriteLine("if (scanner.Failed)");
            _writer.WriteLine("    return false;");
            _writer.WriteLine("value = result;");
            _writer.WriteLine("return true;");
        }
        _writer.WriteLine();
        if (_members.Length == 0)
            return;
        // Every member is in the switch, so that one the scanner leaves to the reader is not taken for unknown.
        EmitDispatch(_members,
            $"private static bool ScanMember(ref {Scanner} scanner, scoped global::System.ReadOnlySpan<byte> name, {Self} result)",
            "Scans the member whose UTF-8 name is <paramref name=\"name\"/>, keeping an unknown one; false when its value is not in the expected shape.",
            member => [IsScanned(member) ? $"return {ScannerName(member)}(ref scanner, result);" : "return false;"],
            notFound: $"return {KeepUnknown};");
        foreach (var member in scanned)
            EmitMemberScanner(member);
    }

    /// <summary>A member the schema does not know, kept among the unknown members as the reader keeps it.</summary>
    private const string KeepUnknown = "scanner.UnknownMember(name, result.UnknownMembers ??= new())";

    private static string ScannerName(MemberInfo member) => $"Scan{member.Property}Member";

    /// <summary>Whether the scanner reads the member; another member sends the message to the reader.</summary>
    private static bool IsScanned(MemberInfo member) =>
        !member.IsUser && !member.IsConstant && member.Inline is null && IsScanned(member.Shape, element: false);

    /// <summary>The values the scanner reads; a list's items only as the reader reads them (no UUIDs, times or enums there).</summary>
    internal static bool IsScanned(ValueShape shape, bool element) => shape.Kind switch
    {
        ValueKind.String or ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal or ValueKind.Boolean => true,
        ValueKind.Object or ValueKind.Union or ValueKind.Attributes => true,
        ValueKind.Guid or ValueKind.Enum => !element,
        ValueKind.Timestamp => !element && shape.Timestamp != TimestampEncoding.None,
        ValueKind.JsonString => !element,
        ValueKind.Array => !element && IsScanned(shape.Element!, element: true),
        _ => false,
    };

    /// <summary>One member's scanning method: the same assignments, in the same order, as its reading method's when the value is as expected.</summary>
    private void EmitMemberScanner(MemberInfo member)
    {
        _writer.WriteLine($"/// <summary>Scans <c>{Syntax.XmlText(member.Json)}</c>'s value; false when it is not in the expected shape.</summary>");
        using (_writer.Block($"private static bool {ScannerName(member)}(ref {Scanner} scanner, {Self} result)"))
        {
            string? form = null;
            if (member.HasForm)
            {
                form = $"ref result.{member.FormField}";
                _writer.WriteLine($"result.{member.FormField} = default;");
            }
            // Times and JSON in a string take null themselves, as the reader's do.
            if (member.Model.AllowsNull && !HandlesNullItself(member.Shape) && member.Shape.Kind != ValueKind.JsonString)
            {
                using (_writer.Block("if (scanner.Null())"))
                {
                    _writer.WriteLine($"result.{member.Field} = default;");
                    _writer.WriteLine($"result.{member.FormField} = {Syntax.Runtime}.MmpWireForm.Null;");
                    _writer.WriteLine("return true;");
                }
            }
            _writer.WriteLine($"if (!{ScanCondition(member.Shape, form, "value", _type.Namespace, itemScanner: ItemScannerName(member))})");
            _writer.WriteLine("    return false;");
            _writer.WriteLine($"result.{member.Field} = value;");
            _writer.WriteLine("return true;");
        }
        _writer.WriteLine();
        if (member.Shape.Kind == ValueKind.Array)
            EmitItemScanner(member);
    }

    private static string ItemScannerName(MemberInfo member) => $"Scan{member.Property}Item";

    /// <summary>A list member's item, scanned as the reader reads it.</summary>
    private void EmitItemScanner(MemberInfo member)
    {
        var element = member.Shape.Element!;
        _writer.WriteLine($"/// <summary>Scans one item of <c>{Syntax.XmlText(member.Json)}</c>; false when it is not in the expected shape.</summary>");
        _writer.WriteLine($"private static bool {ItemScannerName(member)}(ref {Scanner} scanner, [global::System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out {Syntax.TypeOf(element, _type.Namespace)} item) =>");
        _writer.WriteLine($"    {ScanCondition(element, null, "item", _type.Namespace, declare: false)};");
        _writer.WriteLine();
    }

    /// <summary>
    /// A condition that scans one value into <paramref name="target"/> (declared by it with <c>out var</c>, or an
    /// <c>out</c> parameter of a list's item function when <paramref name="declare"/> is false).
    /// </summary>
    internal static string ScanCondition(ValueShape shape, string? form, string target, string ns, bool declare = true, string? itemScanner = null)
    {
        var output = declare ? $"out var {target}" : $"out {target}";
        var lenient = shape.Lenience != Lenience.None && form is not null;
        return shape.Kind switch
        {
            ValueKind.String => $"scanner.String({output})",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal when lenient =>
                $"scanner.LenientNumber<{Syntax.TypeOf(shape, ns)}>({form}, {output})",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => $"scanner.Number<{Syntax.TypeOf(shape, ns)}>({output})",
            ValueKind.Boolean when lenient => $"scanner.LenientBoolean({form}, {output})",
            ValueKind.Boolean => $"scanner.Boolean({output})",
            ValueKind.Guid => $"scanner.Guid({output})",
            ValueKind.Timestamp when shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset =>
                $"scanner.AfDateTime(withOffset: {Bool(shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form}, {output})",
            ValueKind.Timestamp => $"scanner.UnixTime(secondsOrMilliseconds: {Bool(shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds)}, {form}, {output})",
            ValueKind.JsonString => $"scanner.JsonString(lenient: {Bool(shape.Lenience == Lenience.Json)}, {form}, {output})",
            ValueKind.Enum => $"global::{ns}.{shape.TypeName}Json.TryScan(ref scanner, {output})",
            ValueKind.Attributes => $"scanner.Attributes({output})",
            ValueKind.Array => $"scanner.List<{Syntax.TypeOf(shape.Element!, ns)}>({itemScanner}, {output})",
            _ => $"{Syntax.TypeOf(shape, ns)}.TryScan(ref scanner, {output})",
        };
    }
}
