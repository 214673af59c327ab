using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MmpTyped.Testing;

namespace MmpTyped.Delivery.Tests;

/// <summary>The README's "Send events" example is the code of <see cref="ReadmeSendExample"/>, and prints what the README shows.</summary>
public sealed class ReadmeSendExampleTests
{
    internal static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

    [Fact]
    public void README_shows_the_example_code_as_it_is_compiled_here() =>
        Assert.Contains(Snippet("ReadmeSendExample.cs"), Readme, StringComparison.Ordinal);

    /// <summary>The lines between <c>// begin-snippet</c> and <c>// end-snippet</c> of a file of this project, out of their method's indentation.</summary>
    internal static string Snippet(string file)
    {
        var source = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Delivery.Tests", file));
        var snippet = source
            .SkipWhile(l => !l.Contains("// begin-snippet", StringComparison.Ordinal)).Skip(1)
            .TakeWhile(l => !l.Contains("// end-snippet", StringComparison.Ordinal))
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());
        return string.Join("\n", snippet);
    }

    [Fact]
    public async Task README_shows_what_the_example_prints_against_the_sandbox()
    {
        await using var harness = await DeliveryHarness.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MmpTyped:Airbridge:ApiToken"] = DeliveryHarness.AirbridgeToken,
            ["MmpTyped:Airbridge:BaseUrl"] = harness.Sandbox.BaseAddress.ToString(),
        }).Build();
        using var console = new StringWriter { NewLine = "\n" };

        await ReadmeSendExample.RunAsync(configuration, console);

        Assert.Contains("```text\n" + console + "```", Readme, StringComparison.Ordinal);
        Assert.Single(harness.Sandbox.Events);
    }
}
