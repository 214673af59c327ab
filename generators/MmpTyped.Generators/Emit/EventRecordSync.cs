using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Events;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Moves a one-vendor <c>[MmpEvent]</c> class's own properties between the class and its record, along the
/// tree the multi-vendor binder builds for a vendor (<see cref="ObjectInit"/>): into the record before it
/// writes or validates (<c>__Synced()</c>), and out of it after it parses.
/// </summary>
/// <remarks>
/// Into the record, a value is set only where it differs from the record's, and an open object's entry is
/// replaced where it stands: a parsed message keeps its members, their order and their original text, and
/// writing an event that did not change sets nothing (two threads writing the same event both find nothing
/// to change; the setting itself runs under a lock on the record).
/// </remarks>
internal static class EventRecordSync
{
    private const string Record = "global::MmpTyped.Runtime.MmpEventRecord";

    /// <summary>A new object of the record's tree: its required members hold nothing until they are set.</summary>
    public static string New(ObjectInit init)
    {
        var required = init.Members.Where(m => m.IsRequired).Select(m => $"{m.PropertyName} = default!").ToList();
        return required.Count == 0 ? $"new {init.Type}()" : $"new {init.Type} {{ {string.Join(", ", required)} }}";
    }

    /// <summary><c>__Synced()</c>: the record, with the class's properties and the event name in their places.</summary>
    public static void Emit(SourceWriter writer, VendorViewModel view)
    {
        writer.WriteLine($"/// <summary>The record, with this event's properties and name in their places.</summary>");
        using (writer.Block($"private {view.RecordType} __Synced()"))
        {
            writer.WriteLine("var __m = __message;");
            using (writer.Block("lock (__m)"))
                EmitObject(writer, view.Record, "__m", new Counter());
            writer.WriteLine("return __m;");
        }
        writer.WriteLine();
    }

    private static void EmitObject(SourceWriter writer, ObjectInit init, string target, Counter names)
    {
        foreach (var member in init.Members)
        {
            var place = $"{target}.{member.PropertyName}";
            if (member.Object is { } nested)
            {
                var local = "__o" + names.Next();
                if (Condition(nested) is not { } condition)
                {
                    writer.WriteLine($"var {local} = {place} ??= {New(nested)};");
                    EmitObject(writer, nested, local, names);
                    continue;
                }
                // An object only the class's nullable properties fill is made when one of them has a value.
                writer.WriteLine($"var {local} = {place};");
                writer.WriteLine($"if ({local} is null && ({condition}))");
                writer.WriteLine($"    {place} = {local} = {New(nested)};");
                using (writer.Block($"if ({local} is not null)"))
                    EmitObject(writer, nested, local, names);
            }
            else if (member.Bag is { } bag)
            {
                var local = "__o" + names.Next();
                writer.WriteLine($"var {local} = {place} ??= new {Syntax.Attributes}();");
                foreach (var entry in bag.Entries)
                {
                    var type = entry.TypeName == "string" ? "" : $"<{entry.TypeName}>";
                    writer.WriteLine($"{Record}.Put{type}({local}, {Syntax.Literal(entry.JsonName)}, {entry.PropertyName});");
                }
            }
            else if (member.Expression is { } value && value != "default!")
            {
                writer.WriteLine($"if ({Record}.Differs({place}, {value}))");
                writer.WriteLine($"    {place} = {value};");
            }
        }
    }

    // C# true when the class has something for the object; null when it always has (a value that is never null, the event name, an open object).
    private static string? Condition(ObjectInit init)
    {
        var tests = new List<string>();
        foreach (var member in init.Members)
        {
            if (member.Object is { } nested)
            {
                if (Condition(nested) is not { } inner)
                    return null;
                tests.Add(inner);
            }
            else if (member.Bag is not null || (member.Source is null && member.IsEventName) || member.SourceNull == NullKind.Never && member.Source is not null)
            {
                return null;
            }
            else if (member.Source is { } property)
            {
                tests.Add(member.SourceNull == NullKind.NullableValue ? $"{property}.HasValue" : $"{property} is not null");
            }
        }
        return tests.Count == 0 ? "false" : string.Join(" || ", tests);
    }

    /// <summary>After a parse: each settable property takes the record's value at its place, when there is one of its type.</summary>
    public static void EmitReadOut(SourceWriter writer, VendorViewModel view) =>
        EmitReadOut(writer, view.Record, "message", new Counter());

    private static void EmitReadOut(SourceWriter writer, ObjectInit init, string access, Counter names)
    {
        foreach (var member in init.Members)
        {
            var place = Access(access, member.PropertyName);
            if (member.Object is { } nested)
            {
                EmitReadOut(writer, nested, place, names);
            }
            else if (member.Bag is { } bag)
            {
                foreach (var entry in bag.Entries.Where(e => e.Settable))
                {
                    var local = "__v" + names.Next();
                    writer.WriteLine($"if ({Record}.TryRead<{entry.TypeName}>({place}, {Syntax.Literal(entry.JsonName)}, out var {local}))");
                    writer.WriteLine($"    {entry.PropertyName} = {local};");
                }
            }
            else if (member.Source is { } property)
            {
                var local = "__v" + names.Next();
                writer.WriteLine($"if ({place} is {{ }} {local})");
                writer.WriteLine($"    {property} = {local};");
            }
        }
    }

    /// <summary>
    /// In <c>ValidateInto</c>: an open object's entry of a JSON type its property cannot hold (which a parse kept
    /// and left the property unset) is reported at its path, since the record takes any value there.
    /// </summary>
    public static void EmitEntryChecks(SourceWriter writer, VendorViewModel view) =>
        EmitEntryChecks(writer, view.Record, "__m");

    private static void EmitEntryChecks(SourceWriter writer, ObjectInit init, string access)
    {
        foreach (var member in init.Members.Where(HasCheckedEntries))
        {
            writer.WriteLine($"validator.Enter({Syntax.Literal(member.JsonName)});");
            var place = Access(access, member.PropertyName);
            if (member.Object is { } nested)
                EmitEntryChecks(writer, nested, place);
            else
            {
                foreach (var entry in member.Bag!.Entries)
                    writer.WriteLine($"{Record}.Check<{entry.TypeName}>(validator, {place}, {Syntax.Literal(entry.JsonName)});");
            }
            writer.WriteLine("validator.Exit();");
        }
    }

    private static bool HasCheckedEntries(MemberInit member) =>
        member.Object?.Members.Any(HasCheckedEntries) ?? member.Bag?.Entries.Count > 0;

    /// <summary>
    /// The C# that reads the event name from a parsed record (<paramref name="access"/>), the unknown members of the
    /// object holding it (where the record keeps a name that is not a string), and the class's name as a literal.
    /// </summary>
    public static (string Access, string Unknown, string Literal) EventName(ObjectInit init, string access)
    {
        foreach (var member in init.Members)
        {
            if (member.IsEventName)
                return (Access(access, member.PropertyName), Access(access, "UnknownMembers"), member.Expression!);
            if (member.Object is { } nested && EventName(nested, Access(access, member.PropertyName)) is { Access.Length: > 0 } found)
                return found;
        }
        return ("", "", "");
    }

    // The first step from the record itself is plain; every object below it may be absent.
    private static string Access(string access, string property) =>
        access.Contains('.') ? $"{access}?.{property}" : $"{access}.{property}";

    private sealed class Counter
    {
        private int _next;

        public int Next() => _next++;
    }
}
