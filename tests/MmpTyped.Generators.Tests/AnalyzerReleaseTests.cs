using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// The generator's diagnostics are listed, with their category and severity, in its analyzer release files:
/// the package ships them, and a changed id, category or severity must show in review. The release-tracking
/// analyzer sees the ids (RS2000) but not the severity the descriptors' shared factory passes, so it is checked here.
/// </summary>
public sealed class AnalyzerReleaseTests
{
    [Fact]
    public void Every_descriptor_is_in_the_unshipped_release_with_its_category_and_severity_and_nothing_else_is()
    {
        var descriptors = typeof(MmpGenerator).Assembly.GetType("MmpTyped.Generators.Descriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Select(d => $"{d.Id} | {d.Category} | {d.DefaultSeverity}")
            .Distinct() // an id with messages of two shapes (MMP103, MMP104) has a descriptor for each, one release line
            .Order(StringComparer.Ordinal);
        var released = File.ReadAllLines(Path.Combine(RepoPaths.Root, "generators", "MmpTyped.Generators", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("MMP", StringComparison.Ordinal))
            .Select(l => string.Join(" | ", l.Split('|').Take(3).Select(c => c.Trim())))
            .Order(StringComparer.Ordinal);

        Assert.Equal(descriptors, released);
    }
}
