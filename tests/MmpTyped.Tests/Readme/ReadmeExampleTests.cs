using System;
using System.IO;
using System.Linq;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Readme;

public sealed class ReadmeExampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void README_shows_the_example_code_as_it_is_compiled_here()
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Readme", "ReadmeExample.cs"));
        var snippet = source
            .SkipWhile(l => !l.Contains("// begin-snippet", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.Contains("// end-snippet", StringComparison.Ordinal))
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());

        Assert.Contains(string.Join("\n", snippet), Readme.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void README_shows_the_output_the_example_really_prints()
    {
        using var console = new StringWriter { NewLine = "\n" };
        ReadmeExample.Run(console);

        Assert.Contains("```text\n" + console.ToString() + "```", Readme.Replace("\r\n", "\n"), StringComparison.Ordinal);
    }
}
