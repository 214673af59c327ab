using System;
using System.Globalization;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests.Rules;

/// <summary>
/// Schemas the generator must either lower into code that compiles or refuse with an MMP1xx diagnostic:
/// never a C# error in the generated code.
/// </summary>
public sealed class SchemaNameAndShapeTests
{
    private const string Endpoint =
        ",\n  \"x-mmp-endpoint\": { \"method\": \"POST\", \"url\": \"https://acme.example/{app_id}/events\" }"
        + ",\n  \"x-mmp-path-parameters\": { \"app_id\": { \"type\": \"string\", \"description\": \"The app.\" } }";

    [Theory]
    [InlineData("build_url")]
    [InlineData("write_to")]
    [InlineData("unknown_members")]
    public void A_member_named_like_a_generated_member_is_refused_with_an_MMP1xx_diagnostic(string member)
    {
        var text = MiniSchema.Text("acme.mini", "MiniEvent", $"\"{member}\": {{ \"type\": \"string\", \"description\": \"A member.\" }}", Endpoint);
        var schema = InMemoryAdditionalText.Schema("acme.mini", text);

        var run = GeneratorHarness.Run(schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.StartsWith("MMP1", diagnostic.Id, StringComparison.Ordinal);
        Assert.Contains("a name the generated class needs", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        run.AssertCompiles();
    }

    [Fact]
    public void An_object_type_without_properties_compiles()
    {
        var text = MiniSchema.Text("acme.mini", "MiniEvent",
            "\"name\": { \"type\": \"string\", \"description\": \"A name.\" },\n"
            + "    \"empty\": { \"type\": \"object\", \"x-mmp-type\": \"MiniEmpty\", \"description\": \"Nothing yet.\", \"properties\": { } }");
        var schema = InMemoryAdditionalText.Schema("acme.mini", text);

        var run = GeneratorHarness.Run(schema);

        Assert.Empty(run.Result.Diagnostics);
        Assert.Contains("Acme.Mini.MiniEmpty.g.cs", run.HintNames);
        run.AssertCompiles();
    }
}
