using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MmpTyped.Schemas;
using MmpTyped.Tests.Schemas;

using MmpTyped.Testing;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Every example payload of the vendor documents, through the generated records: it parses, validates
/// as the independent validator says, and writes back to equal JSON (compared as JSON, not as text).
/// </summary>
public sealed class DocumentedExampleRecordTests
{
    public static TheoryData<string> JsonExamples() => Examples(e => e.Outcome != ExampleOutcome.NotJson);

    // A value of the wrong JSON type (the schema's "...Expected" kinds) cannot be held by a typed record:
    // those examples are unreadable by design, and the validation test checks the parse names the path.
    public static TheoryData<string> ReadableExamples() =>
        Examples(e => e.Parses);

    private static TheoryData<string> Examples(System.Func<DocumentedExample, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var example in DocumentedExamples.All.Where(filter))
            data.Add(example.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(ReadableExamples))]
    public void Example_round_trips_to_equal_JSON(string name)
    {
        var example = Find(name);
        var bytes = File.ReadAllBytes(example.FullPath);

        var record = MmpSchemaCatalog.Get(example.SchemaId).Parse(bytes);
        var written = MmpJson.Serialize(record);

        JsonAssert.Equal(JsonNode.Parse(bytes), JsonNode.Parse(written));
    }

    [Theory]
    [MemberData(nameof(JsonExamples))]
    public void Example_validates_as_the_independent_validator_says(string name)
    {
        var example = Find(name);
        var schema = MmpSchemaCatalog.Get(example.SchemaId);
        var bytes = File.ReadAllBytes(example.FullPath);

        if (example.Outcome == ExampleOutcome.Accepted)
        {
            var result = schema.Parse(bytes).Validate();
            Assert.True(result.IsValid, $"{name}: {result}");
            return;
        }

        // A value of the wrong JSON type cannot be held by the record: the parse names the same path.
        // Any other broken rule parses, and Validate() reports it there.
        try
        {
            var result = schema.Parse(bytes).Validate();
            Assert.Contains(result.Errors, e => e.Path == example.RejectedPath);
        }
        catch (MmpParseException error)
        {
            Assert.Equal(example.RejectedPath, error.Path);
        }
    }

    private static DocumentedExample Find(string name) => DocumentedExamples.All.Single(e => e.ToString() == name);
}
