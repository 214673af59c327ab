using System;
using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    /// <summary>
    /// <c>WriteTo</c> in System.Text.Json's fast-path style: pre-encoded names, typed Write overloads,
    /// each value read once into a local, nothing boxed.
    /// </summary>
    private void EmitWriteTo()
    {
        _writer.WriteLine("/// <summary>Writes this object as the vendor's JSON, with any unknown members it was parsed with.</summary>");
        using (_writer.Block($"public void WriteTo({Syntax.Writer} writer)"))
        {
            _writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            _writer.WriteLine("writer.WriteStartObject();");
            _writer.WriteLine("WriteMembers(writer);");
            _writer.WriteLine("writer.WriteEndObject();");
        }
        _writer.WriteLine();

        // Parents write a nested object as WriteStartObject(name) + its members: one writer call fewer
        // than WritePropertyName + WriteTo, and no argument check per object.
        _writer.WriteLine("/// <summary>Writes this object's members into the object <paramref name=\"writer\"/> is in. For generated code.</summary>");
        _writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        using (_writer.Block($"public void WriteMembers({Syntax.Writer} writer)"))
        {
            foreach (var member in _members)
                EmitWriteMember(member, "UnknownMembers");
            _writer.WriteLine("UnknownMembers?.WriteMembers(writer, this, s_writesMember);");
        }
        _writer.WriteLine();
        EmitWritesMember();
    }

    /// <summary>
    /// <c>WritesMember</c>: whether a name is one this object writes itself, so that the same name among the
    /// unknown members (put there in code) is not written a second time; the property wins.
    /// </summary>
    private void EmitWritesMember()
    {
        _writer.WriteLine($"private static readonly global::System.Func<{Self}, string, bool> s_writesMember = static (self, name) => self.WritesMember(name);");
        _writer.WriteLine();
        using (_writer.Block("private bool WritesMember(string name) => name switch", "};"))
        {
            foreach (var member in _members)
                _writer.WriteLine($"{Syntax.Literal(member.Json)} => {Written(member)},");
            _writer.WriteLine("_ => false,");
        }
        _writer.WriteLine();
    }

    private static string Written(MemberInfo member)
    {
        if (member.KeepsOtherValue)
            return $"UnknownMembers?.ContainsKey({Syntax.Literal(member.Json)}) != true";
        if (member.IsConstant)
            return "true";
        return member.HasForm
            ? $"{member.IsSet} || {member.FormField} is {Syntax.Runtime}.MmpWireForm.Null or {Syntax.Runtime}.MmpWireForm.EmptyString"
            : member.IsSet;
    }

    private void EmitWriteMember(MemberInfo member, string bag)
    {
        if (member.KeepsOtherValue)
        {
            // A parsed message's other value is written back (with the unknown members) instead of the constant.
            _writer.WriteLine($"if (UnknownMembers?.ContainsKey({Syntax.Literal(member.Json)}) != true)");
            _writer.WriteLine($"    writer.WriteString({member.EncodedName}, {member.EncodedName}Value);");
            return;
        }
        if (member.IsConstant)
        {
            _writer.WriteLine($"writer.WriteString({member.EncodedName}, {member.EncodedName}Value);");
            return;
        }
        var statementText = WriteStatements(member, member.Value, _type.Namespace);
        if (KeepsOriginal(member))
            statementText = $"if ({bag}?.TryGetOriginal({Syntax.Literal(member.Json)}, {member.Value}, out var original) == true)\n    {Syntax.Runtime}.MmpWrite.Original(writer, {member.EncodedName}, original);\nelse\n{{\n{string.Join("\n", statementText.Split('\n').Select(line => "    " + line))}\n}}";
        var statements = statementText.Split('\n');
        using (_writer.Block($"if ({member.IsSet})"))
        {
            foreach (var line in statements)
                _writer.WriteLine(line);
        }
        if (member.HasForm)
        {
            _writer.WriteLine($"else if ({member.FormField} != {Syntax.Runtime}.MmpWireForm.Default)");
            _writer.WriteLine($"    {Syntax.Runtime}.MmpWrite.Absent(writer, {member.EncodedName}, {member.FormField});");
        }
    }

    private static string WriteStatements(MemberInfo member, string value, string ns)
    {
        var name = member.EncodedName;
        var form = member.HasForm ? member.FormField : $"{Syntax.Runtime}.MmpWireForm.Default";
        var shape = member.Shape;
        switch (shape.Kind)
        {
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal when shape.Lenience == Lenience.Number:
                return $"if ({form} == {Syntax.Runtime}.MmpWireForm.Quoted)\n    {Syntax.Runtime}.MmpWrite.Quoted(writer, {name}, {value});\nelse\n    writer.WriteNumber({name}, {value});";
            case ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal:
                return $"writer.WriteNumber({name}, {value});";
            case ValueKind.Boolean:
                return $"{Syntax.Runtime}.MmpWrite.Boolean(writer, {name}, {value}, {form});";
            case ValueKind.String or ValueKind.Guid:
                return $"writer.WriteString({name}, {value});";
            case ValueKind.Enum:
                return $"writer.WriteString({name}, global::{ns}.{shape.TypeName}Json.Encoded({value}));";
            case ValueKind.Timestamp when shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset:
                return $"{Syntax.Runtime}.MmpWrite.AfDateTime(writer, {name}, {value}, withOffset: {Bool(shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form});";
            case ValueKind.Timestamp:
                return shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds
                    ? $"{Syntax.Runtime}.MmpWrite.UnixTime(writer, {name}, {value}, {form}, secondsOrMilliseconds: true);"
                    : $"{Syntax.Runtime}.MmpWrite.UnixTime(writer, {name}, {value}, {form});";
            case ValueKind.JsonString:
                return $"{Syntax.Runtime}.MmpWrite.JsonString(writer, {name}, {value}, emptyAsEmptyString: {Bool(shape.Lenience != Lenience.Json)}, {form});";
            case ValueKind.Array:
                return $"writer.WriteStartArray({name});\nforeach (var item in {value})\n    {WriteValue(shape.Element!, "item", member)}\nwriter.WriteEndArray();";
            case ValueKind.Object or ValueKind.Attributes:
                return $"writer.WriteStartObject({name});\n{value}.WriteMembers(writer);\nwriter.WriteEndObject();";
            default: // unions write themselves, in whichever JSON kind they hold
                return $"writer.WritePropertyName({name});\n{value}.WriteTo(writer);";
        }
    }

    /// <summary>Writes a value in an array (or a union): the same as a member, without its name.</summary>
    internal static string WriteValue(ValueShape shape, string value, MemberInfo? owner) => shape.Kind switch
    {
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => $"writer.WriteNumberValue({value});",
        ValueKind.Boolean => $"writer.WriteBooleanValue({value});",
        ValueKind.String or ValueKind.Guid => $"writer.WriteStringValue({value});",
        ValueKind.Object or ValueKind.Attributes or ValueKind.Union => $"{value}.WriteTo(writer);",
        _ => throw new NotSupportedException($"Arrays of {shape.Kind} are not supported{(owner is { } m ? $" ('{m.Json}')" : "")}."),
    };

    private static string Bool(bool value) => value ? "true" : "false";
}
