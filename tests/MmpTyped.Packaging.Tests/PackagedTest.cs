using System;
using System.Collections.Generic;
using System.Diagnostics;
using MmpTyped.Generators.Tests.Infrastructure;
using Xunit.Abstractions;

namespace MmpTyped.Packaging.Tests;

/// <summary>
/// A test of the packed repository (each derived class joins <see cref="PackedRepositoryTests"/>): the pack must
/// have succeeded, and its log is in every test's output.
/// </summary>
public abstract class PackagedTest
{
    protected static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    protected PackagedTest(PackedRepository packed, ITestOutputHelper log)
    {
        Packed = packed;
        Log = log;
        log.WriteLine(packed.PackLog);
        Assert.True(packed.PackExitCode == 0, packed.PackLog);
    }

    protected PackedRepository Packed { get; }

    protected ITestOutputHelper Log { get; }

    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/> and logs what it printed and how long it took.</summary>
    protected (int ExitCode, string Output) Run(string program, string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var clock = Stopwatch.StartNew();
        var result = DotnetCli.RunProgram(program, folder, Timeout, environment, arguments);
        Log.WriteLine($"{System.IO.Path.GetFileName(program)} {string.Join(' ', arguments)}: {clock.Elapsed.TotalSeconds:F1} s, exit code {result.ExitCode}\n{result.Output}");
        return result;
    }

    /// <summary>Runs <c>dotnet</c> like <see cref="Run"/>, and fails the test unless it succeeds.</summary>
    protected string Dotnet(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output) = Run(DotnetCli.Executable, folder, environment, arguments);
        Assert.True(exitCode == 0, $"dotnet {string.Join(' ', arguments)} failed:\n{output}");
        return output;
    }
}
