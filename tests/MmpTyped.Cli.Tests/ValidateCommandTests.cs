using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary><c>mmptyped validate</c> on the vendor documents' examples and on messages that break one rule.</summary>
public sealed class ValidateCommandTests
{
    private const string AppsFlyerEvent =
        """{"appsflyer_id":"1234567890123-1234567","eventName":"af_purchase","eventValue":"","eventTime":"TIME"}""";

    public static TheoryData<string> AcceptedExamples() => DocumentedExamples.Names(e => e.Outcome == ExampleOutcome.Accepted);

    public static TheoryData<string> RejectedExamples() => DocumentedExamples.Names(e => e.Outcome == ExampleOutcome.Rejected);

    public static TheoryData<string> NotJsonExamples() => DocumentedExamples.Names(e => e.Outcome == ExampleOutcome.NotJson);

    [Fact]
    public void Every_schema_has_examples_the_theories_below_run_on()
    {
        var schemaIds = Directory.GetFiles(RepoPaths.Schemas, "*.schema.json")
            .Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(schemaIds, DocumentedExamples.All.Select(e => e.SchemaId).Distinct());
    }

    [Theory]
    [MemberData(nameof(AcceptedExamples))]
    public async Task Accepted_example_prints_OK(string example)
    {
        var file = DocumentedExamples.Named(example);

        CliAssert.PrintsOk(await ValidateAsync(file.SchemaId, file.FullPath));
    }

    [Theory]
    [MemberData(nameof(RejectedExamples))]
    public async Task Rejected_example_is_refused_at_the_path_its_README_names(string example)
    {
        var file = DocumentedExamples.Named(example);

        var result = await ValidateAsync(file.SchemaId, file.FullPath);

        // A member of the wrong JSON type is one error among the others (MMP004 at its path), like any broken rule.
        var lines = CliAssert.ReportsErrors(result);
        Assert.True(CliAssert.HasErrorAt(lines, file.RejectedPath!), result.ToString());
        if (file.HasWrongType)
            Assert.Contains(lines, l => l.StartsWith($"MMP004 {file.RejectedPath} ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NotJsonExamples))]
    public async Task Not_JSON_example_is_unreadable(string example)
    {
        var file = DocumentedExamples.Named(example);

        var line = CliAssert.FailsWithOneLine(await ValidateAsync(file.SchemaId, file.FullPath));

        Assert.Contains("not valid JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Airbridge_event_with_neither_user_id_nor_device_id_breaks_the_identifier_rule()
    {
        var payload = JsonNode.Parse(DocumentedExamples.Named("airbridge.app/request-payload.json").Bytes)!;
        payload["user"]!.AsObject().Remove("externalUserID");
        payload["device"]!.AsObject().Remove("deviceUUID");

        var result = await ValidateAsync("airbridge.app", "-", Encoding.UTF8.GetBytes(payload.ToJsonString()));

        var line = Assert.Single(CliAssert.ReportsErrors(result));
        Assert.StartsWith("MMP001 $ ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppsFlyer_event_with_the_vendor_time_format_is_OK()
    {
        var result = await ValidateAsync("appsflyer.s2s", "-", AppsFlyerEventAt("2024-05-15 12:17:01.123"));

        CliAssert.PrintsOk(result);
    }

    [Theory]
    [InlineData("2024-05-15T12:17:01Z")]
    [InlineData("2024-05-15T12:17:01.123+09:00")]
    public async Task AppsFlyer_event_with_an_ISO_time_breaks_the_timestamp_format(string isoTime)
    {
        var result = await ValidateAsync("appsflyer.s2s", "-", AppsFlyerEventAt(isoTime));

        var line = Assert.Single(CliAssert.ReportsErrors(result));
        Assert.StartsWith("MMP004 $.eventTime ", line, StringComparison.Ordinal);
        Assert.Contains(isoTime, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_lines_are_UTF8()
    {
        var result = await ValidateAsync("appsflyer.s2s", "-", AppsFlyerEventAt("2024년 5월 15일"));

        var line = Assert.Single(CliAssert.ReportsErrors(result));
        Assert.Contains("\"2024년 5월 15일\"", line, StringComparison.Ordinal);
    }

    private static byte[] AppsFlyerEventAt(string eventTime) =>
        Encoding.UTF8.GetBytes(AppsFlyerEvent.Replace("TIME", eventTime, StringComparison.Ordinal));

    private static Task<CliResult> ValidateAsync(string schemaId, string file, byte[]? stdin = null) =>
        CliProcess.RunAsync(["validate", "--schema", schemaId, file], stdin);
}
