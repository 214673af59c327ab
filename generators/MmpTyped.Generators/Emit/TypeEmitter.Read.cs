using System;
using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    /// <summary>
    /// <c>ReadFrom</c> on <c>Utf8JsonReader</c>, in three layers a debugger can step through: the loop over
    /// the object's members; one method per object that finds a member by its name's UTF-8 bytes (length,
    /// then the byte where names of that length differ most); and one method per member that reads its
    /// value. Members the schema does not know are kept. A member's method adds its name to the path of an
    /// error on the way out, so the happy path builds no strings.
    /// </summary>
    private void EmitReadFrom()
    {
        _writer.WriteLine($$"""
            /// <summary>Reads this object; the reader stands on its <c>{</c> and ends on its <c>}</c>. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            """);
        using (_writer.Block($"public static {Self} ReadFrom(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source)"))
        {
            _writer.WriteLine($"{Syntax.Runtime}.MmpRead.StartObject(ref reader);");
            _writer.WriteLine($"var result = new {Self}({Syntax.Runtime}.MmpWireForm.Default);");
            EmitMemberLoop(_members, "UnknownMembers", "ReadKnownMember");
            _writer.WriteLine("return result;");
        }
        _writer.WriteLine();
        EmitMemberReaders(_members, "UnknownMembers", "ReadKnownMember");
    }

    /// <summary>The loop over an object's members: a known member is read by its own method, any other kept.</summary>
    private void EmitMemberLoop(MemberInfo[] members, string bag, string dispatch)
    {
        using (_writer.Block($"while ({Syntax.Runtime}.MmpRead.NextMember(ref reader))"))
        {
            var keep = $"(result.{bag} ??= new()).ReadMember(ref reader, source);";
            // An object without members has nothing to find: every member is kept.
            if (members.Length == 0)
            {
                _writer.WriteLine(keep);
                return;
            }
            _writer.WriteLine($"if (!{dispatch}(ref reader, source, {Syntax.Runtime}.MmpRead.MemberName(in reader), result))");
            _writer.WriteLine("    " + keep);
        }
    }

    /// <summary>The method that finds a member by name, then each member's reading method.</summary>
    private void EmitMemberReaders(MemberInfo[] members, string bag, string dispatch)
    {
        if (members.Length == 0)
            return;
        EmitDispatch(members,
            $"private static bool {dispatch}(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source, scoped global::System.ReadOnlySpan<byte> name, {Self} result)",
            "Reads the member whose UTF-8 name is <paramref name=\"name\"/>; false when the schema does not know it.",
            member => [$"{MemberReaderName(member)}(ref reader, source, result);", "return true;"]);
        foreach (var member in members)
            EmitMemberReader(member, bag);
    }

    /// <summary>
    /// Finds a member among those whose name has the same UTF-8 length (a switch, not a chain of comparisons:
    /// Push V2 has 114 members). With more than two of one length, a switch on the byte where their names differ
    /// most leaves one or two to compare (Push V2 has ten members of 10 bytes). The name is compared as it came
    /// when it has no escapes, decoded otherwise.
    /// </summary>
    private void EmitDispatch(MemberInfo[] members, string header, string summary, Func<MemberInfo, string[]> found, string notFound = "return false;")
    {
        _writer.WriteLine($"/// <summary>{summary}</summary>");
        using (_writer.Block(header))
        {
            using (_writer.Block("switch (name.Length)"))
            {
                foreach (var group in members.GroupBy(m => System.Text.Encoding.UTF8.GetByteCount(m.Json)).OrderBy(g => g.Key))
                {
                    var sameLength = group.ToArray();
                    if (sameLength.Length <= 2)
                    {
                        foreach (var member in sameLength)
                            EmitCase(group.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), member, found);
                        continue;
                    }
                    _writer.WriteLine($"case {group.Key}:");
                    _writer.Indent();
                    var names = sameLength.Select(m => System.Text.Encoding.UTF8.GetBytes(m.Json)).ToArray();
                    var position = Enumerable.Range(0, names[0].Length)
                        .OrderByDescending(i => names.Select(n => n[i]).Distinct().Count())
                        .ThenBy(i => i)
                        .First();
                    using (_writer.Block($"switch (name[{position}])"))
                    {
                        foreach (var (member, key) in sameLength.Select((m, i) => (m, names[i][position])).OrderBy(x => x.Item2))
                            EmitCase(ByteLiteral(key), member, found);
                    }
                    _writer.WriteLine(notFound);
                    _writer.Unindent();
                }
                _writer.WriteLine("default:");
                _writer.WriteLine("    " + notFound);
            }
        }
        _writer.WriteLine();
    }

    private void EmitCase(string key, MemberInfo member, Func<MemberInfo, string[]> found)
    {
        _writer.WriteLine($"case {key} when global::System.MemoryExtensions.SequenceEqual(name, {Syntax.Utf8Literal(member.Json)}):");
        foreach (var line in found(member))
            _writer.WriteLine("    " + line);
    }

    private static string ByteLiteral(byte value) =>
        value is >= 0x20 and < 0x7F and not (byte)'\\' and not (byte)'\'' ? $"(byte)'{(char)value}'" : $"0x{value:X2}";

    private static string MemberReaderName(MemberInfo member) => $"Read{member.Property}Member";

    /// <summary>
    /// One member's method: the reader stands on its name and ends on its value's last token. An error names
    /// the member on its way out.
    /// </summary>
    private void EmitMemberReader(MemberInfo member, string bag)
    {
        _writer.WriteLine($"/// <summary>Reads <c>{Syntax.XmlText(member.Json)}</c>; the reader stands on its name.</summary>");
        using (_writer.Block($"private static void {MemberReaderName(member)}(ref {Syntax.Reader} reader, global::System.ReadOnlySpan<byte> source, {Self} result)"))
        {
            _writer.WriteLine("try");
            using (_writer.Braces())
            {
                _writer.WriteLine("reader.Read();");
                EmitReadMember(member, bag);
            }
            _writer.WriteLine($"catch (global::System.Exception error) when ({Syntax.Runtime}.MmpRead.IsReadError(error))");
            using (_writer.Braces())
                _writer.WriteLine($"throw {Syntax.Runtime}.MmpRead.Within(error, {Syntax.Literal(member.Json)}, reader.BytesConsumed);");
        }
        _writer.WriteLine();
    }

    private void EmitReadMember(MemberInfo member, string bag)
    {
        var json = Syntax.Literal(member.Json);
        var unknown = $"result.{bag}";
        if (member.KeepsOtherValue)
        {
            // The schema's constant: another value is kept as it came, for Validate() to report (MMP004).
            _writer.WriteLine($"if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && reader.ValueTextEquals({member.EncodedName}Value.EncodedUtf8Bytes))");
            _writer.WriteLine($"    {unknown}?.Remove({json});");
            _writer.WriteLine("else");
            _writer.WriteLine($"    ({unknown} ??= new())[{json}] = {Syntax.Runtime}.MmpRead.Value(ref reader, source);");
            return;
        }
        if (member.IsConstant)
        {
            _writer.WriteLine($"{Syntax.Runtime}.MmpRead.Constant(ref reader, {member.EncodedName}Value);");
            return;
        }

        // A member without a form field: a scratch one takes what the readers record.
        // A member sent twice is read as its last occurrence, value and form: the form an earlier
        // occurrence left ("true" in quotes) is cleared before the readers record this one's.
        string? form = null;
        if (member.HasForm)
        {
            form = $"ref result.{member.FormField}";
            _writer.WriteLine($"result.{member.FormField} = default;");
        }
        else if (member.Shape.Kind is ValueKind.Timestamp or ValueKind.JsonString)
        {
            _writer.WriteLine($"var form = {Syntax.Runtime}.MmpWireForm.Default;");
            form = "ref form";
        }
        var shape = member.Shape;

        // Text that does not decode is kept among the unknown members. A member sent twice must still
        // be written once, as its last value: each outcome clears what the other left.
        string[] cleared = member.HasForm ? [$"result.{member.Field} = default;", $"result.{member.FormField} = default;"]
            : [$"result.{member.Field} = default;"];
        string[] keepText = [.. cleared, $"({unknown} ??= new())[{json}] = {Syntax.Runtime}.MmpRead.Value(ref reader, source);"];
        // A later null clears what an earlier occurrence set.
        string[]? whenNull = member.Model.AllowsNull && !HandlesNullItself(shape)
            ? [$"result.{member.Field} = default;", $"{unknown}?.Remove({json});"]
            : null;
        var isNull = $"{Syntax.Runtime}.MmpRead.IsNull(ref reader, {form})";
        string[] assign = [$"result.{member.Field} = value;"];
        // Text its type would write otherwise (1e-400 in money, a time with six fraction digits) is kept
        // beside the value and written back while the member holds it.
        string[] keepOriginal = KeepsOriginal(member)
            ? [$"if (!{Syntax.Runtime}.MmpRead.{WrittenBackCall(member, form)})",
               $"    ({unknown} ??= new()).KeepOriginal({json}, {Syntax.Runtime}.MmpRead.RawText(in reader), result.{member.Field}!);"]
            : [];
        string[] decoded = [.. assign, $"{unknown}?.Remove({json});", .. keepOriginal];

        // A value of the wrong kind or range (a number where a string belongs) is kept as it came among the
        // unknown members, for Validate() to report (MMP004) and writing to give back; the other members are
        // still read. A reader that failed inside an array starts again from the array's first token.
        var restarts = shape.Kind is ValueKind.Array or ValueKind.Union;
        if (restarts)
            _writer.WriteLine("var valueStart = reader;");
        _writer.WriteLine("try");
        using (_writer.Braces())
        {
            var decode = DecodeCondition(member, form);
            var branches = new List<(string? Condition, string[] Body)>();
            // JSON in a string takes null itself, recording the form.
            if (whenNull is not null && shape.Kind != ValueKind.JsonString)
                branches.Add((isNull, whenNull));
            if (decode is not null)
            {
                branches.Add((decode, decoded));
                branches.Add((null, keepText));
            }
            else
            {
                branches.Add((null, [$"result.{member.Field} = {ReadExpression(shape, form, _type.Namespace)};", $"{unknown}?.Remove({json});", .. keepOriginal]));
            }
            EmitBranches(branches);
        }
        _writer.WriteLine($"catch (global::System.Exception error) when ({Syntax.Runtime}.MmpRead.IsWrongValue(error))");
        using (_writer.Braces())
        {
            if (restarts)
                _writer.WriteLine("reader = valueStart;");
            foreach (var line in keepText)
                _writer.WriteLine(line);
        }
    }

    /// <summary>The condition under which a value decoded from text (an enum, a UUID, JSON in a string, an AppsFlyer time) is in <c>value</c>; null for values read directly.</summary>
    private string? DecodeCondition(MemberInfo member, string? form) => member.Shape.Kind switch
    {
        ValueKind.Enum => $"global::{_type.Namespace}.{member.Shape.TypeName}Json.TryRead(ref reader, out var value)",
        ValueKind.Guid => $"{Syntax.Runtime}.MmpRead.TryGuid(ref reader, out var value)",
        ValueKind.JsonString => $"{Syntax.Runtime}.MmpRead.TryJsonString(ref reader, source, lenient: {Bool(member.Shape.Lenience == Lenience.Json)}, {form}, out var value)",
        ValueKind.Timestamp when member.Shape.Timestamp is TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset =>
            $"{Syntax.Runtime}.MmpRead.TryAfDateTime(ref reader, withOffset: {Bool(member.Shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form}, out var value)",
        _ => null,
    };

    /// <summary>An <c>if</c>/<c>else if</c>/<c>else</c> chain, one statement per line; a lone unconditional branch is written bare.</summary>
    private void EmitBranches(List<(string? Condition, string[] Body)> branches)
    {
        if (branches.Count == 1 && branches[0].Condition is null)
        {
            foreach (var line in branches[0].Body)
                _writer.WriteLine(line);
            return;
        }
        for (var i = 0; i < branches.Count; i++)
        {
            var (condition, body) = branches[i];
            _writer.WriteLine(condition is null ? "else" : i == 0 ? $"if ({condition})" : $"else if ({condition})");
            using (_writer.Braces())
            {
                foreach (var line in body)
                    _writer.WriteLine(line);
            }
        }
    }

    /// <summary>Whether a member keeps the text it came in when its type would write it otherwise: the generated numbers, UUIDs and AppsFlyer times.</summary>
    internal static bool KeepsOriginal(MemberInfo member) => !member.IsUser
        && member.Shape.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal or ValueKind.Guid or ValueKind.Timestamp;

    private static string WrittenBackCall(MemberInfo member, string? form) => member.Shape.Timestamp switch
    {
        TimestampEncoding.AfDateTime or TimestampEncoding.AfDateTimeOffset =>
            $"WritesBack(in reader, result.{member.Field}, withOffset: {Bool(member.Shape.Timestamp == TimestampEncoding.AfDateTimeOffset)}, {form!.Substring("ref ".Length)})",
        TimestampEncoding.None => $"WritesBack(in reader, result.{member.Field})",
        _ => $"WritesBackUnixTime(in reader, result.{member.Field}, secondsOrMilliseconds: {Bool(member.Shape.Timestamp == TimestampEncoding.UnixSecondsOrMilliseconds)}, {form!.Substring("ref ".Length)})",
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
