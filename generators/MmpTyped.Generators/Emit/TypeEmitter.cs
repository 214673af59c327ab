using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.Text;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

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
    private readonly SourceWriter _writer;
    private readonly ValueCheckWriter _checks;

    private TypeEmitter(TypeModel type)
    {
        _type = type;
        _checks = new ValueCheckWriter(type.Namespace);
        _writer = SourceWriter.ForFile(type.Namespace);
        _members = Infos(type.Members);
    }

    private string Self => $"global::{_type.Namespace}.{_type.Name}";

    public static SourceText Emit(TypeModel type)
    {
        var emitter = new TypeEmitter(type);
        emitter.EmitFile();
        return emitter._writer.ToSourceText();
    }

    private MemberInfo[] Infos(EquatableArray<MemberModel> members) => members.Select(m => new MemberInfo(m, _type.Namespace)).ToArray();

    private void EmitFile()
    {
        // A schema without a description still gets one, for CS1591.
        _writer.WriteLine(Syntax.Summary(_type.Description ?? $"The {_type.Name} object of the vendor's JSON."));
        _writer.WriteLine(Syntax.GeneratedCode);
        if (_type.Root is { } root)
            _writer.WriteLine($"[{Syntax.Runtime}.MmpSchema({Syntax.Literal(root.SchemaId)})]");
        EmitRuleAttributes();
        var interfaces = _type.Root is null ? "" : $" : global::MmpTyped.IMmpEvent<{Self}>, {Syntax.Runtime}.IMmpDirectWritable";
        using (_writer.Block($"public sealed partial class {_type.Name}{interfaces}"))
        {
            EmitNames();
            EmitConstructors();
            EmitProperties();
            EmitWriteTo();
            EmitWriteDirect();
            EmitReadFrom();
            EmitTryScan();
            EmitValidateInto();
            if (_type.Root is not null)
                EmitRootMembers(_type.Root);
        }
    }

    private void EmitRuleAttributes() => WriteRuleAttributes(_writer, _type.Rules);

    /// <summary>The type's conditional rules as attributes, by JSON path, for the analyzers.</summary>
    internal static void WriteRuleAttributes(SourceWriter writer, EquatableArray<RuleModel> rules)
    {
        foreach (var rule in rules)
        {
            var name = Syntax.Literal(rule.Name);
            var branches = rule.Branches.Select(b => Syntax.Literal(string.Join("+", b.Paths.Select(p => p.JsonPath))));
            writer.WriteLine(rule.Kind switch
            {
                RuleKind.IdentifierGroup => $"[{Syntax.Runtime}.MmpIdentifierGroup({name}, {string.Join(", ", branches)})]",
                RuleKind.Companions => $"[{Syntax.Runtime}.MmpCompanions({name}, {Syntax.Literal(rule.Trigger!.JsonPath)}, {string.Join(", ", rule.Branches[0].Paths.Select(p => Syntax.Literal(p.JsonPath)))})]",
                _ => $"[{Syntax.Runtime}.MmpExclusive({name}, {string.Join(", ", rule.Branches[0].Paths.Select(p => Syntax.Literal(p.JsonPath)))})]",
            });
        }
    }

    /// <summary>Property names encoded once, as System.Text.Json's generator does (and the event name, a constant).</summary>
    private void EmitNames()
    {
        foreach (var member in _members)
        {
            _writer.WriteLine($"private static readonly {Syntax.EncodedText} {member.EncodedName} = {Syntax.Encode(member.Json)};");
            if (member.Model.Constant is { } constant)
                _writer.WriteLine($"private static readonly {Syntax.EncodedText} {member.EncodedName}Value = {Syntax.Encode(constant)};");
        }
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

    /// <summary>The members whose property the generator writes: not the user's, not constants, not inline objects.</summary>
    private IEnumerable<MemberInfo> GeneratedProperties => _members.Where(m => !m.IsUser && !m.IsConstant && m.Inline is null);

    private void EmitProperties()
    {
        foreach (var member in GeneratedProperties)
        {
            _writer.WriteLine($"private {member.FieldType} {member.Field};");
            if (member.HasForm)
                _writer.WriteLine($"private {Syntax.Runtime}.MmpWireForm {member.FormField};");
        }
        _writer.WriteLine();

        foreach (var member in GeneratedProperties)
        {
            _writer.WriteLine(Syntax.Summary(member.Model.Description ?? $"The vendor's '{member.Json}' member."));
            WriteMemberAttributes(_writer, member);
            var required = member.Model.IsRequired ? "required " : "";
            var get = member.Model.IsRequired ? (member.IsValueType ? $"{member.Field}.GetValueOrDefault()" : $"{member.Field}!") : member.Field;
            // Setting a value forgets how the parser met the old one (its wire form, a value it could not read).
            var set = $"{member.Field} = value;"
                + (member.HasForm ? $"\n{member.FormField} = default;" : "")
                + $"\nUnknownMembers?.Remove({Syntax.Literal(member.Json)});";
            _writer.WriteLine($"public {required}{member.PropertyType} {member.Property}");
            _writer.WriteLine("{");
            _writer.Indent();
            _writer.WriteLine($"get => {get};");
            using (_writer.Block("set"))
                _writer.WriteLine(set);
            _writer.Unindent();
            _writer.WriteLine("}");
            _writer.WriteLine();
        }

        _writer.WriteLine($$"""
            /// <summary>Members a parse met that the schema does not describe (or whose value it could not read); written back as they came.</summary>
            public {{Syntax.Attributes}}? UnknownMembers { get; set; }

            """);
    }

    /// <summary>A member's rules as attributes, for the analyzers to check constants with (an [MmpEvent] class's forwarding properties carry them too).</summary>
    internal static void WriteMemberAttributes(SourceWriter writer, MemberInfo member)
    {
        writer.WriteLine(MemberAttribute(member));
        // anyOf alternatives are value rules of strings only (on objects, anyOf states the object's own rules).
        foreach (var alternative in member.Shape.Kind is ValueKind.String or ValueKind.Guid ? member.Shape.Rules.AnyOf : EquatableArray<ValueRules>.Empty)
            writer.WriteLine($"[{Syntax.Runtime}.MmpAnyOf({string.Join(", ", StringRuleArguments(alternative))})]");
        // The items' string rules and an open object's key rules.
        if (member.Shape.Element is { Kind: ValueKind.String } element && StringRuleArguments(element.Rules).ToList() is { Count: > 0 } itemRules)
            writer.WriteLine($"[{Syntax.Runtime}.MmpItems({string.Join(", ", itemRules)})]");
        foreach (var key in member.Shape.Rules.Keys)
            writer.WriteLine($"[{Syntax.Runtime}.MmpKeyType({Syntax.Literal(key.Pattern)}, {Syntax.Literal(key.JsonType)})]");
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
        if (rules.Format is not null)
            arguments.Add($"Format = {Syntax.Literal(rules.Format)}");
        if (rules.Minimum is not null)
            arguments.Add($"Minimum = {Syntax.Literal(rules.Minimum)}");
        if (rules.Maximum is not null)
            arguments.Add($"Maximum = {Syntax.Literal(rules.Maximum)}");
        if (rules.Hashed is not null)
            arguments.Add($"Hashed = {Syntax.Literal(rules.Hashed)}");
        if (rules.MinItems is int minItems)
            arguments.Add($"MinItems = {minItems}");
        if (rules.Enum.Count > 0)
            arguments.Add($"Enum = new[] {{ {string.Join(", ", rules.Enum.Select(Syntax.Literal))} }}");
        if (member.Shape.Timestamp != TimestampEncoding.None)
            arguments.Add($"Timestamp = {Syntax.Literal(TimestampName(member.Shape.Timestamp))}");
        if (member.Model.Platform is not null)
            arguments.Add($"Platform = {Syntax.Literal(member.Model.Platform)}");
        return $"[{Syntax.Runtime}.MmpMember({string.Join(", ", arguments)})]";
    }

    /// <summary>The arguments of one <c>[MmpAnyOf]</c>: the alternative's string rules, named as on <c>[MmpMember]</c>.</summary>
    private static IEnumerable<string> StringRuleArguments(ValueRules alternative)
    {
        if (alternative.Pattern is not null)
            yield return $"Pattern = {Syntax.Literal(alternative.Pattern)}";
        if (alternative.MinLength is int min)
            yield return $"MinLength = {min}";
        if (alternative.MaxLength is int max)
            yield return $"MaxLength = {max}";
        if (alternative.Format is not null)
            yield return $"Format = {Syntax.Literal(alternative.Format)}";
        if (alternative.Enum.Count > 0)
            yield return $"Enum = new[] {{ {string.Join(", ", alternative.Enum.Select(Syntax.Literal))} }}";
    }

    private static string TimestampName(TimestampEncoding encoding) => encoding switch
    {
        TimestampEncoding.UnixMilliseconds => MmpTimestampKinds.UnixMilliseconds,
        TimestampEncoding.UnixSecondsOrMilliseconds => MmpTimestampKinds.UnixSecondsOrMilliseconds,
        TimestampEncoding.AfDateTime => MmpTimestampKinds.AfDateTime,
        _ => MmpTimestampKinds.AfDateTimeOffset,
    };
}
