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
/// MmpGenerator in a CSharpGeneratorDriver, as the compiler runs it, over a project with the six built-in
/// schemas and 200 custom ones (see <see cref="GeneratorProject"/>): a first run (a new driver: what a
/// build or an IDE opening the project pays), and a second run after an unrelated edit (a driver that has
/// run, on a compilation where one method body changed: what every keystroke in the IDE pays).
/// </summary>
public class GeneratorBenchmarks
{
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

    /// <summary>Every schema produced its records without a diagnostic, and the second run reused every step.</summary>
    private void CheckOutput()
    {
        var driver = CreateDriver(trackSteps: true).RunGenerators(_compilation);
        var first = driver.GetRunResult().Results.Single();
        if (first.Diagnostics.Length > 0 || first.Exception is not null)
            throw new InvalidOperationException("The generator reported: " + string.Join("; ", first.Diagnostics) + first.Exception);
        var customRecords = first.GeneratedSources.Count(s => s.HintName.StartsWith("Bench.Vendor", StringComparison.Ordinal) && s.HintName.EndsWith("Event.g.cs", StringComparison.Ordinal));
        if (customRecords != GeneratorProject.CustomSchemaCount)
            throw new InvalidOperationException($"Expected {GeneratorProject.CustomSchemaCount} custom records, the generator wrote {customRecords}.");

        var second = driver.RunGenerators(_edits[0]).GetRunResult().Results.Single();
        var recomputed = second.TrackedSteps.Values
            .SelectMany(steps => steps)
            .SelectMany(step => step.Outputs)
            .Count(output => output.Reason is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        if (recomputed > 0)
            throw new InvalidOperationException($"After an unrelated edit, {recomputed} generator step outputs were recomputed.");
        Console.WriteLine($"// Generator: {first.GeneratedSources.Length} files from {_schemas.Length} schemas; after an unrelated edit every step was Cached or Unchanged.");
    }
}
