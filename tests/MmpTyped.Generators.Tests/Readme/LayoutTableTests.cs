using System;
using System.IO;
using System.Linq;
using MmpTyped.Testing;

namespace MmpTyped.Generators.Tests.Readme;

/// <summary>
/// The README's Layout table names every folder of the repository: each top-level folder, each project
/// folder under <c>src/</c>, <c>generators/</c>, <c>analyzers/</c>, <c>shared/</c> and <c>tests/</c> (a
/// <c>X.Tests</c> project is covered by the table's "one test project per production project"), and each
/// folder of the generator, whose layout the table describes. A folder added without a line fails here.
/// </summary>
public sealed class LayoutTableTests
{
    private static readonly string Table = LayoutTable();

    [Fact]
    public void Every_top_level_and_project_folder_is_in_the_layout_table()
    {
        var missing = Folders(RepoPaths.Root)
            .Concat(new[] { "src", "generators", "analyzers", "shared", "tests" }.SelectMany(parent => Folders(Path.Combine(RepoPaths.Root, parent)).Select(f => parent + "/" + f)))
            .Where(folder => !Table.Contains("`" + folder + "/", StringComparison.Ordinal))
            .Where(folder => !IsTestsOfListedProject(folder))
            .ToList();

        Assert.True(missing.Count == 0, "The README's Layout table does not name: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_folder_of_the_generator_is_in_the_layout_table()
    {
        var generator = Path.Combine(RepoPaths.Root, "generators", "MmpTyped.Generators");

        var missing = Folders(generator).Where(folder => !Table.Contains("`" + folder + "/`", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "The README's generator line does not name: " + string.Join(", ", missing));
    }

    // tests/MmpTyped.Delivery.Tests tests src/MmpTyped.Delivery, which the table lists.
    private static bool IsTestsOfListedProject(string folder) =>
        folder.StartsWith("tests/", StringComparison.Ordinal) && folder.EndsWith(".Tests", StringComparison.Ordinal)
        && new[] { "src/", "generators/", "analyzers/" }.Any(parent =>
            Table.Contains($"`{parent}{folder["tests/".Length..^".Tests".Length]}/`", StringComparison.Ordinal));

    // Build output, the clone's own folders and local tool state are not the repository's layout.
    private static string[] Folders(string path) =>
        Directory.GetDirectories(path)
            .Select(Path.GetFileName)
            .Where(name => name is not (null or "bin" or "obj" or "artifacts" or "TestResults" or "BenchmarkDotNet.Artifacts") && (!name.StartsWith('.') || name == ".ci"))
            .Select(name => name!)
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string LayoutTable()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var start = readme.IndexOf("\n## Layout", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README has no Layout section.");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        return readme.Substring(start, (end < 0 ? readme.Length : end) - start);
    }
}
