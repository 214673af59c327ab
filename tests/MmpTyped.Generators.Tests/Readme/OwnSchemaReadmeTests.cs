using System;
using System.IO;
using System.Linq;
using System.Reflection;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Tests.Readme;

/// <summary>
/// The README's "Your own schemas" example is real: its schema and its [MmpEvent] class, taken from the
/// README as written, generate and compile without a diagnostic, and its usage prints the output shown.
/// </summary>
public sealed class OwnSchemaReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void The_readme_example_of_an_own_schema_builds_and_prints_what_the_readme_shows()
    {
        var schema = InMemoryAdditionalText.Schema("acme.track", Block("schema"));
        var usage = $$"""
            namespace Shop.Acme;

            internal static class ReadmeUsage
            {
                public static string Run()
                {
            {{Block("use")}}
                    return json + "\n" + url;
                }
            }
            """;
        var compilation = GeneratorHarness.CreateCompilation(Block("class"))
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText("using MmpTyped;\n" + usage, GeneratorHarness.ParseOptions, path: "/project/Usage.cs"));

        var run = GeneratorHarness.Run(compilation, schema);

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var output = (string)assembly.GetType("Shop.Acme.ReadmeUsage")
            .GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!
            .Invoke(null, BindingFlags.DoNotWrapExceptions, null, [], null)!;
        Assert.Equal(Block("output"), output);
    }

    /// <summary>The fenced block right after <c>&lt;!-- own-schema:NAME --&gt;</c>, without its fences.</summary>
    private static string Block(string name)
    {
        var marker = $"<!-- own-schema:{name} -->";
        var start = Readme.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no '{marker}'.");
        var lines = Readme[(start + marker.Length)..].Split('\n').Skip(2); // the marker's line end, the opening fence
        return string.Join("\n", lines.TakeWhile(l => !l.StartsWith("```", StringComparison.Ordinal)));
    }
}
