using System;
using System.Linq;

namespace MmpTyped.Cli.Tests;

/// <summary>The CLI's output contract (exit code 0, 1 or 2 and what goes to stdout and stderr), as assertions.</summary>
internal static class CliAssert
{
    /// <summary>Exit 0 and exactly <c>OK</c> on stdout, nothing on stderr.</summary>
    public static void PrintsOk(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["OK"], result.StdoutLines);
        Assert.Empty(result.Stderr);
    }

    /// <summary>Exit 1, one or more <c>CODE PATH MESSAGE</c> lines on stdout, nothing on stderr; returns the lines.</summary>
    public static string[] ReportsErrors(CliResult result)
    {
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Empty(result.Stderr);
        Assert.NotEmpty(result.StdoutLines);
        Assert.All(result.StdoutLines, line => Assert.Matches(@"^MMP\d{3} \$\S* \S", line));
        return result.StdoutLines;
    }

    /// <summary>
    /// The refusal of bad input or bad usage: exit 2, nothing on stdout, exactly one line on stderr
    /// starting <c>mmptyped: </c>, and no stack trace. Returns that line.
    /// </summary>
    public static string FailsWithOneLine(CliResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith("mmptyped: ", line, StringComparison.Ordinal);
        return line;
    }

    /// <summary>A usage error: one line naming <paramref name="problem"/> and how to call <paramref name="command"/>.</summary>
    public static void RefusesUsage(CliResult result, string command, string problem)
    {
        var line = FailsWithOneLine(result);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.EndsWith($"usage: mmptyped {command} --schema <id> <file|->", line, StringComparison.Ordinal);
    }

    /// <summary>True when some <c>CODE PATH MESSAGE</c> line has exactly this path.</summary>
    public static bool HasErrorAt(string[] lines, string path) =>
        lines.Any(line => line.Split(' ')[1] == path);
}
