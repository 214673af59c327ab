using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

namespace MmpTyped.Cli.Tests;

/// <summary>
/// Input meant to break the tool or the terminal: an empty path, a directory, an endless stream, values
/// with line breaks and escape sequences. Each gets a clear line and an exit code, never a stack trace,
/// a hang or a forged line of output.
/// </summary>
public sealed class HostileInputTests
{
    private const int MaxInputBytes = 32 * 1024 * 1024;

    [Theory]
    [InlineData("validate")]
    [InlineData("roundtrip")]
    public async Task An_empty_path_is_a_usage_error(string command)
    {
        var result = await CliProcess.RunAsync([command, "--schema", "appsflyer.s2s", ""]);

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains("missing the input file", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_directory_is_named_as_one()
    {
        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.s2s", Path.GetTempPath()]);

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains("is a directory", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endless_file_stops_at_the_size_limit()
    {
        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.s2s", "/dev/zero"], timeout: TimeSpan.FromSeconds(20));

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains("larger than 32 MiB", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Standard_input_past_the_size_limit_stops_there()
    {
        var result = await CliProcess.RunAsync(["roundtrip", "--schema", "appsflyer.s2s", "-"], new byte[MaxInputBytes + 1], TimeSpan.FromSeconds(20));

        var line = CliAssert.FailsWithOneLine(result);
        Assert.Contains("<stdin>", line, StringComparison.Ordinal);
        Assert.Contains("larger than 32 MiB", line, StringComparison.Ordinal);
    }

    /// <summary>A value with a line break once wrote a fake <c>OK</c> line; an escape sequence reached the terminal.</summary>
    [Fact]
    public async Task Control_characters_in_a_value_are_escaped_in_validate_output()
    {
        var json = """{"eventName":"","appsflyer_id":"x\nOK\n\u001b[2J\u001b]0;owned\u0007","eventTime":"2026-01-01 00:00:00.000","customer_user_id":"1","bundleIdentifier":"com.x","idfa":"x\r"}""";
        using var file = new TempFile(json);

        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.s2s", file.Path]);

        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.StdoutLines, l => l == "OK");
        Assert.All(result.StdoutLines, l => Assert.Matches("^MMP\\d{3} \\$", l));
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.DoesNotContain('\r', result.Stdout);
        Assert.DoesNotContain('\u0007', result.Stdout);
    }

    [Fact]
    public async Task Control_characters_in_a_parse_error_are_escaped()
    {
        var value = "\\u001b[31mred\\n" + new string('x', 100_000); // JSON escapes: the decoded value holds ESC and a line break
        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.push.v2", "-"], Encoding.UTF8.GetBytes("{\"api_version\":\"2.0\",\"wifi\":\"" + value + "\"}"));

        var line = Assert.Single(CliAssert.ReportsErrors(result));
        Assert.DoesNotContain('\u001b', result.Stdout);
        Assert.StartsWith("MMP004 $.wifi ", line, StringComparison.Ordinal);
        Assert.True(line.Length < 400, line);
    }

    /// <summary>A member of the wrong JSON type is one error among the others (exit 1), not the end of the check (exit 2).</summary>
    [Fact]
    public async Task Validate_reports_every_error_with_a_wrongly_typed_member_among_them()
    {
        var json = """{"eventName":42,"att":"example_att","appsflyer_id":"x","eventTime":"2026-01-01 00:00:00.000"}""";
        using var file = new TempFile(json);

        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.s2s", file.Path]);
        var lines = CliAssert.ReportsErrors(result);

        Assert.Contains(lines, l => l.StartsWith("MMP004 $.eventName ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("MMP004 $.att ", StringComparison.Ordinal));
        Assert.True(lines.Length > 2, string.Join("\n", lines));

        var roundtrip = await CliProcess.RunAsync(["roundtrip", "--schema", "appsflyer.s2s", file.Path]);
        Assert.Equal(0, roundtrip.ExitCode);
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json), System.Text.Json.Nodes.JsonNode.Parse(roundtrip.Stdout)), roundtrip.Stdout);
    }
}
