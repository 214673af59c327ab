using System;
using System.IO;
using System.Reflection;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Readme;

public sealed class DemoOutputTests
{
    [Fact]
    public void README_shows_the_output_the_demo_really_prints()
    {
        var entryPoint = Assembly.Load("MmpTyped.Demo").EntryPoint!;
        var original = Console.Out;
        using var output = new StringWriter { NewLine = "\n" };
        Console.SetOut(output);
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(original);
        }

        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).Replace("\r\n", "\n");
        Assert.Contains("```text\n" + output.ToString().Replace(Environment.NewLine, "\n") + "```", readme, StringComparison.Ordinal);
        Assert.Contains("MMP002 $.device.osVersion", output.ToString(), StringComparison.Ordinal);
    }
}
