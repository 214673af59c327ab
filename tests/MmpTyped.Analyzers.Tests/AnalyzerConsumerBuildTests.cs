using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;
using Xunit.Abstractions;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// The analyzers where it matters: a real <c>dotnet build</c> of a user's project (tests/MmpTyped.AnalyzerConsumer)
/// that adds them as analyzers. The wrong code reports exactly the expected diagnostics at the expected
/// lines (its .editorconfig raises MMP008 to an error); the fixed code builds with none.
/// </summary>
public sealed class AnalyzerConsumerBuildTests(ITestOutputHelper log) : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);
    private static readonly string Project = Path.Combine(RepoPaths.Root, "tests", "MmpTyped.AnalyzerConsumer", "MmpTyped.AnalyzerConsumer.csproj");
    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>.+?)\((?<line>\d+),\d+\): (?<severity>warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Multiline);

    // Wrong/Orders.cs, one entry per wrong line: each line carries a comment naming its id.
    private static readonly string[] Expected =
    [
        "Wrong/Orders.cs:15 warning MMP001",
        "Wrong/Orders.cs:24 warning MMP002",
        "Wrong/Orders.cs:25 warning MMP004",
        "Wrong/Orders.cs:29 warning MMP004",
        "Wrong/Orders.cs:36 warning MMP004",
        "Wrong/Orders.cs:37 warning MMP004",
        "Wrong/Orders.cs:38 warning MMP006",
        "Wrong/Orders.cs:39 warning MMP004",
        "Wrong/Orders.cs:42 warning MMP001",
        "Wrong/Orders.cs:47 warning MMP001",
        "Wrong/Orders.cs:49 error MMP008",
    ];

    // Its own bin/obj (and those of the projects it references) in a temporary folder: the repository's stay untouched.
    private readonly string _artifacts = Path.Combine(Path.GetTempPath(), "mmptyped-analyzer-consumer-" + Guid.NewGuid().ToString("N"));

    [Fact]
    [Trait("Category", "ConsumerBuild")]
    public void The_wrong_code_reports_the_expected_diagnostics_and_the_fixed_code_none()
    {
        var wrong = Build("Wrong");
        Assert.NotEqual(0, wrong.ExitCode); // MMP008 is an error by the project's .editorconfig
        Assert.Equal(Expected, Diagnostics(wrong.Output).Where(d => d.Contains(" MMP", StringComparison.Ordinal)));
        Assert.DoesNotContain(Diagnostics(wrong.Output), d => !d.Contains(" MMP", StringComparison.Ordinal));
        foreach (var id in new[] { "CS9057", "CS8032", "AD0001" })
            Assert.DoesNotContain(id, wrong.Output, StringComparison.Ordinal);

        var right = Build("Fixed");
        Assert.True(right.ExitCode == 0, right.Output);
        Assert.Empty(Diagnostics(right.Output));
    }

    public void Dispose()
    {
        if (Directory.Exists(_artifacts))
            Directory.Delete(_artifacts, recursive: true);
    }

    private (int ExitCode, string Output) Build(string variant)
    {
        var build = DotnetCli.Run(RepoPaths.Root, Timeout, "build", Project, "--artifacts-path", _artifacts,
            "--disable-build-servers", "-p:UseSharedCompilation=false", "-p:MmpVariant=" + variant);
        log.WriteLine($"dotnet build ({variant}): exit code {build.ExitCode}\n{build.Output}");
        return build;
    }

    /// <summary>Each diagnostic once (MSBuild repeats them in its summary), as <c>file:line severity id</c>, sorted by line.</summary>
    private static List<string> Diagnostics(string output)
    {
        var folder = Path.GetDirectoryName(Project)! + Path.DirectorySeparatorChar;
        return DiagnosticLine.Matches(output)
            .Select(m => (File: m.Groups["file"].Value.Replace(folder, "", StringComparison.Ordinal).Replace('\\', '/'),
                Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                Text: $"{m.Groups["severity"].Value} {m.Groups["id"].Value}"))
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line)
            .Select(d => $"{d.File}:{d.Line} {d.Text}")
            .ToList();
    }
}
