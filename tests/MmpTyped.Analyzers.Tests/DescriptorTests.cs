using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.Testing;

namespace MmpTyped.Analyzers.Tests;

/// <summary>Each diagnostic is a warning with a page in analyzers/docs, and its severity is the user's to change.</summary>
public sealed class DescriptorTests
{
    private static readonly string[] Ids = ["MMP001", "MMP002", "MMP004", "MMP006", "MMP008"];

    [Fact]
    public void The_analyzer_reports_the_catalogue_ids_as_warnings_with_a_help_link()
    {
        var descriptors = new MmpRulesAnalyzer().SupportedDiagnostics;

        Assert.Equal(Ids, descriptors.Select(d => d.Id).Order());
        Assert.All(descriptors, d =>
        {
            Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
            Assert.True(d.IsEnabledByDefault);
            Assert.EndsWith("/analyzers/docs/" + d.Id + ".md", d.HelpLinkUri, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }

    [Theory]
    [MemberData(nameof(IdData))]
    public void Each_id_has_a_page_with_a_wrong_and_a_right_example(string id)
    {
        var page = Path.Combine(RepoPaths.Root, "analyzers", "docs", id + ".md");

        Assert.True(File.Exists(page), page);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ":", text, System.StringComparison.Ordinal);
        Assert.Contains("## Why the vendor needs it", text, System.StringComparison.Ordinal);
        Assert.Contains("## Wrong", text, System.StringComparison.Ordinal);
        Assert.Contains("## Right", text, System.StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(IdData))]
    public void Each_id_is_tracked_in_the_unshipped_release(string id)
    {
        var releases = File.ReadAllText(Path.Combine(RepoPaths.Root, "analyzers", "MmpTyped.Analyzers", "AnalyzerReleases.Unshipped.md"));

        Assert.Contains($"{id} | MmpTyped.Vendor | Warning |", releases, System.StringComparison.Ordinal);
    }

    // Raising a rule to an error is shown by the real build of tests/MmpTyped.AnalyzerConsumer (its
    // .editorconfig makes MMP008 an error): the in-process harness does not apply raised severities.
    [Fact]
    public Task Editorconfig_turns_a_rule_off() =>
        Verify.Diagnostics(Snippet.InMethod($$"""
                    Outbox.Send(new AirbridgeAppEvent { {{Code.AirbridgeRequired}} });
            """), "dotnet_diagnostic.MMP001.severity = none\n");

    public static TheoryData<string> IdData() => new(Ids);
}
