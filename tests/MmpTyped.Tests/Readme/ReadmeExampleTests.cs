using System;
using System.IO;
using System.Linq;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Readme;

/// <summary>The README's examples are the code in this folder, and the output they show is what that code prints.</summary>
public sealed class ReadmeExampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    public static TheoryData<string> Examples => new() { nameof(ReadmeExample), nameof(ReadmePushExample) };

    [Theory]
    [MemberData(nameof(Examples))]
    public void README_shows_the_example_code_as_it_is_compiled_here(string example)
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Tests", "Readme", example + ".cs"));
        var snippet = source
            .SkipWhile(l => !l.Contains("// begin-snippet", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.Contains("// end-snippet", StringComparison.Ordinal))
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());

        Assert.Contains(string.Join("\n", snippet), Readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void README_shows_the_output_the_example_really_prints(string example)
    {
        using var console = new StringWriter { NewLine = "\n" };
        Action<TextWriter> run = example == nameof(ReadmePushExample) ? ReadmePushExample.Run : ReadmeExample.Run;
        run(console);

        Assert.Contains("```text\n" + console.ToString() + "```", Readme, StringComparison.Ordinal);
    }
}
