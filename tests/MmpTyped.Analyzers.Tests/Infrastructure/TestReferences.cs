using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace MmpTyped.Analyzers.Tests.Infrastructure;

/// <summary>The references of every analyzer and code-fix test: .NET 10 (offline) and MmpTyped.dll.</summary>
internal static class TestReferences
{
    public static void Configure(AnalyzerTest<DefaultVerifier> test, bool withMmpTyped = true)
    {
        // An empty preset: the built-in ones download reference packs that the registry here does not serve.
        test.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        if (withMmpTyped)
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(IMmpEvent).Assembly.Location));
        test.TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }
}
