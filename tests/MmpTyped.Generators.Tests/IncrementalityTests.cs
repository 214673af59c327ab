using System;
using System.Collections.Immutable;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// The generator does no work it does not need: a C# edit leaves every step cached, a schema edit
/// re-emits only the files it changes, a whitespace edit re-emits nothing, and no pipeline model holds
/// a compiler object (which would root old compilations and defeat the cache).
/// </summary>
public sealed class IncrementalityTests
{
    private const string DeviceModelDescription = "\"The device's model name.\"";

    private static readonly CSharpCompilation Compilation = GeneratorHarness.CreateCompilation();
    private static readonly InMemoryAdditionalText Custom = TestSchemas.Custom();
    private static readonly InMemoryAdditionalText Airbridge = TestSchemas.BuiltIn("airbridge.app");

    private static GeneratorRun FirstRun() => GeneratorHarness.Run(Compilation, Custom, Airbridge);

    [Fact]
    public void The_same_compilation_again_is_cached_at_every_step()
    {
        var second = FirstRun().Next(Compilation.Clone());

        foreach (var step in StepReasons.All)
            Assert.All(StepReasons.Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void An_unrelated_csharp_edit_regenerates_nothing()
    {
        var first = FirstRun();
        // Typing in the project's own C# file (a new member in its class), as a user does between builds.
        var source = Assert.Single(Compilation.SyntaxTrees);
        var typed = source.ToString().Replace("{ }", "{ internal static int Count() => 1; }", StringComparison.Ordinal);
        Assert.NotEqual(source.ToString(), typed);
        var edited = Compilation.ReplaceSyntaxTree(source, CSharpSyntaxTree.ParseText(typed, GeneratorHarness.ParseOptions, path: source.FilePath));

        var second = first.Next(edited);

        foreach (var step in StepReasons.All)
            AssertAllCachedOrUnchanged(second, step);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void Editing_one_description_re_emits_only_the_file_that_shows_it()
    {
        var first = FirstRun();
        Assert.Contains(DeviceModelDescription, Custom.Text, StringComparison.Ordinal);
        var edited = Custom.WithText(Custom.Text.Replace(DeviceModelDescription, "\"The model name, as the device reports it.\"", StringComparison.Ordinal));

        var second = first.WithSchema(Custom, edited, Compilation);

        var parses = StepReasons.Outputs(second, StepReasons.ParseSchema);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(parses, o => SchemaIdOf(o.Value) == CustomSchema.Id).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(parses, o => SchemaIdOf(o.Value) == "airbridge.app").Reason);

        var files = StepReasons.Outputs(second, StepReasons.GeneratedFiles);
        Assert.Equal(
            ["Contoso.Pulse.PulseDevice.g.cs"],
            files.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => (string)StepReasons.Member(o.Value, "HintName")!));
        Assert.All(files.Where(o => o.Reason != IncrementalStepRunReason.Modified),
            o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached }));
        Assert.Contains("The model name, as the device reports it.", second.Sources.Single(s => s.HintName == "Contoso.Pulse.PulseDevice.g.cs").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whitespace_only_schema_edit_re_emits_nothing()
    {
        var first = FirstRun();
        // No JSON string in the schema holds a line break, so this changes only whitespace between tokens.
        var reformatted = Custom.WithText("\n  " + Custom.Text.Replace("\n", "\r\n\t", StringComparison.Ordinal) + "\n\n");

        var second = first.WithSchema(Custom, reformatted, Compilation);

        var parse = Assert.Single(StepReasons.Outputs(second, StepReasons.ParseSchema), o => SchemaIdOf(o.Value) == CustomSchema.Id);
        Assert.Equal(IncrementalStepRunReason.Unchanged, parse.Reason);
        foreach (var step in StepReasons.All)
            AssertAllCachedOrUnchanged(second, step);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void No_step_output_holds_a_compiler_object()
    {
        var first = FirstRun();
        var second = first.WithSchema(Custom, Custom.WithText(Custom.Text.Replace(DeviceModelDescription, "\"Edited.\"", StringComparison.Ordinal)), Compilation);

        var outputs = StepReasons.AllOutputs(first).Concat(StepReasons.AllOutputs(second)).ToList();

        Assert.NotEmpty(outputs);
        Assert.Empty(outputs.SelectMany(o => ForbiddenObjects.Find(o.Value, o.Step)));
    }

    [Fact]
    public void The_forbidden_object_walk_finds_a_location_deep_inside_an_immutable_array()
    {
        var hidden = ImmutableArray.Create((Name: "a", Where: (object)Location.None));

        Assert.Equal(["model.array[0].Item2: " + Location.None.GetType().FullName], ForbiddenObjects.Find(hidden, "model"));
    }

    private static void AssertAllCachedOrUnchanged(GeneratorRun run, string step)
    {
        var outputs = StepReasons.Outputs(run, step);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.True(
            o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{step}: an output is {o.Reason}"));
    }

    private static string? SchemaIdOf(object parseResult) =>
        StepReasons.Member(parseResult, "Model") is { } model ? (string?)StepReasons.Member(model, "SchemaId") : null;
}
