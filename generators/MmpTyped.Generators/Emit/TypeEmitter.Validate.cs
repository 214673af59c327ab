using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    /// <summary>
    /// <c>ValidateInto</c>: every value rule of every member, then the object's conditional rules, each
    /// an <c>MmpError</c> with the catalogue's code. Messages are built only for errors, so a valid
    /// object allocates nothing.
    /// </summary>
    private void EmitValidateInto()
    {
        _writer.WriteLine($$"""
            /// <summary>Checks this object's rules into <paramref name="validator"/>. For generated code.</summary>
            [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
            """);
        using (_writer.Block($"public void ValidateInto({Syntax.Runtime}.MmpValidator validator)"))
        {
            _writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(validator);");
            foreach (var member in _members)
                EmitValidateMember(member);
            _writer.WriteLine($"{Syntax.Runtime}.MmpChecks.CheckWritable(validator, null, UnknownMembers);");
            foreach (var rule in _type.Rules)
                EmitRule(rule);
        }
        _writer.WriteLine();
        _checks.WritePatternFields(_writer);
    }

    private void EmitValidateMember(MemberInfo member)
    {
        if (member.KeepsOtherValue)
        {
            // A parsed message sent another value than the schema's constant: kept, and refused here.
            var expected = Syntax.InterpolatedText(Syntax.Literal(member.Model.Constant!));
            _writer.WriteLine(ValueCheckWriter.If(
                $"UnknownMembers is {{ }} unknownConstant && unknownConstant.TryGetValue({Syntax.Literal(member.Json)}, out var rejectedConstant)",
                ValueCheckWriter.Add("MMP004", Syntax.Literal(member.Json),
                    $"$\"'{Syntax.InterpolatedText(member.Json)}' must be {expected}; it is {{({Syntax.Runtime}.MmpChecks.Excerpt(rejectedConstant))}}.\"")));
            return;
        }
        if (member.IsConstant)
        {
            // A constant's value is known now: the generator checked it, and a broken one is reported as it is.
            if (member.Model.ConstantProblem is { } problem)
                _writer.WriteLine(ValueCheckWriter.Add(MmpErrorCodes.InvalidValue, Syntax.Literal(member.Json), Syntax.Literal(problem)));
            return;
        }

        var local = member.Field + "Value";
        var checks = _checks.ValueChecks(member.Shape, local, Syntax.Literal(member.Json), Syntax.InterpolatedText(MmpMessages.Label(member.Json)), member.Property);
        var branches = new List<(string Condition, string[] Body)>();
        if (checks.Count > 0)
            branches.Add(($"if ({member.Field} is {{ }} {local})", checks.ToArray()));
        // A value the parser could not hold was kept as it came, among the unknown members: a wrong kind
        // (a number for a string), a number out of range, text that does not decode. Inbound JSON text
        // (a Push event_value that is no object) is kept as sent and is no error.
        var keptText = member.IsDecodedFromText && !member.RejectsUndecodedText ? $" && rejected.Kind != global::MmpTyped.MmpValueKind.String" : "";
        branches.Add(($"else if (UnknownMembers is {{ }} unknown && unknown.TryGetValue({Syntax.Literal(member.Json)}, out var rejected){keptText})",
            [ValueCheckWriter.Add("MMP004", Syntax.Literal(member.Json), $"$\"'{Syntax.InterpolatedText(member.Json)}' must be {Expected(member.Shape)}; it is {{({Syntax.Runtime}.MmpChecks.Excerpt(rejected))}}.\"")]));
        if (member.Model.IsRequired && member.HasForm)
        {
            // A required member sent as "" is there, but empty: a value the vendor does not accept.
            branches.Add(($"else if ({member.FormField} == {Syntax.Runtime}.MmpWireForm.EmptyString)",
                [ValueCheckWriter.Add("MMP004", Syntax.Literal(member.Json), Syntax.Literal($"'{member.Json}' is empty; it needs a value."))]));
        }
        if (member.Model.IsRequired)
            branches.Add(("else", [ValueCheckWriter.Add("MMP003", Syntax.Literal(member.Json), Syntax.Literal($"'{member.Json}' is required."))]));

        // Without checks of a set value, the branches of an unset one go under one "is null" (a block of
        // its own, so their pattern variables stay inside it).
        using var unset = checks.Count == 0 ? _writer.Block($"if ({member.Field} is null)") : default;
        for (var i = 0; i < branches.Count; i++)
        {
            var (condition, body) = branches[i];
            if (condition.StartsWith("else", System.StringComparison.Ordinal) && i == 0)
                condition = condition.Substring("else ".Length);
            using (_writer.Block(condition))
            {
                foreach (var line in body)
                    _writer.WriteLine(line);
            }
        }
    }

    private void EmitRule(RuleModel rule)
    {
        switch (rule.Kind)
        {
            case RuleKind.IdentifierGroup:
                var condition = string.Join("\n    || ", rule.Branches.Select(b => "(" + AllSet(b) + ")"));
                var message = MmpMessages.MissingIdentifier(rule.Branches.Select(b => b.Paths.Select(p => p.JsonPath)), rule.Name);
                _writer.WriteLine(ValueCheckWriter.If($"!({condition})", ValueCheckWriter.Add("MMP001", "null", Syntax.Literal(message))));
                break;
            case RuleKind.Companions:
                using (_writer.Block($"if ({IsSet(rule.Trigger!)})"))
                {
                    foreach (var companion in rule.Branches[0].Paths)
                    {
                        _writer.WriteLine(ValueCheckWriter.If($"!({IsSet(companion)})", ValueCheckWriter.Add("MMP002", Syntax.Literal(companion.JsonPath),
                            Syntax.Literal(MmpMessages.MissingCompanions(new[] { companion.JsonPath }, rule.Trigger!.JsonPath, rule.Name)))));
                    }
                }
                break;
            default:
                var paths = rule.Branches[0].Paths;
                _writer.WriteLine(ValueCheckWriter.If(AllSet(rule.Branches[0]), ValueCheckWriter.Add("MMP004", "null", Syntax.Literal(MmpMessages.OnlyOneOf(paths.Select(p => p.JsonPath), rule.Name)))));
                break;
        }
    }

    private static string AllSet(RuleBranch branch) => string.Join(" && ", branch.Paths.Select(IsSet));

    // An empty chain is a constant the class always writes (the event name).
    private static string IsSet(MemberPath path) =>
        path.Properties.Count == 0 ? "true" : string.Join("?.", path.Properties) + " is not null";

    private string Expected(ValueShape shape) => shape.Kind switch
    {
        ValueKind.Guid => "a UUID",
        ValueKind.JsonString => "a string holding a JSON object, or an empty string",
        ValueKind.Timestamp when shape.Timestamp == TimestampEncoding.AfDateTimeOffset => "a time as yyyy-MM-dd HH:mm:ss.SSS+HHmm",
        ValueKind.Timestamp when shape.Timestamp == TimestampEncoding.AfDateTime => "a UTC time as yyyy-MM-dd HH:mm:ss.SSS",
        ValueKind.Timestamp => "a Unix time (a whole number a date can hold)",
        ValueKind.Enum => $"one of {{(global::{_type.Namespace}.{shape.TypeName}Json.Allowed)}}",
        ValueKind.String => "a string",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal when shape.Lenience == Lenience.Number =>
            $"{NumberKind(shape.Kind)}, or a string holding one",
        ValueKind.Int32 or ValueKind.Int64 or ValueKind.Double or ValueKind.Decimal => NumberKind(shape.Kind),
        ValueKind.Boolean when shape.Lenience != Lenience.None => "true or false (or \\\"true\\\"/\\\"false\\\")",
        ValueKind.Boolean => "true or false",
        ValueKind.Object or ValueKind.Attributes => "an object",
        ValueKind.Array => "an array",
        _ => "one of the forms the schema allows",
    };

    private static string NumberKind(ValueKind kind) => kind switch
    {
        ValueKind.Int32 => "a whole number (32-bit)",
        ValueKind.Int64 => "a whole number (64-bit)",
        ValueKind.Decimal => "a number (decimal)",
        _ => "a number (double)",
    };

}
