using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MmpTyped.Benchmarks.Harness;

namespace MmpTyped.Benchmarks;

/// <summary>
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --filter '*'          (the whole suite)
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --filter '*AirbridgeSerialize*' --job dry
/// dotnet run -c Release --project tests/MmpTyped.Benchmarks -- --check               (the setup checks only)
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--check"))
            return SetupChecks.Run();

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, CreateConfig(args));
        return 0;
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
            .WithOption(ConfigOptions.JoinSummary, false);
        if (!args.Any(arg => arg is "--job" or "-j"))
        {
            config.AddJob(Job.Default
                .WithId("Suite")
                .WithLaunchCount(1)
                .WithWarmupCount(4)
                .WithIterationCount(15)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200)));
        }
        return config;
    }
}
