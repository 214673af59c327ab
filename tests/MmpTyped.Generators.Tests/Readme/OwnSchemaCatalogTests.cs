using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Schemas;

namespace MmpTyped.Generators.Tests.Readme;

/// <summary>
/// A schema compiled into the user's assembly is known to the runtime's catalog once that assembly is
/// loaded, like a built-in one: its endpoint, direction and record parser (no KeyNotFoundException).
/// The built-in schemas, which the catalog has already, are not registered again.
/// </summary>
public sealed class OwnSchemaCatalogTests
{
    [Fact]
    public void A_loaded_assembly_registers_its_own_schema_with_the_catalog()
    {
        var run = GeneratorHarness.Run(TestSchemas.Custom());
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        RuntimeHelpers.RunModuleConstructor(assembly.Assembly.ManifestModule.ModuleHandle);

        var schema = MmpSchemaCatalog.Get(CustomSchema.Id);
        Assert.Equal("Contoso.Pulse.PulseEvent", schema.TypeName);
        Assert.Equal(MmpDirection.Outbound, schema.Direction);
        Assert.Equal(["POST"], schema.Methods);
        Assert.Equal("https://pulse.contoso.example/v1/{app_id}/events", schema.Url);
        Assert.StartsWith("""{"x-mmp-id":"contoso.pulse",""", Encoding.UTF8.GetString(schema.Json.Span), System.StringComparison.Ordinal);
        Assert.Contains(MmpSchemaCatalog.All, s => s.Id == CustomSchema.Id);
        var record = schema.Parse("""{"event_name":"purchase","user_id":"u-1"}"""u8);
        Assert.Equal("Contoso.Pulse.PulseEvent", record.GetType().FullName);
        Assert.True(record.Validate().IsValid);
    }

    [Fact]
    public void Built_in_schemas_compiled_as_shipped_register_nothing()
    {
        var run = GeneratorHarness.Run(TestSchemas.BuiltInIds.Select(TestSchemas.BuiltIn).ToArray<Microsoft.CodeAnalysis.AdditionalText>());

        var table = run.Sources.Single(s => s.HintName == "MmpTyped.Generated.MmpGeneratedRecords.g.cs").Text;
        Assert.DoesNotContain("ModuleInitializer", table, System.StringComparison.Ordinal);
    }
}
