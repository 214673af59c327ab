using System.Linq;
using MmpTyped.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// The generated sources compile, against the .NET 10 reference assemblies and MmpTyped.dll, with
/// nullable analysis and documentation checks on: what a user's project sees.
/// </summary>
public sealed class CompileOutputTests
{
    [Fact]
    public void Custom_schema_output_compiles_without_errors_or_warnings()
    {
        var run = GeneratorHarness.Run(TestSchemas.Custom());

        Assert.NotEmpty(run.Sources);
        run.AssertCompiles();
    }

    /// <summary>
    /// A schema need not describe every object and member: the generated public API still carries
    /// documentation, so a project with GenerateDocumentationFile and warnings as errors builds (CS1591).
    /// </summary>
    [Fact]
    public void Output_of_a_schema_without_descriptions_has_no_missing_xml_comments()
    {
        var schema = InMemoryAdditionalText.Schema("acme.bare", """
            {
              "x-mmp-id": "acme.bare",
              "x-mmp-namespace": "Acme.Bare",
              "x-mmp-type": "BareEvent",
              "x-mmp-direction": "outbound",
              "type": "object",
              "properties": {
                "name": { "type": "string" },
                "kind": { "type": "string", "enum": ["a", "b"] },
                "item": { "type": "object", "x-mmp-type": "BareItem", "properties": { "id": { "type": "integer" } } }
              }
            }
            """);

        var run = GeneratorHarness.Run(schema);

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles();
    }

    /// <summary>
    /// MmpTyped.dll already holds the records of the built-in schemas, in the same namespaces: compiled
    /// again, the source types win over the referenced ones (CS0436, a warning that says exactly that).
    /// Nothing else may be reported.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestSchemas.BuiltInIdData), MemberType = typeof(TestSchemas))]
    public void Built_in_schema_output_compiles_without_errors(string schemaId)
    {
        var run = GeneratorHarness.Run(TestSchemas.BuiltIn(schemaId));

        Assert.NotEmpty(run.Sources);
        run.AssertCompiles("CS0436");
    }

    [Fact]
    public void All_built_in_schemas_together_compile_without_errors()
    {
        var run = GeneratorHarness.Run(TestSchemas.BuiltInIds.Select(TestSchemas.BuiltIn).ToArray<AdditionalText>());

        Assert.Empty(run.Result.Diagnostics);
        run.AssertCompiles("CS0436");
    }
}
