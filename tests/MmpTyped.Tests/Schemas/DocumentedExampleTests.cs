using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NJsonSchema.Validation;

using MmpTyped.Testing;

namespace MmpTyped.Tests.Schemas;

/// <summary>Every example payload in the vendor documents, checked against its schema.</summary>
public sealed class DocumentedExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in DocumentedExamples.All)
            data.Add(example.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_meets_the_expectation_its_README_states(string name)
    {
        var example = DocumentedExamples.All.Single(e => e.ToString() == name);
        switch (example.Outcome)
        {
            case ExampleOutcome.Accepted:
                SchemaAssert.Accepts(example.SchemaId, example.Text);
                break;
            case ExampleOutcome.Rejected:
                SchemaAssert.Rejects(example.SchemaId, example.Text, example.RejectedPath!,
                    Enum.Parse<ValidationErrorKind>(example.RejectedKind!));
                break;
            case ExampleOutcome.NotJson:
                Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(example.Text));
                break;
        }
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Every_example_file_has_a_README_line_and_every_line_a_file(string schemaId)
    {
        var folder = DocumentedExamples.Folder(schemaId);
        Assert.True(Directory.Exists(folder), $"{folder} is missing: every schema has documented examples.");
        var files = Directory.GetFiles(folder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        var listed = DocumentedExamples.All.Where(e => e.SchemaId == schemaId).Select(e => e.File).Order(StringComparer.Ordinal);

        Assert.Equal(files, listed);
        Assert.NotEmpty(listed);
    }

    public static TheoryData<string> SchemaIds() => new(SchemaValidator.SchemaIds);
}
