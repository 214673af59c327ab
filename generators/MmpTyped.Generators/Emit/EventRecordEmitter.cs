using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Events;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Emits the generated half of an <c>[MmpEvent]</c> class with one vendor, built on that vendor's generated
/// record: the record holds the message (so nothing of the envelope's writing, reading or validation is
/// emitted again), the envelope's members forward to it, and the class's own properties are put in their
/// places in the record before it writes or validates (see <see cref="EventRecordSync"/>) and read out of it
/// after it parses.
/// </summary>
internal static class EventRecordEmitter
{
    private const string Record = "global::MmpTyped.Runtime.MmpEventRecord";

    public static SourceText Emit(OneVendorEventModel model) =>
        EventVendorsEmitter.InClass(model.Declaration, writer => EmitClass(writer, model));

    private static void EmitClass(SourceWriter writer, OneVendorEventModel model)
    {
        var self = model.Declaration.FullName(model.Name);
        writer.WriteLine($"[{Syntax.Runtime}.MmpSchema({Syntax.Literal(model.Root.SchemaId)})]");
        TypeEmitter.WriteRuleAttributes(writer, model.Rules);
        using (writer.Block($"partial {model.Declaration.Keyword} {model.Name} : global::MmpTyped.IMmpEvent<{self}>, {Syntax.Runtime}.IMmpDirectWritable"))
        {
            EmitStorage(writer, model);
            EmitEnvelope(writer, model);
            EventRecordSync.Emit(writer, model.View);
            EmitWriteAndValidate(writer, model);
            EmitParse(writer, model, self);
            if (model.Root.Url is { } url)
                TypeEmitter.EmitBuildUrl(writer, model.Root, url, model.RecordType);
        }
    }

    /// <summary>
    /// The record is the class's storage. A record class keeps it in an <c>MmpEventStorage</c>, since a
    /// <c>with</c> expression copies fields: the copy must not share the original's message.
    /// </summary>
    private static void EmitStorage(SourceWriter writer, OneVendorEventModel model)
    {
        var isRecord = model.Declaration.Keyword == "record";
        var created = EventRecordSync.New(model.View.Record);
        if (isRecord)
        {
            writer.WriteLine($"private {Syntax.Runtime}.MmpEventStorage<{model.RecordType}> __storage = new({created});");
            writer.WriteLine($"private {model.RecordType} __message => {Record}.Own(ref __storage, this);");
        }
        else
        {
            writer.WriteLine($"private readonly {model.RecordType} __message = {created};");
        }
        writer.WriteLine();
        if (!model.Declaration.DeclaresConstructor)
        {
            // The parser's constructor below would hide the implicit one the user relies on.
            writer.WriteLine($"/// <summary>Creates an empty {model.Name}; set its members with an object initializer.</summary>");
            writer.WriteLine($"public {model.Name}() {{ }}");
            writer.WriteLine();
        }
        writer.WriteLine("// The parser's constructor: a parsed message may lack a required member, which Validate() reports.");
        writer.WriteLine("#pragma warning disable CS8618");
        writer.WriteLine("[global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]");
        using (writer.Block($"private {model.Name}({model.RecordType} message)"))
        {
            writer.WriteLine(isRecord ? "__storage = new(message);" : "__message = message;");
            EventRecordSync.EmitReadOut(writer, model.View);
        }
        writer.WriteLine("#pragma warning restore CS8618");
        writer.WriteLine();
        if (isRecord && model.Copy is { } copy)
            EmitCopyConstructor(writer, model, copy);
    }

    /// <summary>The copy constructor a <c>with</c> expression calls: the user's state as the compiler would copy it, and a message of the copy's own.</summary>
    private static void EmitCopyConstructor(SourceWriter writer, OneVendorEventModel model, RecordCopy copy)
    {
        writer.WriteLine("/// <summary>Copies <paramref name=\"original\"/> for a <c>with</c> expression; the copy gets a message of its own.</summary>");
        writer.WriteLine("/// <param name=\"original\">The record to copy.</param>");
        writer.WriteLine(Syntax.GeneratedCode); // the analyzers follow a 'with' through it as through the compiler's
        using (writer.Block($"{(copy.IsSealed ? "private" : "protected")} {model.Name}({model.Name} original){(copy.CallsBase ? " : base(original)" : "")}"))
        {
            foreach (var assignment in copy.Assignments)
                writer.WriteLine(assignment);
            writer.WriteLine($"__storage = new({Record}.Copy(original.__message));");
        }
        writer.WriteLine();
    }

    /// <summary>The envelope's members (identifiers, user, device, app, timestamps), each forwarding to the record's.</summary>
    private static void EmitEnvelope(SourceWriter writer, OneVendorEventModel model)
    {
        foreach (var member in model.Envelope.Select(m => new MemberInfo(m, model.Namespace)))
        {
            writer.WriteLine($"/// <inheritdoc cref=\"{model.RecordType}.{member.Property}\"/>");
            TypeEmitter.WriteMemberAttributes(writer, member);
            var required = member.Model.IsRequired ? "required " : "";
            writer.WriteLine($"public {required}{member.PropertyType} {member.Property} {{ get => __message.{member.Property}; set => __message.{member.Property} = value; }}");
            writer.WriteLine();
        }
        writer.WriteLine($"/// <inheritdoc cref=\"{model.RecordType}.UnknownMembers\"/>");
        writer.WriteLine($"public {Syntax.Attributes}? UnknownMembers {{ get => __message.UnknownMembers; set => __message.UnknownMembers = value; }}");
        writer.WriteLine();
    }

    private static void EmitWriteAndValidate(SourceWriter writer, OneVendorEventModel model)
    {
        var size = model.Root.SizeLimit is int limit ? $", {limit}" : "";
        writer.WriteLine($$"""
            /// <summary>Writes this event as the vendor's JSON: its record, with the class's properties in their places.</summary>
            public void WriteTo({{Syntax.Writer}} writer) => __Synced().WriteTo(writer);

            /// <summary>Writes this event as the vendor's JSON straight into UTF-8: the same bytes as WriteTo(Utf8JsonWriter). For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            public void WriteTo(ref {{Syntax.Runtime}}.MmpDirectWriter writer) => __Synced().WriteTo(ref writer);

            /// <summary>Checks every rule of the vendor's schema; allocates nothing when the message is valid.</summary>
            public global::MmpTyped.MmpValidationResult Validate() => Validate(global::System.TimeProvider.System);

            /// <summary>Checks every rule of the vendor's schema, with timestamp windows measured on <paramref name="time"/>.</summary>
            public global::MmpTyped.MmpValidationResult Validate(global::System.TimeProvider time) =>
                {{Record}}.Validate(this, time, static (self, validator) => self.ValidateInto(validator){{size}});

            /// <summary>Checks the record's rules into <paramref name="validator"/>, and the JSON types of the class's entries in open objects. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            public void ValidateInto({{Syntax.Runtime}}.MmpValidator validator)
            {
                var __m = __Synced();
                __m.ValidateInto(validator);
            """);
        writer.Indent();
        EventRecordSync.EmitEntryChecks(writer, model.View);
        writer.Unindent();
        writer.WriteLine("}");
        writer.WriteLine();
    }

    private static void EmitParse(SourceWriter writer, OneVendorEventModel model, string self)
    {
        var (name, unknown, literal) = EventRecordSync.EventName(model.View.Record, "message");
        writer.WriteLine($$"""
            /// <summary>The id of the schema this event's record was generated from.</summary>
            public static string SchemaId => {{Syntax.Literal(model.Root.SchemaId)}};

            private static readonly {{Syntax.Runtime}}.MmpReadFunc<{{self}}> s_read = ReadFrom;

            /// <summary>Parses UTF-8 JSON. Members the schema does not know are kept in <see cref="UnknownMembers"/> and written back.</summary>
            /// <exception cref="global::MmpTyped.MmpParseException">Not JSON, a member of the wrong JSON type, or another event; the message names its path and byte offset.</exception>
            public static {{self}} Parse(global::System.ReadOnlySpan<byte> utf8Json) =>
                {{Syntax.Runtime}}.MmpRead.Document(utf8Json, s_read);

            /// <summary>Parses UTF-8 JSON; on failure returns false and the error instead of throwing.</summary>
            public static bool TryParse(
                global::System.ReadOnlySpan<byte> utf8Json,
                [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {{self}}? message,
                [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::MmpTyped.MmpError? parseError) =>
                {{Record}}.TryParse(utf8Json, s_read, out message, out parseError);

            /// <summary>Reads this event with its record's reader; the reader stands on its <c>{</c>. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            public static {{self}} ReadFrom(ref {{Syntax.Reader}} reader, global::System.ReadOnlySpan<byte> source)
            {
                var start = reader.TokenStartIndex;
                var message = {{model.RecordType}}.ReadFrom(ref reader, source);
                {{Record}}.CheckEventName(source, start, {{name}}, {{unknown}}, {{literal}}, {{Syntax.Literal(model.Root.Event!.Name)}});
                return new {{self}}(message);
            }
            """);
    }
}
