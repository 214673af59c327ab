using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MmpTyped.Benchmarks.Harness;
using MmpTyped.Generators;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// MmpGenerator in a CSharpGeneratorDriver, as the compiler runs it, over a project with 200 [MmpEvent]
/// classes (see <see cref="GeneratorProject"/>): a first run (a new driver: what a
/// build or an IDE opening the project pays), and a second run after an unrelated edit (a driver that has
/// run, on a compilation where one method body changed: what every keystroke in the IDE pays).
/// </summary>
public class GeneratorBenchmarks
{
    private static readonly string[] OwnSteps = ["ParseSchema", "SchemaDiagnostics", "PlanFiles", "GeneratedFiles", "SchemaIndex", "EventClass", "BindEvent"];

    private CSharpCompilation _compilation = null!;
    private CSharpCompilation[] _edits = [];
    private ImmutableArray<AdditionalText> _schemas;
    private GeneratorDriver _warm = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = GeneratorProject.CreateCompilation();
        _edits = [GeneratorProject.WithUnrelatedEdit(_compilation, 1), GeneratorProject.WithUnrelatedEdit(_compilation, 2)];
        _schemas = GeneratorProject.Schemas();
        CheckOutput();
        _warm = FirstRun();
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => CreateDriver(trackSteps: false).RunGenerators(_compilation);

    [Benchmark]
    public GeneratorDriver SecondRunAfterUnrelatedEdit()
    {
        // Alternate between two edits, so every call sees a compilation the driver has not run on.
        _edit ^= 1;
        _warm = _warm.RunGenerators(_edits[_edit]);
        return _warm;
    }

    private CSharpGeneratorDriver CreateDriver(bool trackSteps) =>
        CSharpGeneratorDriver.Create(
            [new MmpGenerator().AsSourceGenerator()],
            _schemas,
            (CSharpParseOptions)_compilation.SyntaxTrees[0].Options,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Every class was completed without a diagnostic, and the second run reused every step.</summary>
    private void CheckOutput()
    {
        var driver = CreateDriver(trackSteps: true).RunGenerators(_compilation);
        var first = driver.GetRunResult().Results.Single();
        if (first.Diagnostics.Length > 0 || first.Exception is not null)
            throw new InvalidOperationException("The generator reported: " + string.Join("; ", first.Diagnostics) + first.Exception);
        var eventClasses = first.GeneratedSources.Count(s => s.HintName.StartsWith("Project.Feature", StringComparison.Ordinal));
        if (eventClasses != GeneratorProject.EventClassCount)
            throw new InvalidOperationException($"Expected {GeneratorProject.EventClassCount} [MmpEvent] classes completed, the generator wrote {eventClasses}.");

        var second = driver.RunGenerators(_edits[0]).GetRunResult().Results.Single();
        // The generator's own named steps (Roslyn's internal attribute-lookup steps see the edited file change).
        var recomputed = second.TrackedSteps
            .Where(step => OwnSteps.Contains(step.Key))
            .SelectMany(step => step.Value)
            .SelectMany(step => step.Outputs)
            .Count(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        if (recomputed > 0)
            throw new InvalidOperationException($"After an unrelated edit, {recomputed} generator step outputs were recomputed.");
        Console.WriteLine($"// Generator: {first.GeneratedSources.Length} [MmpEvent] classes completed; after an unrelated edit every step was Cached or Unchanged.");
    }
}
