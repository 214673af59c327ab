using System;
using System.IO;
using System.Linq;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// Every page of analyzers/docs says truthfully when its rule is checked: a code the analyzer reports says
/// what it checks at compile time and what only <c>Validate()</c> checks at run time; a code the analyzer does
/// not report (MMP003, MMP005, MMP007) says that nothing of it is decided by the analyzers; a generator
/// diagnostic (MMP1xx) says it is a compile-time error only.
/// </summary>
public sealed class DocsPageTests
{
    private static string Docs => Path.Combine(Testing.RepoPaths.Root, "analyzers", "docs");

    public static TheoryData<string> RuleIds() => new(Enumerable.Range(1, 8).Select(n => $"MMP{n:000}"));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void A_rule_page_says_what_is_checked_at_compile_time_and_what_only_at_run_time(string id)
    {
        var page = Path.Combine(Docs, id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page");
        var text = File.ReadAllText(page);
        Assert.Contains("## What is checked when", text, StringComparison.Ordinal);
        Assert.Contains("- **Only at run time**", text, StringComparison.Ordinal);

        var analyzed = new MmpRulesAnalyzer().SupportedDiagnostics.Any(d => d.Id == id);
        if (analyzed)
        {
            Assert.Contains("- **At compile time** (the analyzer)", text, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"the analyzers have no {id}", text, StringComparison.Ordinal);
            Assert.DoesNotContain("(the analyzer)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_generator_page_says_it_is_decided_at_compile_time_only()
    {
        var pages = Directory.GetFiles(Docs, "MMP1*.md");
        Assert.True(pages.Length >= 14, $"only {pages.Length} generator pages");
        foreach (var page in pages)
            Assert.Contains("**When:** at compile time only", File.ReadAllText(page), StringComparison.Ordinal);
    }
}
