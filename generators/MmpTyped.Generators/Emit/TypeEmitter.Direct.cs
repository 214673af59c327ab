using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    private const string DirectWriter = Syntax.Runtime + ".MmpDirectWriter";

    /// <summary>
    /// <c>WriteTo(ref MmpDirectWriter)</c>: the same JSON as <c>WriteTo(Utf8JsonWriter)</c>, written straight
    /// into UTF-8. Each member's constant text (comma, quoted name, colon) is one <c>u8</c> literal, and runs
    /// of constant members are merged into one; the writer turns a literal's leading comma into the object's
    /// <c>{</c> when the member comes first.
    /// </summary>
    private void EmitWriteDirect()
    {
        EmitEncodedMemberNames();
        _writer.WriteLine("/// <summary>Writes this object as the vendor's JSON straight into UTF-8: the same bytes as WriteTo(Utf8JsonWriter). For generated code.</summary>");
        _writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (_writer.Block($"public void WriteTo(ref {DirectWriter} writer)"))
        {
            _writer.WriteLine("writer.StartObject();");
            EmitDirectMembers(_members, "UnknownMembers");
            _writer.WriteLine("UnknownMembers?.WriteMembers(ref writer, this, s_writesMember);");
            _writer.WriteLine("writer.EndObject();");
        }
        _writer.WriteLine();
    }

    /// <summary>A name the generator cannot spell as a plain <c>u8</c> literal gets its literal built once, from its encoded form.</summary>
    private void EmitEncodedMemberNames()
    {
        foreach (var member in _members.Where(m => !IsPlain(m.Json)))
            _writer.WriteLine($"private static readonly byte[] {member.EncodedName}Member = {DirectWriter}.MemberName({member.EncodedName});");
    }

    private void EmitDirectMembers(MemberInfo[] members, string bag)
    {
        for (var i = 0; i < members.Length; i++)
        {
            // Constant members side by side are one literal.
            var run = new List<MemberInfo>();
            while (i < members.Length && IsMergeableConstant(members[i]))
                run.Add(members[i++]);
            if (run.Count > 0)
                _writer.WriteLine($"writer.Constant({Syntax.Utf8Literal(string.Concat(run.Select(m => MemberText(m) + "\"" + m.Model.Constant + "\"")))});");
            if (i < members.Length)
                EmitDirectMember(members[i], bag);
        }
    }

    private static bool IsMergeableConstant(MemberInfo member) =>
        member.IsConstant && !member.KeepsOtherValue && IsPlain(member.Json) && IsPlain(member.Model.Constant!);

    private void EmitDirectMember(MemberInfo member, string bag)
    {
        var name = MemberLiteral(member);
        if (member.KeepsOtherValue)
        {
            // A parsed message's other value is written back (with the unknown members) instead of the constant.
            _writer.WriteLine($"if (UnknownMembers?.ContainsKey({Syntax.Literal(member.Json)}) != true)");
            _writer.WriteLine($"    writer.String({name}, {member.EncodedName}Value);");
            return;
        }
        if (member.IsConstant)
        {
            _writer.WriteLine($"writer.String({name}, {member.EncodedName}Value);");
            return;
        }
        var statements = DirectStatements(member, member.Value, _type.Namespace, name);
        if (KeepsOriginal(member))
        {
            var kept = new List<string>
            {
                $"if ({bag}?.TryGetOriginal({Syntax.Literal(member.Json)}, {member.Value}, out var original) == true)",
                $"    writer.Original({name}, original);",
                "else",
            };
            if (statements.Count > 1)
                kept.Add("{");
            kept.AddRange(statements.Select(line => "    " + line));
            if (statements.Count > 1)
                kept.Add("}");
            statements = kept;
        }
        using (_writer.Block($"if ({member.IsSet})"))
            WriteLines(statements);
        if (member.HasForm)
        {
            _writer.WriteLine($"else if ({member.FormField} != {Syntax.Runtime}.MmpWireForm.Default)");
            _writer.WriteLine($"    writer.Absent({name}, {member.FormField});");
        }
    }

    private void WriteLines(IEnumerable<string> lines)
    {
        foreach (var line in lines)
            _writer.WriteLine(line);
    }

    private static List<string> DirectStatements(MemberInfo member, string value, string ns, string name)
    {
        var form = member.HasForm ? member.FormField : $"{Syntax.Runtime}.MmpWireForm.Default";
        var shape = member.Shape;
        switch (shape.Kind)
        {
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal when shape.Lenience == Lenience.Number:
                return
                [
                    $"if ({form} == {Syntax.Runtime}.MmpWireForm.Quoted)",
                    $"    writer.Quoted({name}, {value});",
                    "else",
                    $"    writer.Number({name}, {value});",
                ];
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal:
                return [$"writer.Number({name}, {value});"];
            case ValueKind.Boolean:
                return [$"writer.Boolean({name}, {value}, {form});"];
            case ValueKind.String:
                return [$"writer.String({name}, {value});"];
            case ValueKind.Guid:
                return [$"writer.Guid({name}, {value});"];
            case ValueKind.Enum:
                return [$"writer.String({name}, global::{ns}.{shape.TypeName}Json.Encoded({value}));"];
            case ValueKind.Timestamp when shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset:
                return [$"writer.AfDateTime({name}, {value}, withOffset: {Bool(shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form});"];
            case ValueKind.Timestamp:
                return shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds
                    ? [$"writer.UnixTime({name}, {value}, {form}, secondsOrMilliseconds: true);"]
                    : [$"writer.UnixTime({name}, {value}, {form});"];
            case ValueKind.JsonString:
                return [$"writer.JsonString({name}, {value}, emptyAsEmptyString: {Bool(shape.Lenience != Lenience.Json)}, {form});"];
            case ValueKind.Array:
                return
                [
                    $"writer.Member({name});",
                    "writer.StartArray();",
                    $"foreach (var item in {value})",
                    "    " + DirectValue(shape.Element!, "item", member),
                    "writer.EndArray();",
                ];
            default: // objects, attribute bags and unions write themselves
                return [$"writer.Member({name});", $"{value}.WriteTo(ref writer);"];
        }
    }

    /// <summary>Writes a value in an array (or a union) directly: the same as a member, without its name.</summary>
    internal static string DirectValue(ValueShape shape, string value, MemberInfo? owner) => shape.Kind switch
    {
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => $"writer.NumberValue({value});",
        ValueKind.Boolean => $"writer.BooleanValue({value});",
        ValueKind.String => $"writer.StringValue({value});",
        ValueKind.Guid => $"writer.GuidValue({value});",
        ValueKind.Object or ValueKind.Attributes or ValueKind.Union => $"{value}.WriteTo(ref writer);",
        _ => throw new NotSupportedException($"Arrays of {shape.Kind} are not supported{(owner is { } m ? $" ('{m.Json}')" : "")}."),
    };

    /// <summary>The member's constant text as a <c>u8</c> literal (<c>",\"eventUUID\":"u8</c>), or the field built from its encoded name.</summary>
    private static string MemberLiteral(MemberInfo member) =>
        IsPlain(member.Json) ? Syntax.Utf8Literal(MemberText(member)) : member.EncodedName + "Member";

    private static string MemberText(MemberInfo member) => ",\"" + member.Json + "\":";

    /// <summary>Text that both of System.Text.Json's encoders write as it is: printable ASCII without quotes, backslashes or HTML characters.</summary>
    private static bool IsPlain(string text) =>
        text.All(c => c is >= ' ' and <= '~' and not ('<' or '>' or '&' or '\'' or '+' or '`' or '"' or '\\'));
}
