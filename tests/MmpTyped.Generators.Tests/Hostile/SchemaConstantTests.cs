using System;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests.Hostile;

/// <summary>
/// A schema's <c>const</c> (<c>"s2s": {"const": "1"}</c>) is a value the record always writes and the user
/// never sets: no property, no <c>required</c>. A parsed message with another value keeps it as it came and
/// <c>Validate()</c> reports it (MMP004), like every other value the vendor does not accept.
/// </summary>
public sealed class SchemaConstantTests
{
    private const string Properties = "\"name\": { \"type\": \"string\" },\n    \"s2s\": { \"const\": \"1\", \"description\": \"Always 1.\" }";

    [Fact]
    public void A_const_is_written_on_every_message_without_a_property_to_set()
    {
        var run = HostileRun.Survive(HostileRun.Mini(Properties, ",\n  \"required\": [\"s2s\"]"));
        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);
        var type = assembly.GetType("Acme.Mini.MiniEvent");

        Assert.Null(type.GetProperty("S2s"));
        var message = (IMmpEvent)Activator.CreateInstance(type)!;
        type.GetProperty("Name")!.SetValue(message, "a");
        Assert.Equal("""{"name":"a","s2s":"1"}""", MmpJson.Serialize(message));
        Assert.True(message.Validate().IsValid);
    }

    [Fact]
    public void A_parsed_other_value_is_kept_written_back_and_reported_MMP004_at_its_path()
    {
        var run = HostileRun.Survive(HostileRun.Mini(Properties));
        HostileRun.AssertGeneratedAndCompiles(run);
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        var message = HostileRun.Parse(assembly.GetType("Acme.Mini.MiniEvent"), """{"s2s":2,"name":"a"}""");

        var error = Assert.Single(message.Validate().Errors);
        Assert.Equal(("MMP004", "$.s2s", "'s2s' must be \"1\"; it is 2."), (error.Code, error.Path, error.Message));
        Assert.Equal("""{"name":"a","s2s":2}""", MmpJson.Serialize(message));
    }

    [Fact]
    public void A_parsed_equal_value_round_trips_and_is_valid()
    {
        var run = HostileRun.Survive(HostileRun.Mini(Properties));
        using var assembly = LoadedAssembly.Emit(run.OutputCompilation);

        var message = HostileRun.Parse(assembly.GetType("Acme.Mini.MiniEvent"), """{"name":"a","s2s":"1"}""");

        Assert.True(message.Validate().IsValid);
        Assert.Equal("""{"name":"a","s2s":"1"}""", MmpJson.Serialize(message));
    }

    [Theory]
    [InlineData("\"n\": { \"const\": 1 }", "string constants only")]
    [InlineData("\"n\": { \"type\": \"integer\", \"const\": \"1\" }", "another type")]
    [InlineData("\"n\": { \"type\": \"array\", \"items\": { \"const\": \"1\" } }", "on an object's property only")]
    public void A_const_the_generator_cannot_honour_is_MMP102_at_its_line(string properties, string reason)
    {
        var schema = HostileRun.Mini(properties);

        var run = HostileRun.Survive(schema);

        var diagnostic = Assert.Single(run.Result.Diagnostics);
        Assert.Equal("MMP102", diagnostic.Id);
        Assert.Contains(reason, HostileRun.Message(diagnostic), StringComparison.Ordinal);
    }
}
