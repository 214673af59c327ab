using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MmpTyped.Generators.Tests.Infrastructure;
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

    public static TheoryData<string> Ids() => new(Descriptors().Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));

    public static TheoryData<string> GeneratorIds() =>
        new(Descriptors().Select(d => d.Id).Distinct().Where(id => id.StartsWith("MMP1", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Fact]
    public void The_catalogue_of_generator_ids_is_read()
    {
        Assert.Equal(14, GeneratorIds().Count);
        Assert.Equal(15, Ids().Count); // and MMP004 for a refused [MmpEvent] name
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_id_links_to_its_own_page(string id)
    {
        // An id may have descriptors of several message shapes (MMP103: a type defined twice, or a name the generator needs); each links to the id's page.
        var descriptors = Descriptors().Where(d => d.Id == id).ToList();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, d => Assert.Equal($"https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/{id}.md", d.HelpLinkUri));
        Assert.Single(descriptors.Select(d => (d.Title.ToString(CultureInfo.InvariantCulture), d.Category, d.DefaultSeverity)).Distinct());
    }

    [Fact]
    public void A_reported_diagnostic_carries_its_descriptor_s_help_link()
    {
        var schema = InMemoryAdditionalText.Schema("acme.mini", "{ \"x-mmp-id\": outbound }");

        var diagnostic = Assert.Single(GeneratorHarness.Run(schema).Result.Diagnostics);

        Assert.Equal("MMP101", diagnostic.Id);
        Assert.Equal("https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/MMP101.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal((0, 14), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Equal(14, diagnostic.Location.SourceSpan.Start); // the 'o' where the JSON breaks off, not the file's start
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
