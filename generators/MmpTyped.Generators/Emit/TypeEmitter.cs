using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Emits one generated class: its properties, <c>WriteTo</c> (see TypeEmitter.Write.cs), <c>ReadFrom</c>
/// (TypeEmitter.Read.cs), <c>ValidateInto</c> (TypeEmitter.Validate.cs), and for a schema's root the
/// <see cref="MmpTyped.Generators"/> entry points <c>Parse</c>, <c>TryParse</c> and <c>Validate</c>.
/// </summary>
internal sealed partial class TypeEmitter
{
    private readonly TypeModel _type;
    private readonly MemberInfo[] _members;
    private readonly SourceWriter _writer = new();
    private readonly ValueCheckWriter _checks = new();

    private TypeEmitter(TypeModel type)
    {
        _type = type;
        _members = type.Members.Select(m => new MemberInfo(m, type.Namespace)).ToArray();
    }

    private string Self => $"global::{_type.Namespace}.{_type.Name}";

    public static SourceText Emit(TypeModel type)
    {
        var emitter = new TypeEmitter(type);
        emitter.EmitFile();
        return emitter._writer.ToSourceText();
    }

    private void EmitFile()
    {
        _writer.WriteLine(Syntax.Header);
        _writer.WriteLine($"namespace {_type.Namespace};");
        _writer.WriteLine();
        WriteIfAny(Syntax.Summary(_type.Description));
        _writer.WriteLine(Syntax.GeneratedCode);
        if (_type.Root is { } root)
            _writer.WriteLine($"[{Syntax.Runtime}.MmpSchema({Syntax.Literal(root.SchemaId)})]");
        EmitRuleAttributes();
        var interfaces = _type.Root is null ? "" : $" : global::MmpTyped.IMmpEvent<{Self}>";
        using (_writer.Block($"public sealed partial class {_type.Name}{interfaces}"))
        {
            EmitNames();
            EmitConstructors();
            EmitProperties();
            EmitWriteTo();
            EmitReadFrom();
            EmitValidateInto();
            if (_type.Root is not null)
                EmitRootMembers(_type.Root);
        }
    }

    private void EmitRuleAttributes()
    {
        foreach (var rule in _type.Rules)
        {
            var name = Syntax.Literal(rule.Name);
            var branches = rule.Branches.Select(b => Syntax.Literal(string.Join("+", b.Paths.Select(p => p.JsonPath))));
            _writer.WriteLine(rule.Kind switch
            {
                RuleKind.IdentifierGroup => $"[{Syntax.Runtime}.MmpIdentifierGroup({name}, {string.Join(", ", branches)})]",
                RuleKind.Companions => $"[{Syntax.Runtime}.MmpCompanions({name}, {Syntax.Literal(rule.Trigger!.JsonPath)}, {string.Join(", ", rule.Branches[0].Paths.Select(p => Syntax.Literal(p.JsonPath)))})]",
                _ => $"[{Syntax.Runtime}.MmpExclusive({name}, {string.Join(", ", rule.Branches[0].Paths.Select(p => Syntax.Literal(p.JsonPath)))})]",
            });
        }
    }

    /// <summary>Property names encoded once, as System.Text.Json's generator does.</summary>
    private void EmitNames()
    {
        foreach (var member in _members)
            _writer.WriteLine($"private static readonly {Syntax.EncodedText} {member.EncodedName} = {Syntax.EncodedText}.Encode({Syntax.Literal(member.Json)});");
        _writer.WriteLine();
    }

    private void EmitConstructors()
    {
        _writer.WriteLine($$"""
            /// <summary>Creates an empty {{_type.Name}}; set its members with an object initializer.</summary>
            public {{_type.Name}}() { }

            // The parser's constructor: a parsed message may lack a required member, which Validate() reports.
            #pragma warning disable CS8618
            [global::System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
            private {{_type.Name}}({{Syntax.Runtime}}.MmpWireForm _) { }
            #pragma warning restore CS8618

            """);
    }

    private void EmitProperties()
    {
        foreach (var member in _members)
        {
            _writer.WriteLine($"private {member.FieldType} {member.Field};");
            if (member.HasForm)
                _writer.WriteLine($"private {Syntax.Runtime}.MmpWireForm {member.FormField};");
        }
        _writer.WriteLine();

        foreach (var member in _members)
        {
            WriteIfAny(Syntax.Summary(member.Model.Description));
            _writer.WriteLine(MemberAttribute(member));
            var required = member.Model.IsRequired ? "required " : "";
            var get = member.Model.IsRequired ? (member.IsValueType ? $"{member.Field}.GetValueOrDefault()" : $"{member.Field}!") : member.Field;
            var set = $"{member.Field} = value;"
                + (member.HasForm ? $" {member.FormField} = default;" : "")
                + (member.IsDecodedFromText ? $" UnknownMembers?.Remove({Syntax.Literal(member.Json)});" : "");
            _writer.WriteLine($$"""
                public {{required}}{{member.PropertyType}} {{member.Property}}
                {
                    get => {{get}};
                    set { {{set}} }
                }

                """);
        }

        _writer.WriteLine($$"""
            /// <summary>Members a parse met that the schema does not describe (or whose value it could not read); written back as they came.</summary>
            public {{Syntax.Attributes}}? UnknownMembers { get; set; }

            """);
    }

    private static string MemberAttribute(MemberInfo member)
    {
        var rules = member.Shape.Rules;
        var arguments = new System.Collections.Generic.List<string> { Syntax.Literal(member.Json) };
        if (rules.Pattern is not null && rules.Hashed is null)
            arguments.Add($"Pattern = {Syntax.Literal(rules.Pattern)}");
        if (rules.MinLength is int min)
            arguments.Add($"MinLength = {min}");
        if (rules.MaxLength is int max)
            arguments.Add($"MaxLength = {max}");
        if (rules.Minimum is not null)
            arguments.Add($"Minimum = {Syntax.Literal(rules.Minimum)}");
        if (rules.Maximum is not null)
            arguments.Add($"Maximum = {Syntax.Literal(rules.Maximum)}");
        if (rules.Hashed is not null)
            arguments.Add($"Hashed = {Syntax.Literal(rules.Hashed)}");
        if (member.Shape.Timestamp != TimestampEncoding.None)
            arguments.Add($"Timestamp = {Syntax.Literal(TimestampName(member.Shape.Timestamp))}");
        if (member.Model.Platform is not null)
            arguments.Add($"Platform = {Syntax.Literal(member.Model.Platform)}");
        return $"[{Syntax.Runtime}.MmpMember({string.Join(", ", arguments)})]";
    }

    private static string TimestampName(TimestampEncoding encoding) => encoding switch
    {
        TimestampEncoding.UnixMilliseconds => "unix-ms",
        TimestampEncoding.UnixSecondsOrMilliseconds => "unix-s-or-ms",
        TimestampEncoding.AfDateTime => "af-datetime",
        _ => "af-datetime-offset",
    };

    private void WriteIfAny(string line)
    {
        if (line.Length > 0)
            _writer.WriteLine(line);
    }
}
