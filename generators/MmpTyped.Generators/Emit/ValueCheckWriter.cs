using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Emit;

/// <summary>
/// Writes the C# that checks one value against its rules (MMP004, MMP006, MMP007), for classes and
/// unions alike, and the Regex fields the checks use.
/// </summary>
internal sealed class ValueCheckWriter(string ns)
{
    private readonly List<string> _patterns = [];

    public void WritePatternFields(SourceWriter writer)
    {
        foreach (var pattern in _patterns)
            writer.WriteLine(pattern);
        if (_patterns.Count > 0)
            writer.WriteLine();
    }

    /// <summary>
    /// The statements that check one value, reporting at <paramref name="member"/> (a C# expression: a
    /// string literal, a variable, or null). <paramref name="label"/> names the value in messages and is
    /// interpolation-ready: escaped text (<c>'osName'</c>) or a hole (<c>'{member}'</c>).
    /// </summary>
    public List<string> ValueChecks(ValueShape shape, string value, string member, string label, string patternName)
    {
        var checks = new List<string>();
        var rules = shape.Rules;
        var text = shape.Kind is ValueKind.String or ValueKind.Guid ? value : null;

        if (shape.Kind == ValueKind.String)
        {
            // A lone surrogate would be written as U+FFFD, a string past the writer's limit not at all.
            checks.Add(If($"!{Syntax.Runtime}.MmpChecks.IsWritable({value})", Add("MMP004", member, $"{Syntax.Runtime}.MmpChecks.WhyNotWritable($\"{label}\", {value})")));
        }
        if (shape.Kind == ValueKind.Double)
            checks.Add(If($"!double.IsFinite({value})", Add("MMP004", member, $"$\"{label} must be a finite number; JSON has no {{{value}}}.\"")));
        if (shape.Kind is ValueKind.Attributes or ValueKind.JsonString)
            checks.Add($"{Syntax.Runtime}.MmpChecks.CheckWritable(validator, {member}, {value});");
        if (text is not null)
        {
            foreach (var (condition, expected) in StringRules(rules, text, patternName, includePattern: rules.Hashed is null))
                checks.Add(If($"!({condition})", Add("MMP004", member, Interpolated(MmpRuleText.MustBe(Hole(0), expected, Hole(1)), label, "{" + text + "}"))));
            if (rules.AnyOf.Count > 0)
            {
                var alternatives = rules.AnyOf.Select((alternative, i) => StringRules(alternative, text, patternName + "Or" + i, includePattern: true)).ToList();
                var condition = string.Join("\n    || ", alternatives.Select(a => a.Count == 0 ? "true" : "(" + string.Join(" && ", a.Select(c => c.Condition)) + ")"));
                var expected = MmpRuleText.AnyOf(alternatives.Select(a => (IReadOnlyList<string>)a.Select(c => c.Expected).ToList()));
                checks.Add(If($"!({condition})", Add("MMP004", member, Interpolated(MmpRuleText.MustBe(Hole(0), expected, Hole(1)), label, "{" + text + "}"))));
            }
            if (rules.Hashed is { } hashed)
            {
                checks.Add(If($"!global::MmpTyped.MmpHash.LooksHashed({text})", Add("MMP006", member,
                    $"{text}.Contains('@')\n    ? {Interpolated(MmpMessages.ClearTextEmail(Hole(0), HashHelper(hashed)), label)}\n    : {Interpolated(MmpMessages.NotDigest(Hole(0), HashHelper(hashed)), label)}")));
            }
        }
        if (shape.Kind == ValueKind.Enum)
        {
            var values = $"global::{ns}.{shape.TypeName}Json";
            checks.Add(If($"!{values}.IsDefined({value})", Add("MMP004", member, Interpolated(MmpMessages.UndefinedEnum(Hole(0), Hole(1), Hole(2), shape.TypeName!), label, $"{{({values}.Allowed)}}", $"{{(int){value}}}"))));
        }
        foreach (var (keyRule, i) in rules.Keys.Select((k, i) => (k, i)))
        {
            var field = $"s_{patternName}Key{i}Pattern";
            _patterns.Add(PatternField(field, keyRule.Pattern));
            checks.Add($"validator.Enter({member});");
            checks.Add($"foreach (var entry in {value})");
            checks.Add("{");
            checks.Add(Indent(If($"{field}.IsMatch(entry.Key) && !{Syntax.Runtime}.MmpChecks.IsJsonType(entry.Value, {Syntax.Literal(keyRule.JsonType)})",
                Add("MMP004", "entry.Key", Interpolated(MmpMessages.WrongJsonType(Hole(0), keyRule.JsonType, Hole(1)), "{entry.Key}", "{entry.Value}")))));
            checks.Add("}");
            checks.Add("validator.Exit();");
        }

        var number = shape.Kind == ValueKind.Timestamp ? $"{value}.ToUnixTimeMilliseconds()" : value;
        if (rules.Minimum is { } minimum && shape.Kind != ValueKind.Array)
            checks.Add(If($"{number} < {Syntax.NumberLiteral(minimum, shape.Kind)}", Add("MMP004", member, Interpolated(MmpMessages.AtLeast(Hole(0), minimum, Hole(1)), label, "{" + number + "}"))));
        if (rules.Maximum is { } maximum && shape.Kind != ValueKind.Array)
            checks.Add(If($"{number} > {Syntax.NumberLiteral(maximum, shape.Kind)}", Add("MMP004", member, Interpolated(MmpMessages.AtMost(Hole(0), maximum, Hole(1)), label, "{" + number + "}"))));
        if (rules.MaxAgeHours is int hours)
        {
            checks.Add(If($"validator.Time.GetUtcNow() - {value} > global::System.TimeSpan.FromHours({hours})",
                Add("MMP007", member, $"$\"{label} is {{(int)(validator.Time.GetUtcNow() - {value}).TotalHours}} hours old: the vendor drops events older than {hours} hours.\"")));
        }

        switch (shape.Kind)
        {
            case ValueKind.Object:
                if (member != "null")
                    checks.Add($"validator.Enter({member});");
                checks.Add($"{value}.ValidateInto(validator);");
                if (member != "null")
                    checks.Add("validator.Exit();");
                break;
            case ValueKind.Union:
                checks.Add($"{value}.ValidateInto(validator, {member});");
                break;
            case ValueKind.Array:
                if (rules.MinItems is int minItems)
                    checks.Add(If($"{value}.Count < {minItems}", Add("MMP004", member, Interpolated(MmpMessages.TooFewItems(Hole(0), minItems), label))));
                var item = value + "Item";
                var itemChecks = ValueChecks(shape.Element!, item, "null", MmpMessages.EachItemOf(label), patternName + "Item");
                var nullable = !Syntax.IsValueType(shape.Element!);
                if (itemChecks.Count > 0 || nullable)
                {
                    checks.Add($"validator.Enter({member});");
                    checks.Add($"for (var i = 0; i < {value}.Count; i++)");
                    checks.Add("{");
                    checks.Add($"    var {item} = {value}[i];");
                    checks.Add("    validator.Enter(i);");
                    if (nullable)
                    {
                        // A list built in code may hold null, which the vendor's JSON cannot.
                        checks.Add(Indent(If($"{item} is null", Add("MMP004", "null", $"$\"each item of {label} must not be null.\""))));
                        if (itemChecks.Count > 0)
                        {
                            checks.Add("    else");
                            checks.Add("    {");
                            checks.AddRange(itemChecks.Select(c => Indent(Indent(c))));
                            checks.Add("    }");
                        }
                    }
                    else
                    {
                        checks.AddRange(itemChecks.Select(Indent));
                    }
                    checks.Add("    validator.Exit();");
                    checks.Add("}");
                    checks.Add("validator.Exit();");
                }
                break;
        }
        return checks;
    }

    /// <summary>Each string rule as a condition that holds for a good value, and what it expects, for messages.</summary>
    private List<(string Condition, string Expected)> StringRules(ValueRules rules, string text, string patternName, bool includePattern)
    {
        var list = new List<(string, string)>();
        if (rules.Enum.Count > 0)
        {
            list.Add((string.Join(" || ", rules.Enum.Select(e => $"{text} == {Syntax.Literal(e)}")), MmpRuleText.OneOf(rules.Enum)));
        }
        if (rules.MinLength is int min)
            list.Add(($"{text}.Length >= {min}", MmpRuleText.AtLeastCharacters(min)));
        if (rules.MaxLength is int max)
            list.Add(($"{text}.Length <= {max}", MmpRuleText.AtMostCharacters(max)));
        if (rules.Pattern is { } pattern && includePattern)
        {
            var field = $"s_{patternName}Pattern";
            _patterns.Add(PatternField(field, pattern));
            list.Add(($"{Syntax.Runtime}.MmpChecks.IsMatch({field}, {text})", MmpRuleText.Match(pattern)));
        }
        if (rules.Format is { } format)
            list.Add(($"{Syntax.Runtime}.MmpChecks.IsFormat({text}, {Syntax.Literal(format)})", MmpRuleText.ValidFormat(format)));
        return list;
    }

    // One Regex per pattern for the whole process, however many classes check it (Airbridge's in-app and
    // in-web events share eventUUID's): the runtime keeps it. Each match there has a time limit, so a
    // pattern that backtracks catastrophically still answers in bounded time (MmpChecks.IsMatch).
    private static string PatternField(string field, string pattern) =>
        $"private static readonly global::System.Text.RegularExpressions.Regex {field} = {Syntax.Runtime}.MmpPatterns.Get({Syntax.Literal(pattern)});";

    /// <summary>A statement under its condition, on a line of its own, so a debugger stops on the check and on the report apart.</summary>
    /// A condition over several lines gets braces, so its last line and the statement do not look alike.
    public static string If(string condition, string statement) =>
        condition.Contains('\n')
            ? $"if ({condition})\n{{\n{Indent(statement)}\n}}"
            : $"if ({condition})\n{Indent(statement)}";

    /// <summary>One more level of indentation for every line of <paramref name="code"/>.</summary>
    public static string Indent(string code) => "    " + code.Replace("\n", "\n    ");

    /// <summary>
    /// A message of the shared vocabulary (<see cref="MmpMessages"/>, <see cref="MmpRuleText"/>) as the interpolated
    /// string that builds it at run time: its text escaped, and each <see cref="Hole"/> marker replaced by a piece
    /// that is interpolation-ready already (a label, or a hole such as <c>{text}</c>).
    /// </summary>
    private static string Interpolated(string message, params string[] pieces)
    {
        var text = Syntax.InterpolatedText(message);
        for (var i = 0; i < pieces.Length; i++)
            text = text.Replace(Hole(i), pieces[i]);
        return "$\"" + text + "\"";
    }

    /// <summary>A marker for a run-time piece of a shared message: plain letters, which escaping leaves as they are.</summary>
    private static string Hole(int index) => "MMPHOLE" + index + "X";

    /// <summary>The statement that records an error; the generated code names the code (<c>MmpErrorCodes.InvalidValue</c>).</summary>
    public static string Add(string code, string member, string message)
    {
        var text = message.StartsWith("$", System.StringComparison.Ordinal) ? $"string.Create(global::System.Globalization.CultureInfo.InvariantCulture, {message})" : message;
        // A long message goes on a line of its own under the code and the member it reports.
        return text.Length > 60 || text.Contains('\n')
            ? $"validator.Add({CodeName(code)}, {member},\n    {text.Replace("\n", "\n    ")});"
            : $"validator.Add({CodeName(code)}, {member}, {text});";
    }

    /// <summary><c>global::MmpTyped.MmpErrorCodes.InvalidValue</c> for <c>MMP004</c>: every code the generated checks report.</summary>
    public static string CodeName(string code) => "global::MmpTyped.MmpErrorCodes." + code switch
    {
        MmpErrorCodes.MissingIdentifier => nameof(MmpErrorCodes.MissingIdentifier),
        MmpErrorCodes.MissingCompanion => nameof(MmpErrorCodes.MissingCompanion),
        MmpErrorCodes.MissingRequired => nameof(MmpErrorCodes.MissingRequired),
        MmpErrorCodes.InvalidValue => nameof(MmpErrorCodes.InvalidValue),
        MmpErrorCodes.PayloadTooLarge => nameof(MmpErrorCodes.PayloadTooLarge),
        MmpErrorCodes.ClearTextPii => nameof(MmpErrorCodes.ClearTextPii),
        MmpErrorCodes.TimestampOutOfWindow => nameof(MmpErrorCodes.TimestampOutOfWindow),
        MmpErrorCodes.IosAppIdWithoutPrefix => nameof(MmpErrorCodes.IosAppIdWithoutPrefix),
        _ => throw new System.ArgumentOutOfRangeException(nameof(code), code, "Not a code of MmpErrorCodes."),
    };

    private static string HashHelper(string hashed) => MmpHashKinds.HelperOf(hashed);
}
