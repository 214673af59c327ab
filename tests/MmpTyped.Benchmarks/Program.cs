using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MmpTyped.Benchmarks.Harness;
using MmpTyped.Testing;

namespace MmpTyped.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --filter '*'          (the whole suite)
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --filter '*AirbridgeSerialize*' --job dry
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --check               (the setup checks only)
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --interleave AirbridgeSerialize Generated StjSourceGen
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --loop AirbridgeSerialize Generated 10
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--check"))
            return SetupChecks.Run();
        if (args.Length > 0 && args[0] is "--interleave" or "--loop")
            return Interleaved.Run(args);

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, CreateConfig(args)).ToList();
        // Exit 1 when nothing ran or a benchmark failed (a setup check throws): CI's dry job relies on it.
        if (summaries.Count == 0 && args.Any(arg => arg.StartsWith("--list", System.StringComparison.Ordinal) || arg is "--help" or "-h" or "--info"))
            return 0;
        var failed = summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }

    /// <summary>
    /// Memory diagnoser, medians and ratios; and, unless the command line names a job (--job dry in CI),
    /// the suite's job: enough iterations to be stable on a noisy 2-core machine, the whole suite in
    /// well under 15 minutes.
    /// </summary>
    private static ManualConfig CreateConfig(string[] args)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithArtifactsPath(Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Benchmarks", "BenchmarkDotNet.Artifacts"));
        if (!args.Any(arg => arg is "--job" or "-j"))
        {
            config.AddJob(Job.Default
                .WithId("Suite")
                .WithLaunchCount(1)
                .WithWarmupCount(4)
                .WithIterationCount(20)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)));
        }
        return config;
    }
}
