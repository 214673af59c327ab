using System;
using System.Threading.Tasks;

using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary>Bad usage of <c>validate</c> and <c>roundtrip</c>: one line naming what is wrong, with the usage, exit 2.</summary>
public sealed class UsageTests
{
    private const string KnownIds = "known ids: affise.s2s, airbridge.app, airbridge.web, appsflyer.push.v1, appsflyer.push.v2, appsflyer.s2s";

    public static TheoryData<string> Commands() => new("validate", "roundtrip");

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Unknown_schema_id_is_named_with_the_known_ids(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, "--schema", "appsflyer.s3s", file.Path]);

        CliAssert.RefusesUsage(result, command, $"unknown schema 'appsflyer.s3s' ({KnownIds})");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task File_that_does_not_exist_is_named(string command)
    {
        var missing = TempFile.NewPath();

        var result = await CliProcess.RunAsync([command, "--schema", "airbridge.app", missing]);

        CliAssert.RefusesUsage(result, command, $"file not found: '{missing}'");
    }

    [Fact]
    public async Task A_line_break_in_a_file_name_stays_inside_the_one_line()
    {
        var missing = TempFile.NewPath().Replace("mmptyped-cli-", "mmptyped-cli-\n", StringComparison.Ordinal);

        var result = await CliProcess.RunAsync(["validate", "--schema", "airbridge.app", missing]);

        CliAssert.RefusesUsage(result, "validate", $"file not found: '{missing.Replace("\n", "\\n", StringComparison.Ordinal)}'");
    }

    [Fact]
    public async Task Help_shows_how_to_call_every_command()
    {
        var result = await CliProcess.RunAsync(["--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  schemas ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  validate --schema <id> <file|->  ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  roundtrip --schema <id> <file|->  ", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Missing_schema_option_is_named(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, file.Path]);

        CliAssert.RefusesUsage(result, command, $"missing --schema <id> ({KnownIds})");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Missing_schema_id_is_named(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, file.Path, "--schema"]);

        CliAssert.RefusesUsage(result, command, "missing the schema id after --schema");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Missing_file_is_named(string command)
    {
        var result = await CliProcess.RunAsync([command, "--schema", "airbridge.app"]);

        CliAssert.RefusesUsage(result, command, "missing the input file (a path, or - for standard input)");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Extra_argument_is_named(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, "--schema", "airbridge.app", file.Path, "extra.json"]);

        CliAssert.RefusesUsage(result, command, "unexpected argument 'extra.json'");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Unknown_option_is_named(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, "--schema", "airbridge.app", "--pretty", file.Path]);

        CliAssert.RefusesUsage(result, command, "unknown option '--pretty'");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Schema_given_twice_is_named(string command)
    {
        using var file = new TempFile("{}");

        var result = await CliProcess.RunAsync([command, "--schema", "airbridge.app", "--schema", "airbridge.web", file.Path]);

        CliAssert.RefusesUsage(result, command, "--schema given more than once");
    }

    [Fact]
    public async Task Schema_option_may_follow_the_file()
    {
        var file = DocumentedExamples.Named("airbridge.web/request-payload.json");

        CliAssert.PrintsOk(await CliProcess.RunAsync(["validate", file.FullPath, "--schema", "airbridge.web"]));
    }

    [Fact]
    public async Task A_folder_is_unreadable_input()
    {
        var line = CliAssert.FailsWithOneLine(await CliProcess.RunAsync(["validate", "--schema", "airbridge.app", DocumentedExamples.Root]));

        Assert.Equal($"mmptyped: {DocumentedExamples.Root}: cannot read the file: it is a directory", line);
    }
}
