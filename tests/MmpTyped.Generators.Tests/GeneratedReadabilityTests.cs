using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// Generated code a person can step through: the validation, the properties and the checks of a class
/// put one statement on a line (a debugger then stops on a check and on its report apart), open no empty
/// block, and a schema pattern is one Regex for the process, not one per class that checks it.
/// </summary>
public sealed partial class GeneratedReadabilityTests
{
    public static TheoryData<string> Schemas => new([.. TestSchemas.BuiltInIds, CustomSchema.Id]);

    [Theory]
    [MemberData(nameof(Schemas))]
    public void An_if_and_its_statement_are_on_lines_of_their_own(string schemaId)
    {
        // A check and its report, a form test and its write: a debugger stops on each apart.
        var offending = Lines(schemaId).Where(l => IfWithStatement().IsMatch(l.Text)).ToList();

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Theory]
    [InlineData("one-vendor")]
    [InlineData("multi-vendor")]
    public void An_event_class_puts_an_if_and_its_statement_on_lines_of_their_own(string kind)
    {
        // The [MmpEvent] classes: syncing their properties into the vendor record, reading them back, and the
        // multi-vendor class's vendor records.
        var run = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(kind == "one-vendor" ? Events.EventSources.Purchases : Events.MultiVendor.MultiVendorSources.Purchases));
        Assert.Empty(run.Result.Diagnostics);
        var offending = run.Sources.Where(s => s.HintName.StartsWith("Shop.", StringComparison.Ordinal))
            .SelectMany(s => s.Text.Split('\n').Select((text, i) => (File: s.HintName, Line: i + 1, Text: text)))
            .Where(l => IfWithStatement().IsMatch(l.Text)).ToList();

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Entering_validating_and_leaving_a_member_are_three_lines(string schemaId)
    {
        var offending = Lines(schemaId).Where(l => l.Text.Contains("validator.Enter(", StringComparison.Ordinal) && l.Text.Contains("validator.Exit()", StringComparison.Ordinal)).ToList();

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void No_if_opens_an_empty_block(string schemaId)
    {
        var offending = Lines(schemaId).Where(l => EmptyIf().IsMatch(l.Text)).ToList();

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void A_setter_puts_each_statement_on_its_own_line(string schemaId)
    {
        var offending = Lines(schemaId).Where(l => OneLineSetter().IsMatch(l.Text)).ToList();

        Assert.True(offending.Count == 0, Describe(offending));
    }

    [Fact]
    public void Two_classes_checking_one_pattern_share_one_regex()
    {
        // Airbridge's in-app and in-web events both check eventUUID against the vendor's UUID v4 pattern.
        var app = PatternField(typeof(MmpTyped.Airbridge.AirbridgeAppEvent), "s_EventUUIDPattern");
        var web = PatternField(typeof(MmpTyped.Airbridge.AirbridgeWebEvent), "s_EventUUIDPattern");

        Assert.Equal(app.ToString(), web.ToString());
        Assert.Same(app, web);
        Assert.Same(app, MmpTyped.Runtime.MmpPatterns.Get(app.ToString()));
        Assert.Equal(RegexOptions.ECMAScript, app.Options);
        Assert.Equal(TimeSpan.FromMilliseconds(250), app.MatchTimeout);
    }

    private static Regex PatternField(Type type, string name) =>
        (Regex)(type.GetField(name, BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException($"{type.Name} has no {name}")).GetValue(null)!;

    private static IEnumerable<(string File, int Line, string Text)> Lines(string schemaId)
    {
        var schema = schemaId == CustomSchema.Id ? TestSchemas.Custom() : TestSchemas.BuiltIn(schemaId);
        var run = GeneratorHarness.Run(schema);
        Assert.Empty(run.Result.Diagnostics);
        return run.Sources.SelectMany(s => s.Text.Split('\n').Select((text, i) => (s.HintName, i + 1, text)));
    }

    private static string Describe(List<(string File, int Line, string Text)> lines) =>
        string.Join("\n", lines.Take(5).Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")) + (lines.Count > 5 ? $"\n... and {lines.Count - 5} more" : "");

    // "if (condition) statement;" on one line: a condition whose closing parenthesis is followed by more code.
    [GeneratedRegex(@"^\s*(else )?if \(.*\) [A-Za-z_{]")]
    private static partial Regex IfWithStatement();

    [GeneratedRegex(@"^\s*(else )?if \(.*\) \{ \}\s*$")]
    private static partial Regex EmptyIf();

    [GeneratedRegex(@"\bset \{ [^}]*;[^}]*; \}")]
    private static partial Regex OneLineSetter();
}
