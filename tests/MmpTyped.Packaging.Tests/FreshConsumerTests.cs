using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace MmpTyped.Packaging.Tests;

/// <summary>
/// A project that has never seen this repository: <c>dotnet new console</c>, <c>dotnet add package MmpTyped</c>
/// from the local feed alone, and the example of the package's own README (what a user copies). The build
/// completes the <c>[MmpEvent]</c> class and warns MMP001 where the README says; the program prints what the
/// README says; the code fix shipped in the package fixes the warning.
/// </summary>
[Collection(PackedRepositoryTests.Name)]
[Trait("Category", "Packaging")]
public sealed class FreshConsumerTests(PackedRepository packed, ITestOutputHelper log) : PackagedTest(packed, log)
{
    private static readonly Regex DiagnosticLine = new(
        @"^(?<file>[^\s(][^(\n]*)\((?<line>\d+),(?<column>\d+)\): (?<severity>warning|error) (?<id>[A-Z]+\d+): (?<message>.*?)(?: \(https?://[^)]*\))? \[[^\]]*\]$",
        RegexOptions.Multiline);

    [Fact]
    public void A_new_console_project_gets_typed_events_compile_time_diagnostics_and_code_fixes_from_the_package()
    {
        var readme = ReadmeOfPackage();
        var events = CodeBlockAfter(readme, "`Events.cs`:");
        var program = CodeBlockAfter(readme, "`Program.cs`:");
        var (folder, environment) = Packed.NewUserFolder("consumer");
        var project = Path.Combine(folder, "Shop");

        Dotnet(folder, environment, "new", "console", "--no-update-check", "--name", "Shop", "--output", project);
        Dotnet(project, environment, "add", "package", "MmpTyped", "--version", Packed.Version);
        File.WriteAllText(Path.Combine(project, "Events.cs"), events);
        File.WriteAllText(Path.Combine(project, "Program.cs"), program);

        // dotnet build: the generated members exist (the program uses User, App and the [MmpField] properties),
        // and the analyzer reports MMP001 at the object creation the README marks, and nothing else.
        var build = Dotnet(project, environment, "build", "--disable-build-servers", "-p:UseSharedCompilation=false");
        var (line, column) = PositionOf(program, "new OrderCompleted // warning MMP001");
        var diagnostics = Diagnostics(build).ToList();
        var mmp001 = Assert.Single(diagnostics);
        Assert.Equal(("Program.cs", line, column, "warning", "MMP001"),
            (Path.GetFileName(mmp001.File), mmp001.Line, mmp001.Column, mmp001.Severity, mmp001.Id));
        // The README shows the warning as the build prints it.
        Assert.Contains($"Program.cs({line},{column}): warning MMP001: {mmp001.Message}\n", readme, StringComparison.Ordinal);

        // dotnet run: the generated serializer and Validate() print what the README says they print.
        var run = Dotnet(project, environment, "run", "--no-build");
        Assert.Equal(CodeBlockAfter(readme, "`dotnet run` prints:"), run.ReplaceLineEndings("\n"));

        // The code fix in the package (loaded with the analyzer beside it) adds the missing identifier.
        Dotnet(project, environment, "format", "analyzers", "--diagnostics", "MMP001", "--severity", "warn", "--no-restore");
        var added = File.ReadAllLines(Path.Combine(project, "Program.cs")).Except(program.Split('\n')).ToList();
        Assert.Contains("User = new AirbridgeUser { ExternalUserID =", Assert.Single(added), StringComparison.Ordinal);
    }

    private string ReadmeOfPackage()
    {
        using var package = ZipFile.OpenRead(Packed.Package("MmpTyped"));
        using var reader = new StreamReader(package.GetEntry("README.md")!.Open());
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>The text of the first fenced block after <paramref name="marker"/>, with its final line end.</summary>
    private static string CodeBlockAfter(string readme, string marker)
    {
        var at = readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"The package README has no '{marker}'.");
        var open = readme.IndexOf("```", at, StringComparison.Ordinal);
        var start = readme.IndexOf('\n', open) + 1;
        var end = readme.IndexOf("\n```", start - 1, StringComparison.Ordinal) + 1;
        return readme[start..end];
    }

    /// <summary>The 1-based line and column of <paramref name="text"/>, as the compiler reports them.</summary>
    private static (int Line, int Column) PositionOf(string source, string text)
    {
        var lines = source.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{text}' is not in the README's Program.cs.");
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    /// <summary>Each diagnostic once (MSBuild repeats them in its summary).</summary>
    private static IEnumerable<(string File, int Line, int Column, string Severity, string Id, string Message)> Diagnostics(string output) =>
        DiagnosticLine.Matches(output.ReplaceLineEndings("\n"))
            .Select(m => (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["severity"].Value, m.Groups["id"].Value, m.Groups["message"].Value))
            .Distinct();
}
