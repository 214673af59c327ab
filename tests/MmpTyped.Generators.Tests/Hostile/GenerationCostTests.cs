using System;
using System.Diagnostics;
using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// The generator's and the compiler's work grows in proportion to the schema: a schema eight times the
/// size costs far less than 64 times as much (what a quadratic step would cost). Measured as a ratio of
/// two sizes on the same machine in the same process, never against a clock budget.
/// </summary>
public sealed class GenerationCostTests
{
    [Fact]
    public void Generation_and_compilation_grow_no_faster_than_the_schema_allows()
    {
        _ = Cost(10); // JIT and reference assemblies, out of the measurement
        var small = Cost(40);
        var large = Cost(320);

        var ratio = large / small;
        Assert.True(ratio < 24, $"8x the members cost {ratio:F1}x the time ({small:F1} ms → {large:F1} ms); linear is ~8x, quadratic ~64x.");
    }

    // The least of three runs: the machine is shared, and the least is the run nothing else slowed.
    private static double Cost(int members) => Enumerable.Range(0, 3).Min(_ => Once(members));

    private static double Once(int members)
    {
        // Members of every kind the generator lowers, with rules, a nested object and an enum each.
        var properties = string.Join(",\n", Enumerable.Range(0, members).Select(i => (i % 4) switch
        {
            0 => $"\"s{i}\": {{ \"type\": \"string\", \"minLength\": 1, \"pattern\": \"^[a-z]+$\", \"description\": \"Text {i}.\" }}",
            1 => $"\"n{i}\": {{ \"type\": \"integer\", \"minimum\": 0, \"maximum\": 100 }}",
            2 => $"\"e{i}\": {{ \"type\": \"string\", \"enum\": [\"a\", \"b\", \"c\"] }}",
            _ => $"\"o{i}\": {{ \"type\": \"object\", \"x-mmp-type\": \"Nested{i}\", \"properties\": {{ \"id\": {{ \"type\": \"string\" }}, \"at\": {{ \"type\": \"integer\", \"x-mmp-timestamp\": \"unix-ms\" }} }} }}",
        }));
        var schema = HostileRun.Mini(properties);

        var clock = Stopwatch.StartNew();
        var run = GeneratorHarness.Run(schema);
        var problems = run.OutputCompilation.GetDiagnostics().Count(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        clock.Stop();

        Assert.Equal(0, problems + run.Result.Diagnostics.Length);
        return clock.Elapsed.TotalMilliseconds;
    }
}
