using System;
using System.Diagnostics;

namespace MmpTyped.Tests.Hostile;

/// <summary>
/// Whether work grows in proportion to its input: the same call on a small and on an eight times larger
/// input, compared as a ratio of their best times, never against a wall-clock limit (a slow or busy
/// machine slows both sizes alike). Linear work gives a ratio near 8, quadratic work near 64; the bound
/// sits between them, far enough from both that scheduling noise does not decide the outcome.
/// </summary>
internal static class LinearTime
{
    /// <summary>The collection of tests that measure time: run alone, so that other tests' work does not land in one size only.</summary>
    public const string Collection = "Measures time";

    public const int Growth = 8;
    private const double MaxRatio = 24;
    private const int Runs = 5;

    /// <summary>Fails when <paramref name="work"/> on <paramref name="make"/>(n × 8) takes more than 24× its time on <paramref name="make"/>(n).</summary>
    public static void Assert<T>(Func<int, T> make, Action<T> work, int smallSize, string what)
    {
        var small = make(smallSize);
        var large = make(smallSize * Growth);
        work(small); // warm-up: JIT and pools, so the first timing is not the compile
        var smallTime = Best(small, work);
        var largeTime = Best(large, work);
        var ratio = largeTime.TotalMilliseconds / Math.Max(smallTime.TotalMilliseconds, 0.05);
        Xunit.Assert.True(ratio < MaxRatio,
            $"{what}: {Growth}x the input took {ratio:0.0}x the time ({smallTime.TotalMilliseconds:0.0} ms -> {largeTime.TotalMilliseconds:0.0} ms); linear work is about {Growth}x.");
    }

    private static TimeSpan Best<T>(T input, Action<T> work)
    {
        var best = TimeSpan.MaxValue;
        GC.Collect();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            work(input);
            var elapsed = clock.Elapsed;
            if (elapsed < best)
                best = elapsed;
        }
        return best;
    }
}

/// <summary>Tests that measure time run with nothing else in parallel.</summary>
[Xunit.CollectionDefinition(LinearTime.Collection, DisableParallelization = true)]
public sealed class LinearTimeCollection;
