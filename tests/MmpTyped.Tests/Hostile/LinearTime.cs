using System;
using System.Diagnostics;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// Whether work grows in proportion to its input, never against a wall-clock limit: the processor time
/// of one call on an input eight times larger is compared with that of eight calls on the small input,
/// the same number of bytes. Linear work gives a ratio near 1, quadratic work near 8; the bound (3) sits
/// between them. Processor time, not elapsed time, so that a machine busy with other work (which
/// delays a run without adding to its processor time) does not decide the outcome.
/// </summary>
internal static class LinearTime
{
    /// <summary>The collection of tests that measure time: run alone, so that other tests' work does not land in one size only.</summary>
    public const string Collection = "Measures time";

    public const int Growth = 8;
    private const double MaxRatio = 3;
    private const int Trials = 3;

    /// <summary>Fails when one <paramref name="work"/> on <paramref name="make"/>(n × 8) costs more than 3× eight of them on <paramref name="make"/>(n).</summary>
    public static void Assert<T>(Func<int, T> make, Action<T> work, int smallSize, string what)
    {
        var small = make(smallSize);
        var large = make(smallSize * Growth);
        work(small); // warm-up: JIT and pools, so the first timing is not the compile
        work(large);
        var smallCost = Best(() =>
        {
            for (var i = 0; i < Growth; i++)
                work(small);
        });
        var largeCost = Best(() => work(large));
        var ratio = largeCost.TotalMilliseconds / Math.Max(smallCost.TotalMilliseconds, 1);
        Xunit.Assert.True(ratio < MaxRatio,
            $"{what}: one input {Growth}x larger cost {ratio:0.0}x the processor time of {Growth} small ones ({smallCost.TotalMilliseconds:0} ms -> {largeCost.TotalMilliseconds:0} ms); linear work is about 1x.");
    }

    private static TimeSpan Best(Action run)
    {
        var best = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < Trials; i++)
        {
            GC.Collect();
            process.Refresh();
            var before = process.TotalProcessorTime;
            run();
            process.Refresh();
            var cost = process.TotalProcessorTime - before;
            if (cost < best)
                best = cost;
        }
        return best;
    }
}

/// <summary>Tests that measure time run with nothing else in parallel.</summary>
[Xunit.CollectionDefinition(LinearTime.Collection, DisableParallelization = true)]
public sealed class LinearTimeCollection;
