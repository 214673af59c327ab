#!/usr/bin/env dotnet
// Regenerates src/MmpTyped/PublicAPI.Unshipped.txt: every public symbol of MmpTyped.dll, the vendor records
// the generator writes included, that PublicAPI.Shipped.txt does not list. Run from anywhere in the clone:
//
//     dotnet run eng/UpdatePublicApi.cs
//
// How: empty the Unshipped file, build src/MmpTyped with the compiler's SARIF log, and take the exact API
// line the public API analyzer attaches to each RS0016 ("not part of the declared API"). A line of
// PublicAPI.Shipped.txt whose symbol is gone (RS0017) comes back as "*REMOVED*<line>", which is how the
// analyzer records a breaking change. `dotnet format analyzers --diagnostics RS0016` cannot do this job:
// it does not fix symbols declared in source-generated files, and most of this API is generated.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;

const string Header = "#nullable enable";

var root = FindRoot(Environment.CurrentDirectory);
var project = Path.Combine(root, "src", "MmpTyped", "MmpTyped.csproj");
var unshippedPath = Path.Combine(root, "src", "MmpTyped", "PublicAPI.Unshipped.txt");
var sarifPath = Path.Combine(Path.GetTempPath(), $"mmptyped-public-api-{Guid.NewGuid():N}.sarif");
var previous = File.ReadAllText(unshippedPath);

// Start from nothing, so that what is no longer public leaves the file too. The analyzer reports one symbol per
// location, so a type and the primary constructor declared on the same line take two rounds: build until a
// round finds nothing new. Rewriting the file also makes the compiler run again (it is one of its inputs).
var lines = new SortedSet<string>(ApiLineOrder.Instance);
File.WriteAllText(unshippedPath, Header + "\n");
try
{
    for (var round = 1; ; round++)
    {
        var build = Dotnet("build", project, "-nologo", "-v:q",
            $"-p:ErrorLog={sarifPath}%2Cversion=2.1", "-p:TreatWarningsAsErrors=false", "-p:WarningsAsErrors=");
        if (build.ExitCode != 0 || !File.Exists(sarifPath))
        {
            File.WriteAllText(unshippedPath, previous);
            Console.Error.WriteLine(build.Output);
            Console.Error.WriteLine($"The build of {project} failed (or did not compile): {unshippedPath} is left as it was.");
            return 1;
        }

        var added = DeclaredApiLines(sarifPath).Count(lines.Add);
        File.Delete(sarifPath);
        if (added == 0)
            break;
        if (round == 10)
        {
            File.WriteAllText(unshippedPath, previous);
            Console.Error.WriteLine($"Still new API lines after {round} builds: {unshippedPath} is left as it was.");
            return 1;
        }
        File.WriteAllText(unshippedPath, string.Join("\n", lines.Prepend(Header)) + "\n");
    }

    var text = string.Join("\n", lines.Prepend(Header)) + "\n";
    Console.WriteLine($"{Path.GetRelativePath(root, unshippedPath)}: {lines.Count} lines"
        + (text == previous ? ", unchanged." : $" (was {previous.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1})."));
    return 0;
}
finally
{
    File.Delete(sarifPath);
}

// The API lines the analyzer asks for in one build.
static List<string> DeclaredApiLines(string sarifPath)
{
    using var sarif = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
    var lines = new HashSet<string>(StringComparer.Ordinal);
    foreach (var run in sarif.RootElement.GetProperty("runs").EnumerateArray())
    {
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var rule = result.GetProperty("ruleId").GetString();
            if (rule is not ("RS0016" or "RS0017") || IsSuppressed(result))
                continue;
            var name = result.GetProperty("properties").GetProperty("customProperties").GetProperty("APIName").GetString()!;
            lines.Add(rule == "RS0016" ? name : "*REMOVED*" + name);
        }
    }
    return [.. lines];
}

static bool IsSuppressed(JsonElement result) =>
    result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0;

static string FindRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "MmpTyped.sln")))
            return dir.FullName;
    }
    throw new InvalidOperationException($"MmpTyped.sln not found above {start}: run this from the repository.");
}

static (int ExitCode, string Output) Dotnet(params string[] arguments)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var argument in arguments)
        start.ArgumentList.Add(argument);
    using var process = Process.Start(start)!;
    var stderr = process.StandardError.ReadToEndAsync();
    var stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    return (process.ExitCode, stdout + stderr.Result);
}

/// <summary>The order the analyzer's own code fix keeps the file in: ignoring case, then by ordinal.</summary>
internal sealed class ApiLineOrder : IComparer<string>
{
    public static readonly ApiLineOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        var order = StringComparer.OrdinalIgnoreCase.Compare(x, y);
        return order != 0 ? order : StringComparer.Ordinal.Compare(x, y);
    }
}
