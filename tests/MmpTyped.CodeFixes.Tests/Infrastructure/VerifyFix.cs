using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using MmpTyped.Analyzers;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.Generators;

namespace MmpTyped.CodeFixes.Tests.Infrastructure;

/// <summary>
/// Runs a code fix on test code and compares the result with the expected code; the harness applies it to
/// each diagnostic one at a time, then with fix-all in the document, the project and the solution, and
/// requires the analyzer to report exactly what the fixed code's markup shows.
/// </summary>
internal static class VerifyFix<TCodeFix>
    where TCodeFix : CodeFixProvider, new()
{
    public static Task Run(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new FixTest { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>
    /// For code with <c>[MmpEvent]</c> classes: the generator's output is added as plain sources, because the
    /// harness's workspace (unlike an IDE's) gives the code fix a semantic model without generated members.
    /// </summary>
    public static Task RunWithGeneratedSources(string source, string fixedSource, string? equivalenceKey = null)
    {
        var test = new FixTest(runGenerator: false) { TestCode = source, FixedCode = fixedSource, CodeActionEquivalenceKey = equivalenceKey };
        foreach (var (name, text) in Generate(source))
        {
            test.TestState.Sources.Add((name, text));
            test.FixedState.Sources.Add((name, text));
        }
        return test.RunAsync(CancellationToken.None);
    }

    private static IEnumerable<(string Name, string Text)> Generate(string source)
    {
        var references = Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(IMmpEvent).Assembly.Location));
        var compilation = CSharpCompilation.Create("Generated", [CSharpSyntaxTree.ParseText(source)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var run = CSharpGeneratorDriver.Create(new MmpGenerator()).RunGenerators(compilation).GetRunResult();
        return run.GeneratedTrees.Select(t => ("/0/" + System.IO.Path.GetFileName(t.FilePath), t.GetText().ToString()));
    }

    private sealed class FixTest : CSharpCodeFixTest<MmpRulesAnalyzer, TCodeFix, DefaultVerifier>
    {
        private readonly bool _runGenerator;

        public FixTest(bool runGenerator = true)
        {
            _runGenerator = runGenerator;
            TestReferences.Configure(this);
            // A fix may leave its own diagnostic on purpose (a `default` placeholder keeps MMP001 until the
            // user writes a value): the fixed code's markup says which diagnostics stay, fixable or not.
            FixedState.MarkupHandling = MarkupMode.Allow;
        }

        protected override IEnumerable<Type> GetSourceGenerators() => _runGenerator ? [typeof(MmpGenerator)] : [];
    }
}
