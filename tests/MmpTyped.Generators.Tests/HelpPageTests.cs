using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// Every generator diagnostic links to its page in analyzers/docs, and each MMP1xx page says what triggers it and
/// shows a wrong and a right example: the link is what an IDE opens from the error. The generator also reports the
/// analyzers' MMP004 (a refused <c>[MmpEvent]</c> name), which links to the analyzers' own MMP004 page.
/// </summary>
public sealed class HelpPageTests
{
    private static DiagnosticDescriptor[] Descriptors() =>
        typeof(MmpGenerator).Assembly.GetType("MmpTyped.Generators.Descriptors", throwOnError: true)!
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors().Select(d => d.Id).Order(StringComparer.Ordinal));

    public static TheoryData<string> GeneratorIds() =>
        new(Descriptors().Select(d => d.Id).Where(id => id.StartsWith("MMP1", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Fact]
    public void The_catalogue_of_generator_ids_is_read()
    {
        Assert.Equal(14, GeneratorIds().Count);
        Assert.Equal(15, Descriptors().Length); // and MMP004 for a refused [MmpEvent] name
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_links_to_its_own_page(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);

        Assert.Equal($"https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/{id}.md", descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(GeneratorIds))]
    public void Each_id_has_a_page_with_what_triggers_it_and_a_wrong_and_a_right_example(string id)
    {
        var page = Path.Combine(RepoPaths.Root, "analyzers", "docs", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page at {page}");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": ", text, StringComparison.Ordinal);
        Assert.Contains("**Severity:** error, reported by the generator", text, StringComparison.Ordinal);
        Assert.True(text.Contains("## What triggers it", StringComparison.Ordinal) || text.Contains("## Why", StringComparison.Ordinal), id);
        Assert.Contains("## Wrong", text, StringComparison.Ordinal);
        Assert.Contains("## Right", text, StringComparison.Ordinal);
    }
}
