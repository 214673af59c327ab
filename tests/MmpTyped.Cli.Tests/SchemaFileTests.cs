using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary>
/// <c>validate|roundtrip --schema-file PATH</c>: a schema of the user's own, compiled by the real generator
/// in memory, so the tool applies the rules the user's build compiles. Each run compiles C#, so these
/// runs get a longer limit than the others.
/// </summary>
public sealed class SchemaFileTests : IDisposable
{
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(3);

    private const string Schema = """
        {
          "$schema": "http://json-schema.org/draft-07/schema#",
          "description": "An order event of a made-up vendor.",
          "x-mmp-id": "acme.orders",
          "x-mmp-namespace": "Acme.Orders",
          "x-mmp-type": "AcmeOrder",
          "x-mmp-direction": "outbound",
          "type": "object",
          "required": ["order_id", "items"],
          "properties": {
            "order_id": { "type": "string", "pattern": "^o-[0-9]+$", "description": "The order's id." },
            "s2s": { "const": "1", "description": "Always 1." },
            "items": {
              "type": "array",
              "items": {
                "type": "object",
                "x-mmp-type": "AcmeOrderItem",
                "required": ["sku"],
                "properties": {
                  "sku": { "type": "string", "minLength": 1, "description": "The item." },
                  "price": { "type": "number", "x-mmp-money": true, "minimum": 0, "description": "Its price." }
                }
              },
              "description": "What was bought."
            }
          }
        }
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("mmptyped-schema-file-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Task<CliResult> RunAsync(params string[] args) => CliProcess.RunAsync(args, timeout: CompileTimeout);

    [Fact]
    public async Task A_valid_message_of_an_own_schema_prints_OK()
    {
        var schema = Write("acme.orders.schema.json", Schema);
        var message = Write("order.json", """{"order_id":"o-17","s2s":"1","items":[{"sku":"A1","price":9.5}]}""");

        CliAssert.PrintsOk(await RunAsync("validate", "--schema-file", schema, message));
    }

    [Fact]
    public async Task An_invalid_message_prints_each_broken_rule_of_the_own_schema()
    {
        var schema = Write("acme.orders.schema.json", Schema);
        var message = Write("order.json", """{"order_id":"17","s2s":"2","items":[{"sku":"","price":-1}]}""");

        var lines = CliAssert.ReportsErrors(await RunAsync("validate", message, "--schema-file", schema));

        string[] expected =
        [
            "MMP004 $.order_id 'order_id' must match ^o-[0-9]+$; it is \"17\".",
            "MMP004 $.s2s 's2s' must be \"1\"; it is \"2\".",
            "MMP004 $.items[0].sku 'sku' must be at least 1 character long; it is \"\".",
            "MMP004 $.items[0].price 'price' must be at least 0; it is -1.",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), lines.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Roundtrip_writes_the_constant_the_message_lacked()
    {
        var schema = Write("acme.orders.schema.json", Schema);
        var message = Write("order.json", """{ "order_id": "o-17", "items": [ { "sku": "A1", "extra": true } ] }""");

        var result = await RunAsync("roundtrip", "--schema-file", schema, message);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["""{"order_id":"o-17","s2s":"1","items":[{"sku":"A1","extra":true}]}"""], result.StdoutLines);
    }

    [Fact]
    public async Task A_schema_with_errors_prints_its_diagnostics_with_file_and_line_and_exits_2()
    {
        // Line 15 of the schema: the array items object without its x-mmp-type.
        var schema = Write("acme.orders.schema.json", Schema.Replace("\"x-mmp-type\": \"AcmeOrderItem\",", "", StringComparison.Ordinal));
        var message = Write("order.json", """{"order_id":"o-17","items":[]}""");

        var result = await RunAsync("validate", "--schema-file", schema, message);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith(schema + "(15,16): error MMP102: ", line, StringComparison.Ordinal);
        Assert.Contains("x-mmp-type", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schema_that_is_not_json_is_MMP101_at_its_line()
    {
        var schema = Write("acme.orders.schema.json", "{\n  \"x-mmp-id\": \"acme.orders\",\n}");
        var message = Write("order.json", "{}");

        var result = await RunAsync("roundtrip", "--schema-file", schema, message);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches(@"\(3,\d+\): error MMP101: ", Assert.Single(result.StderrLines));
    }

    [Fact]
    public async Task A_file_not_named_like_a_schema_is_a_usage_error()
    {
        var schema = Write("orders.json", Schema);
        var message = Write("order.json", "{}");

        var result = await RunAsync("validate", "--schema-file", schema, message);

        CliAssert.RefusesUsage(result, "validate", "the schema file must be named <x-mmp-id>.schema.json");
    }

    [Fact]
    public async Task A_missing_schema_file_is_named()
    {
        var missing = Path.Combine(_folder.FullName, "acme.orders.schema.json");
        var message = Write("order.json", "{}");

        var result = await RunAsync("validate", "--schema-file", missing, message);

        CliAssert.RefusesUsage(result, "validate", $"schema file not found: '{missing}'");
    }

    [Fact]
    public async Task Schema_and_schema_file_together_is_a_usage_error()
    {
        var schema = Write("acme.orders.schema.json", Schema);
        var message = Write("order.json", "{}");

        var result = await RunAsync("validate", "--schema", "airbridge.app", "--schema-file", schema, message);

        CliAssert.RefusesUsage(result, "validate", "--schema and --schema-file given together");
    }

    public static TheoryData<string> RejectedExamples() => DocumentedExamples.Names(e => e.Outcome == ExampleOutcome.Rejected && e.Parses);

    /// <summary>
    /// A built-in schema given as a file (with a changed description, so that its own generated records,
    /// not the built-in ones, answer) reports exactly what <c>--schema ID</c> reports.
    /// </summary>
    [Theory]
    [MemberData(nameof(RejectedExamples))]
    public async Task A_copy_of_a_built_in_schema_reports_what_the_built_in_one_does(string example)
    {
        var file = DocumentedExamples.Named(example);
        var text = File.ReadAllText(Path.Combine(RepoPaths.Schemas, file.SchemaId + ".schema.json"));
        var copy = Write(file.SchemaId + ".schema.json", text.Replace("\"description\": \"", "\"description\": \"(a copy) ", StringComparison.Ordinal));

        var builtIn = await CliProcess.RunAsync(["validate", "--schema", file.SchemaId, file.FullPath]);
        var own = await RunAsync("validate", "--schema-file", copy, file.FullPath);

        Assert.True(builtIn.ExitCode == 1, builtIn.ToString());
        Assert.Equal(builtIn.ToString(), own.ToString());
    }

    [Fact]
    public async Task Help_names_the_schema_file_option()
    {
        var result = await CliProcess.RunAsync(["--help"]);

        Assert.Contains("--schema-file <path>", result.Stdout, StringComparison.Ordinal);
    }
}
