using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary>
/// Input that is not a readable message: both commands refuse it with exit 2 and exactly one line on
/// stderr naming the input, never a stack trace and never a hang (<see cref="CliProcess.DefaultTimeout"/>),
/// whether it comes from a file or from standard input.
/// </summary>
public sealed class BadInputTests
{
    private const int Depth = 100_000;

    /// <summary>Each bad input: the schema it is read as, its bytes, and a part of the stderr line that says what is wrong.</summary>
    private static readonly Dictionary<string, (string SchemaId, byte[] Bytes, string Says)> Inputs = new()
    {
        ["truncated JSON"] = ("appsflyer.s2s", Utf8("""{"eventName":"af_purchase","appsflyer_id":"""), "$.appsflyer_id: not valid JSON"),
        ["100,000 nested arrays at the root"] = ("airbridge.app", Utf8(Nested("[", "", "]", Depth)), "$: expected an object, found an array"),
        ["100,000 nested objects at the root"] = ("airbridge.app", Utf8(Nested("""{"a":""", "1", "}", Depth)), "not valid JSON"),
        ["100,000 nested arrays inside a member"] = ("airbridge.app", InsideMember(Nested("[", "", "]", Depth)), "$.user.attributes.deep: not valid JSON"),
        ["100,000 nested objects inside a member"] = ("airbridge.app", InsideMember(Nested("""{"a":""", "1", "}", Depth)), "$.user.attributes.deep: not valid JSON"),
        ["invalid UTF-8 inside a string"] = ("appsflyer.s2s", [.. Utf8("""{"eventName":"af_"""), 0xC3, 0x28, .. Utf8("\"}")], "$.eventName: a string cannot be read as text (invalid UTF-8"),
        ["an empty file"] = ("appsflyer.s2s", [], "$: "),
        ["a JSON array instead of an object"] = ("appsflyer.s2s", Utf8("""[{"eventName":"af_purchase"}]"""), "$: expected an object, found an array"),
    };

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var command in new[] { "validate", "roundtrip" })
        {
            foreach (var input in Inputs.Keys)
            {
                data.Add(command, input, false);
                data.Add(command, input, true);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_refused_with_one_line(string command, string input, bool throughStdin)
    {
        var (schemaId, bytes, says) = Inputs[input];
        using var file = new TempFile(bytes);
        var source = throughStdin ? "<stdin>" : file.Path;

        var result = throughStdin
            ? await CliProcess.RunAsync([command, "--schema", schemaId, "-"], bytes)
            : await CliProcess.RunAsync([command, "--schema", schemaId, file.Path]);

        var line = CliAssert.FailsWithOneLine(result);
        Assert.StartsWith($"mmptyped: {source}: $", line, StringComparison.Ordinal);
        Assert.Contains(says, line, StringComparison.Ordinal);
        Assert.Matches(@"\(byte \d+\)$", line);
    }

    [Fact]
    public async Task A_10_MB_string_is_read_and_validated_against_the_rules()
    {
        // Valid JSON and a valid Airbridge event: Airbridge states no length limit, so 10 MB in a label is OK.
        var payload = JsonNode.Parse(DocumentedExamples.Named("airbridge.app/request-payload.json").Bytes)!;
        payload["eventData"]!["goal"]!["semanticAttributes"]!["label"] = new string('x', 10_000_000);
        using var file = new TempFile(payload.ToJsonString());

        CliAssert.PrintsOk(await CliProcess.RunAsync(["validate", "--schema", "airbridge.app", file.Path]));
    }

    [Fact]
    public async Task A_10_MB_AppsFlyer_event_breaks_only_the_1_KB_size_limit()
    {
        using var file = new TempFile(TenMegabyteAppsFlyerEvent());

        var result = await CliProcess.RunAsync(["validate", "--schema", "appsflyer.s2s", file.Path]);

        var line = Assert.Single(CliAssert.ReportsErrors(result));
        Assert.StartsWith("MMP005 $ ", line, StringComparison.Ordinal);
        Assert.Contains("1024", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_10_MB_event_comes_back_whole_through_standard_input()
    {
        var json = TenMegabyteAppsFlyerEvent();

        var result = await CliProcess.RunAsync(["roundtrip", "--schema", "appsflyer.s2s", "-"], Utf8(json));

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonAssert.SameMessage("appsflyer.s2s", json, result.Stdout);
    }

    private static string TenMegabyteAppsFlyerEvent() =>
        $$"""{"appsflyer_id":"1234567890123-1234567","eventName":"{{new string('x', 10_000_000)}}","eventValue":""}""";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Nested(string open, string inner, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    // A known open member (user.attributes keeps unknown values) of an otherwise valid Airbridge event.
    private static byte[] InsideMember(string value) =>
        Utf8("""{"user":{"externalUserID":"19443","attributes":{"deep":""" + value + "}}}");
}
