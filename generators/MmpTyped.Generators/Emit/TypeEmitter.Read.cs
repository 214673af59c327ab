using System;
using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    /// <summary>
    /// <c>ReadFrom</c> on <c>Utf8JsonReader</c>: member names matched on their UTF-8 bytes, one typed read
    /// per member, members the schema does not know kept. An error names the member: the catch adds it
    /// to the path on the way out, so the happy path builds no strings.
    /// </summary>
    private string Target => IsEventClass ? "state" : "result";

    private void EmitReadFrom()
    {
        _writer.WriteLine($$"""
            /// <summary>Reads this object; the reader stands on its <c>{</c> and ends on its <c>}</c>. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            """);
        using (_writer.Block($"public static {Self} ReadFrom(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source)"))
        {
            _writer.WriteLine($"{Syntax.Runtime}.MmpRead.StartObject(ref reader);");
            _writer.WriteLine(IsEventClass ? "var state = new ReadState();" : $"var result = new {Self}({Syntax.Runtime}.MmpWireForm.Default);");
            EmitMemberLoop(_members, "UnknownMembers");
            _writer.WriteLine(IsEventClass ? $"return new {Self}(ref state);" : "return result;");
        }
        _writer.WriteLine();
        foreach (var inline in InlineObjects)
            EmitInlineReader(inline);
    }

    private void EmitInlineReader(MemberInfo inline)
    {
        if (inline.Inline!.AsJsonString)
            _writer.WriteLine($"private static readonly {Syntax.Runtime}.MmpInnerReadFunc<ReadState> s_read{inline.Property} = Read{inline.Property};");
        using (_writer.Block($"private static void Read{inline.Property}(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source, ref ReadState state)"))
        {
            _writer.WriteLine($"{Syntax.Runtime}.MmpRead.StartObject(ref reader);");
            EmitMemberLoop(Infos(inline.Inline.Members), UnknownField(inline));
        }
        _writer.WriteLine();
    }

    /// <summary>
    /// The loop over an object's members: the name is compared only with the members of its length
    /// (a switch, not a chain of comparisons: Push V2 has 114 members), on its unescaped UTF-8 bytes.
    /// An error names the member on its way out.
    /// </summary>
    private void EmitMemberLoop(MemberInfo[] members, string bag)
    {
        _writer.WriteLine($"global::System.Span<byte> nameBuffer = stackalloc byte[{Syntax.Runtime}.MmpRead.MaxMemberNameLength];");
        _writer.WriteLine("string? member = null;");
        _writer.WriteLine("try");
        _writer.WriteLine("{");
        _writer.Indent();
        using (_writer.Block($"while ({Syntax.Runtime}.MmpRead.NextMember(ref reader))"))
        {
            _writer.WriteLine($"var name = {Syntax.Runtime}.MmpRead.MemberName(in reader, nameBuffer);");
            // An object without members has no case: no switch then (an empty one is CS1522).
            using (members.Length == 0 ? default : _writer.Block("switch (name.Length)"))
            {
                foreach (var group in members.GroupBy(m => System.Text.Encoding.UTF8.GetByteCount(m.Json)).OrderBy(g => g.Key))
                {
                    _writer.WriteLine($"case {group.Key}:");
                    _writer.Indent();
                    EmitNameMatch(group.ToArray(), bag);
                    _writer.WriteLine("break;");
                    _writer.Unindent();
                }
            }
            _writer.WriteLine("member = null;");
            _writer.WriteLine($"({Target}.{bag} ??= new()).ReadMember(ref reader, source);");
        }
        _writer.Unindent();
        _writer.WriteLine("}");
        _writer.WriteLine($"catch (global::System.Exception error) when (member is not null && {Syntax.Runtime}.MmpRead.IsReadError(error))");
        _writer.WriteLine("{");
        _writer.WriteLine($"    throw {Syntax.Runtime}.MmpRead.Within(error, member, reader.BytesConsumed);");
        _writer.WriteLine("}");
    }

    /// <summary>
    /// Finds the member among those of one name length. With more than two, a switch on the byte where
    /// their names differ most leaves one or two to compare (Push V2 has ten members of 10 bytes).
    /// </summary>
    private void EmitNameMatch(MemberInfo[] sameLength, string bag)
    {
        if (sameLength.Length <= 2)
        {
            foreach (var member in sameLength)
                EmitCompareAndRead(member, bag);
            return;
        }
        var names = sameLength.Select(m => System.Text.Encoding.UTF8.GetBytes(m.Json)).ToArray();
        var position = Enumerable.Range(0, names[0].Length)
            .OrderByDescending(i => names.Select(n => n[i]).Distinct().Count())
            .ThenBy(i => i)
            .First();
        using (_writer.Block($"switch (name[{position}])"))
        {
            foreach (var byByte in sameLength.Select((m, i) => (Member: m, Byte: names[i][position])).GroupBy(x => x.Byte).OrderBy(g => g.Key))
            {
                _writer.WriteLine($"case {ByteLiteral(byByte.Key)}:");
                _writer.Indent();
                foreach (var candidate in byByte)
                    EmitCompareAndRead(candidate.Member, bag);
                _writer.WriteLine("break;");
                _writer.Unindent();
            }
        }
    }

    private static string ByteLiteral(byte value) =>
        value is >= 0x20 and < 0x7F and not (byte)'\\' and not (byte)'\'' ? $"(byte)'{(char)value}'" : $"0x{value:X2}";

    private void EmitCompareAndRead(MemberInfo member, string bag)
    {
        using (_writer.Block($"if (global::System.MemoryExtensions.SequenceEqual(name, {Syntax.Utf8Literal(member.Json)}))"))
        {
            _writer.WriteLine($"member = {Syntax.Literal(member.Json)};");
            _writer.WriteLine("reader.Read();");
            EmitReadMember(member, bag);
            _writer.WriteLine("member = null;");
            _writer.WriteLine("continue;");
        }
    }

    private void EmitReadMember(MemberInfo member, string bag)
    {
        if (member.KeepsOtherValue)
        {
            // The schema's constant: another value is kept as it came, for Validate() to report (MMP004).
            var name = Syntax.Literal(member.Json);
            _writer.WriteLine($"if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.ValueTextEquals({member.EncodedName}Value.EncodedUtf8Bytes)) {Target}.{bag}?.Remove({name});");
            _writer.WriteLine($"else ({Target}.{bag} ??= new())[{name}] = {Syntax.Runtime}.MmpRead.Value(ref reader, source);");
            return;
        }
        if (member.IsConstant)
        {
            _writer.WriteLine($"{Syntax.Runtime}.MmpRead.Constant(ref reader, {member.EncodedName}Value);");
            return;
        }
        if (member.Inline is { } inline)
        {
            _writer.WriteLine(inline.AsJsonString
                ? $"{Syntax.Runtime}.MmpRead.JsonObjectString(ref reader, ref state, s_read{member.Property});"
                : $"Read{member.Property}(ref reader, source, ref state);");
            return;
        }
        if (member.IsUser && member.Model.UserReadOnly)
        {
            _writer.WriteLine("reader.Skip(); // a computed property: written, never read back");
            return;
        }

        // A user's property has no form field: a scratch one takes what the readers record.
        // A member sent twice is read as its last occurrence, value and form: the form an earlier
        // occurrence left ("true" in quotes) is cleared before the readers record this one's.
        string? form = null;
        if (member.HasForm)
        {
            form = $"ref {Target}.{member.FormField}";
            _writer.WriteLine($"{Target}.{member.FormField} = default;");
        }
        else if (member.Shape.Kind is ValueKind.Timestamp or ValueKind.JsonString)
        {
            _writer.WriteLine($"var form = {Syntax.Runtime}.MmpWireForm.Default;");
            form = "ref form";
        }
        var assign = member.IsUser
            ? $"{{ state.{member.Property} = value; state.{member.Property}IsSet = true; }}"
            : $"{Target}.{member.Field} = value;";
        var nullCheck = member.Model.AllowsNull && !HandlesNullItself(member.Shape)
            ? $"if (!{Syntax.Runtime}.MmpRead.IsNull(ref reader, {form})) "
            : "";
        var shape = member.Shape;

        // Text that does not decode is kept among the unknown members. A member sent twice must still
        // be written once, as its last value: each outcome clears what the other left.
        var json = Syntax.Literal(member.Json);
        var cleared = member.IsUser ? $"state.{member.Property}IsSet = false;"
            : $"{Target}.{member.Field} = default;" + (member.HasForm ? $" {Target}.{member.FormField} = default;" : "");
        // Text its type would write otherwise (1e-400 in money, a time with six fraction digits) is kept
        // beside the value and written back while the member holds it.
        var keepOriginal = KeepsOriginal(member)
            ? $" if (!{Syntax.Runtime}.MmpRead.{WrittenBackCall(member, form)}) ({Target}.{bag} ??= new()).KeepOriginal({json}, {Syntax.Runtime}.MmpRead.RawText(in reader), {Target}.{member.Field}!);"
            : "";
        var decoded = $"{{ {assign.Trim('{', '}', ' ')} {Target}.{bag}?.Remove({json});{keepOriginal} }}";
        var keepText = $"{{ {cleared} ({Target}.{bag} ??= new())[{json}] = {Syntax.Runtime}.MmpRead.Value(ref reader, source); }}";
        var decodedNull = nullCheck.Length == 0 ? ""
            : $"if ({Syntax.Runtime}.MmpRead.IsNull(ref reader, {form})) {{ {(member.IsUser ? cleared : $"{Target}.{member.Field} = default;")} {Target}.{bag}?.Remove({json}); }} else ";

        string statement;
        switch (shape.Kind)
        {
            case ValueKind.Enum:
                statement = $"{decodedNull}if (global::{_type.Namespace}.{shape.TypeName}Json.TryRead(ref reader, out var value)) {decoded} else {keepText}";
                break;
            case ValueKind.Guid:
                statement = $"{decodedNull}if ({Syntax.Runtime}.MmpRead.TryGuid(ref reader, out var value)) {decoded} else {keepText}";
                break;
            case ValueKind.JsonString:
                statement = $"if ({Syntax.Runtime}.MmpRead.TryJsonString(ref reader, source, lenient: {Bool(shape.Lenience == Lenience.Json)}, {form}, out var value)) {decoded} else {keepText}";
                break;
            case ValueKind.Timestamp when shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset:
                var offset = Bool(shape.Timestamp == TimestampEncoding.AfDateTimeOffset);
                statement = $"if ({Syntax.Runtime}.MmpRead.TryAfDateTime(ref reader, withOffset: {offset}, {form}, out var value)) {decoded} else {keepText}";
                break;
            default:
                // A later null clears what an earlier occurrence set.
                var readNull = nullCheck.Length == 0 ? ""
                    : $"if ({Syntax.Runtime}.MmpRead.IsNull(ref reader, {form})) {{ {(member.IsUser ? cleared : $"{Target}.{member.Field} = default;")} {Target}.{bag}?.Remove({json}); }} else ";
                statement = member.IsUser
                    ? $"{readNull}{{ var value = {ReadExpression(shape, form, _type.Namespace)}; {assign.Trim('{', '}', ' ')} {Target}.{bag}?.Remove({json}); }}"
                    : $"{readNull}{{ {Target}.{member.Field} = {ReadExpression(shape, form, _type.Namespace)}; {Target}.{bag}?.Remove({json});{keepOriginal} }}";
                break;
        }

        // A value of the wrong kind or range (a number where a string belongs) is kept as it came among the
        // unknown members, for Validate() to report (MMP004) and writing to give back; the other members are
        // still read. A reader that failed inside an array starts again from the array's first token.
        var restarts = shape.Kind is ValueKind.Array or ValueKind.Union;
        if (restarts)
            _writer.WriteLine("var valueStart = reader;");
        _writer.WriteLine("try");
        _writer.WriteLine("{");
        _writer.WriteLine("    " + statement);
        _writer.WriteLine("}");
        _writer.WriteLine($"catch (global::System.Exception error) when ({Syntax.Runtime}.MmpRead.IsWrongValue(error))");
        _writer.WriteLine("{");
        if (restarts)
            _writer.WriteLine("    reader = valueStart;");
        _writer.WriteLine("    " + keepText);
        _writer.WriteLine("}");
    }

    /// <summary>Whether a member keeps the text it came in when its type would write it otherwise: the generated numbers, UUIDs and AppsFlyer times.</summary>
    internal static bool KeepsOriginal(MemberInfo member) => !member.IsUser
        && member.Shape.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal or ValueKind.Guid or ValueKind.Timestamp;

    private string WrittenBackCall(MemberInfo member, string? form) => member.Shape.Timestamp switch
    {
        TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset =>
            $"WritesBack(in reader, {Target}.{member.Field}, withOffset: {Bool(member.Shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form!.Substring("ref ".Length)})",
        TimestampEncoding.None => $"WritesBack(in reader, {Target}.{member.Field})",
        _ => $"WritesBackUnixTime(in reader, {Target}.{member.Field}, secondsOrMilliseconds: {Bool(member.Shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds)}, {form!.Substring("ref ".Length)})",
    };

    // Lenient readers and timestamps take null (and "") themselves, recording the form.
    private static bool HandlesNullItself(ValueShape shape) =>
        shape.Kind == ValueKind.Timestamp;

    /// <summary>An expression that reads one value at the reader's current token.</summary>
    /// <remarks>
    /// <paramref name="exact"/> for a value with nowhere to keep its text (a list item, a union branch): a number
    /// its type would write otherwise is refused, so that the whole value is kept as it came and reported.
    /// </remarks>
    internal static string ReadExpression(ValueShape shape, string? form, string ns, bool exact = false)
    {
        var lenient = shape.Lenience != Lenience.None && form is not null;
        return shape.Kind switch
        {
            ValueKind.String => $"{Syntax.Runtime}.MmpRead.String(ref reader)",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal when lenient =>
                $"{Syntax.Runtime}.MmpRead.LenientNumber<{Syntax.TypeOf(shape, ns)}>(ref reader, {form})",
            ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal =>
                $"{Syntax.Runtime}.MmpRead.{(exact ? "ExactNumber" : "Number")}<{Syntax.TypeOf(shape, ns)}>(ref reader)",
            ValueKind.Boolean when lenient => $"{Syntax.Runtime}.MmpRead.LenientBoolean(ref reader, {form})",
            ValueKind.Boolean => $"{Syntax.Runtime}.MmpRead.Boolean(ref reader)",
            ValueKind.Timestamp => $"{Syntax.Runtime}.MmpRead.UnixTime(ref reader, secondsOrMilliseconds: {Bool(shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds)}, {form})",
            ValueKind.Attributes => $"{Syntax.Attributes}.ReadFrom(ref reader, source)",
            ValueKind.Array => $"{Syntax.Runtime}.MmpRead.List(ref reader, source, static (ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source) => {ReadExpression(shape.Element!, null, ns, exact: true)})",
            ValueKind.Object or ValueKind.Union => $"{Syntax.TypeOf(shape, ns)}.ReadFrom(ref reader, source)",
            _ => throw new NotSupportedException($"Reading {shape.Kind} values here is not supported."),
        };
    }
}
