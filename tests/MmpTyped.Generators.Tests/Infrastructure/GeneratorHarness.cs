using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="MmpGenerator"/> the way the compiler does: on a compilation (here of one small C#
/// file) with schemas as AdditionalFiles, against the .NET 10 reference assemblies and MmpTyped.dll.
/// </summary>
internal static class GeneratorHarness
{
    /// <summary>Documentation comments are checked, as in a project with GenerateDocumentationFile.</summary>
    public static CSharpParseOptions ParseOptions { get; } =
        new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static MetadataReference MmpTypedReference { get; } =
        MetadataReference.CreateFromFile(typeof(IMmpEvent).Assembly.Location);

    public static ImmutableArray<MetadataReference> References { get; } =
        [.. Basic.Reference.Assemblies.Net100.References.All, MmpTypedReference];

    public static CSharpCompilation CreateCompilation(string source = "namespace Consumer; internal static class Empty { }") =>
        CSharpCompilation.Create(
            "MmpTyped.Generators.Tests.Output",
            [CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/project/Empty.cs")],
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    /// <summary>A driver that records every tracked step, for incrementality tests.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schemas) =>
        CSharpGeneratorDriver.Create(
            [new MmpGenerator().AsSourceGenerator()],
            schemas,
            ParseOptions,
            optionsProvider: null,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params AdditionalText[] schemas) => Run(CreateCompilation(), schemas);

    public static GeneratorRun Run(CSharpCompilation compilation, params AdditionalText[] schemas) =>
        GeneratorRun.From(CreateDriver(schemas), compilation);
}

/// <summary>One run of the generator: what it produced and the compilation with its output added.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, GeneratorRunResult Result)
{
    public static GeneratorRun From(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver, output, driver.GetRunResult().Results.Single());
    }

    /// <summary>The generated files as (hint name, text), in hint-name order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, System.StringComparer.Ordinal)
            .ToList();

    public IReadOnlyList<string> HintNames => Sources.Select(s => s.HintName).ToList();

    /// <summary>The compiler's diagnostics on the output, warnings and errors only.</summary>
    public IReadOnlyList<Diagnostic> CompilerProblems =>
        OutputCompilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

    /// <summary>Fails, listing them, when the compiler reports a warning or error other than <paramref name="allowed"/>.</summary>
    public void AssertCompiles(params string[] allowed)
    {
        var problems = CompilerProblems.Where(d => !allowed.Contains(d.Id)).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} compiler diagnostics:\n" + string.Join("\n", problems.Take(20)));
    }

    /// <summary>Runs the same driver again on a new compilation (its state is what makes the run incremental).</summary>
    public GeneratorRun Next(Compilation compilation) => From(Driver, compilation);

    /// <summary>Runs the same driver again with one schema file replaced.</summary>
    public GeneratorRun WithSchema(AdditionalText old, AdditionalText replacement, Compilation compilation) =>
        From(Driver.ReplaceAdditionalText(old, replacement), compilation);
}
