using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using MmpTyped.Generators;

namespace MmpTyped.Analyzers.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="MmpRulesAnalyzer"/> on test code compiled against MmpTyped.dll with the generator
/// (so that <c>[MmpEvent]</c> classes are completed), and compares its diagnostics with the markup
/// (<c>{|MMP001:...|}</c>). The test fails on any compiler error, so every snippet is real code.
/// </summary>
internal static class Verify
{
    public static Task Diagnostics(string source, params DiagnosticResult[] expected) =>
        Run(source, expected, editorConfig: null);

    public static Task Diagnostics(string source, string editorConfig, params DiagnosticResult[] expected) =>
        Run(source, expected, editorConfig);

    /// <summary>Code that declares its own metadata attributes, compiled without MmpTyped.dll and without the generator.</summary>
    public static Task DiagnosticsOnOwnMetadata(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(withMmpTyped: false) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    /// <summary>Code that also uses the given assemblies (a package built on MmpTyped, such as its delivery client).</summary>
    public static Task DiagnosticsWith(string source, IEnumerable<System.Reflection.Assembly> references, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        foreach (var reference in references)
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(reference.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(CancellationToken.None);
    }

    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<MmpRulesAnalyzer, DefaultVerifier>.Diagnostic(id);

    private static Task Run(string source, DiagnosticResult[] expected, string? editorConfig)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        if (editorConfig is not null)
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + editorConfig));
        return test.RunAsync(CancellationToken.None);
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<MmpRulesAnalyzer, DefaultVerifier>
    {
        private readonly bool _withMmpTyped;

        public AnalyzerTest(bool withMmpTyped = true)
        {
            _withMmpTyped = withMmpTyped;
            TestReferences.Configure(this, withMmpTyped);
        }

        protected override IEnumerable<Type> GetSourceGenerators() => _withMmpTyped ? [typeof(MmpGenerator)] : [];
    }
}
