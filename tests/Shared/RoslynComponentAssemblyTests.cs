using System;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace MmpTyped.Testing;

/// <summary>
/// The rules a compiler-loaded assembly must keep (a rule of this repository): it targets
/// netstandard2.0 and references no Roslyn newer than 4.14.0, or the SDK's compiler refuses it with
/// CS9057 and the generator or analyzer silently does not run.
/// </summary>
public abstract class RoslynComponentAssemblyTests(string assemblyName)
{
    private static readonly Version NewestRoslyn = new(4, 14, 0, 0);

    private string AssemblyPath => Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");

    [Fact]
    public void References_no_Roslyn_newer_than_the_pinned_version()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        var md = pe.GetMetadataReader();
        var roslyn = md.AssemblyReferences
            .Select(h => md.GetAssemblyReference(h))
            .Where(r => md.GetString(r.Name).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .ToList();

        Assert.All(roslyn, r => Assert.True(r.Version <= NewestRoslyn,
            $"{assemblyName} references {md.GetString(r.Name)} {r.Version}, newer than {NewestRoslyn}."));
    }

    [Fact]
    public void Targets_netstandard20()
    {
        using var pe = new PEReader(File.OpenRead(AssemblyPath));
        var md = pe.GetMetadataReader();
        var references = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList();

        Assert.Contains("netstandard", references);
        Assert.DoesNotContain("System.Runtime", references);
    }

    [Fact]
    public void Loads_as_an_analyzer_reference_without_errors()
    {
        var reference = new AnalyzerFileReference(AssemblyPath, new FromFileLoader());
        var failures = new System.Collections.Generic.List<AnalyzerLoadFailureEventArgs>();
        reference.AnalyzerLoadFailed += (_, e) => failures.Add(e);

        _ = reference.GetAnalyzersForAllLanguages();
        _ = reference.GetGeneratorsForAllLanguages();

        Assert.Empty(failures.Select(f => $"{f.TypeName}: {f.Message}"));
    }

    private sealed class FromFileLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }

        public System.Reflection.Assembly LoadFromPath(string fullPath) =>
            System.Reflection.Assembly.LoadFrom(fullPath);
    }
}
