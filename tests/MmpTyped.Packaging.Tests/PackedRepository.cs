using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;

namespace MmpTyped.Packaging.Tests;

/// <summary>
/// The repository packed once for all the packaging tests, with the README's command (<c>dotnet pack -c Release</c>),
/// in a copy of the repository without any bin/ or obj/: other test projects build the repository's own
/// projects at the same time, and a pack there would race them for obj/. The packages land in the copy's
/// artifacts/packages, the local feed the fresh projects restore from.
/// </summary>
public sealed class PackedRepository : IDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts", ".vs", ".idea",
    };

    private readonly StringBuilder _log = new();

    public PackedRepository()
    {
        Root = Path.Combine(Path.GetTempPath(), "mmptyped-packaging-" + Guid.NewGuid().ToString("N"));
        var copy = Path.Combine(Root, "repo");
        Feed = Path.Combine(copy, "artifacts", "packages");
        Version = ReadVersion(Path.Combine(RepoPaths.Root, "Directory.Build.props"));

        var clock = Stopwatch.StartNew();
        CopyTree(RepoPaths.Root, copy);
        Log($"copied the repository: {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var pack = DotnetCli.Run(copy, Timeout, "pack", "-c", "Release", "--disable-build-servers", "-p:UseSharedCompilation=false");
        Log($"dotnet pack -c Release: {clock.Elapsed.TotalSeconds:F1} s, exit code {pack.ExitCode}\n{pack.Output}");
        PackExitCode = pack.ExitCode;
    }

    /// <summary>A temporary folder that holds everything these tests write; deleted at the end.</summary>
    public string Root { get; }

    /// <summary>The folder <c>dotnet pack</c> wrote the packages to.</summary>
    public string Feed { get; }

    /// <summary>The packages' version, from Directory.Build.props.</summary>
    public string Version { get; }

    public int PackExitCode { get; }

    /// <summary>What the pack did and how long it took, for each test's output.</summary>
    public string PackLog
    {
        get
        {
            lock (_log)
                return _log.ToString();
        }
    }

    public string Package(string id, string extension = "nupkg") => Path.Combine(Feed, $"{id}.{Version}.{extension}");

    /// <summary>
    /// A new empty folder whose nuget.config lists the local feed as the only package source, and the environment
    /// for <c>dotnet</c> there: its own empty package cache, so no MmpTyped already in a cache can stand in for the one
    /// just packed.
    /// </summary>
    public (string Directory, IReadOnlyDictionary<string, string> Environment) NewUserFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="mmptyped-local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["NUGET_PACKAGES"] = Path.Combine(folder, ".nuget-packages"),
        };
        // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not where it looks by default.
        if (Path.GetDirectoryName(DotnetCli.Executable) is { Length: > 0 } dotnetRoot)
            environment["DOTNET_ROOT"] = dotnetRoot;
        return (folder, environment);
    }

    public void Log(string text)
    {
        lock (_log)
            _log.AppendLine(text);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
            Directory.Delete(Root, recursive: true);
    }

    private static string ReadVersion(string buildProps)
    {
        var match = Regex.Match(File.ReadAllText(buildProps), "<Version>([^<]+)</Version>");
        Assert.True(match.Success, $"No <Version> in {buildProps}.");
        return match.Groups[1].Value;
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            // A worktree's .git is a file; snapshot tests running beside these write and delete *.received.* files.
            var name = Path.GetFileName(file);
            if (name != ".git" && !name.Contains(".received.", StringComparison.Ordinal))
                File.Copy(file, Path.Combine(to, name));
        }
        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            if (!SkippedFolders.Contains(Path.GetFileName(folder)))
                CopyTree(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedRepositoryTests : ICollectionFixture<PackedRepository>
{
    public const string Name = "Packed repository";
}
