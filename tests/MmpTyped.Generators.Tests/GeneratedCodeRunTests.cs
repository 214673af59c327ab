using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using System.Text;
using MmpTyped.Generators.Tests.Infrastructure;

namespace MmpTyped.Generators.Tests;

/// <summary>The custom schema's generated code, compiled and loaded once for the tests of this class.</summary>
public sealed class PulseAssemblyFixture : IDisposable
{
    private readonly LoadedAssembly _loaded = LoadedAssembly.Emit(GeneratorHarness.Run(TestSchemas.Custom()).OutputCompilation);

    internal Type Type(string name) => _loaded.GetType(CustomSchema.Namespace + "." + name);

    public void Dispose() => _loaded.Dispose();
}

/// <summary>
/// The generated code does what the schema says when it runs: built by reflection it writes the
/// vendor's JSON, parsing and writing round-trips a document (unknown members included), and each
/// broken rule gives its MMP code at its JSON path.
/// </summary>
public sealed class GeneratedCodeRunTests(PulseAssemblyFixture assembly) : IClassFixture<PulseAssemblyFixture>
{
    private const string KnownMembers =
        """{"event_name":"purchase","quantity":2,"platform":"android","currency":"EUR","occurred_at":1767225600000,"user_id":"u-42","device":{"device_id":"ad-1","model":"Pixel 9","os_version":"15"},"items":[{"sku":"A-1","price":9.99},{"sku":"B-2"}]""";

    private const string Document = KnownMembers + ""","campaign":{"name":"spring","week":12}}""";

    [Fact]
    public void An_instance_built_in_code_writes_the_vendor_json_and_is_valid()
    {
        var device = Create("PulseDevice", ("DeviceId", "ad-1"), ("Model", "Pixel 9"), ("OsVersion", "15"));
        var items = (IList)Activator.CreateInstance(typeof(System.Collections.Generic.List<>).MakeGenericType(assembly.Type("PulseItem")))!;
        items.Add(Create("PulseItem", ("Sku", "A-1"), ("Price", 9.99m)));
        items.Add(Create("PulseItem", ("Sku", "B-2")));
        var platform = Enum.Parse(assembly.Type("PulseEventPlatform"), "Android");

        var message = (IMmpEvent)Create("PulseEvent",
            ("EventName", "purchase"), ("Quantity", 2), ("Platform", platform), ("Currency", "EUR"),
            ("OccurredAt", DateTimeOffset.FromUnixTimeMilliseconds(1767225600000)), ("UserId", "u-42"),
            ("Device", device), ("Items", items));

        Assert.Equal(KnownMembers + "}", MmpJson.Serialize(message));
        Assert.True(message.Validate().IsValid, Describe(message.Validate()));
    }

    [Fact]
    public void Parse_then_write_round_trips_the_document_with_its_unknown_members()
    {
        var message = Parse(Document);

        Assert.Equal(Document, MmpJson.Serialize(message));
        Assert.True(message.Validate().IsValid, Describe(message.Validate()));
    }

    [Fact]
    public void The_record_names_its_schema()
    {
        var schemaId = typeof(GeneratedCodeRunTests).GetMethod(nameof(SchemaIdOf), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(assembly.Type("PulseEvent"))
            .Invoke(null, null);

        Assert.Equal(CustomSchema.Id, schemaId);
    }

    [Theory]
    [InlineData("\"event_name\":\"purchase\",", "", "MMP003", "$.event_name")]
    [InlineData("\"quantity\":2", "\"quantity\":0", "MMP004", "$.quantity")]
    [InlineData("\"quantity\":2", "\"quantity\":101", "MMP004", "$.quantity")]
    [InlineData("\"platform\":\"android\"", "\"platform\":\"tv\"", "MMP004", "$.platform")]
    [InlineData("\"currency\":\"EUR\"", "\"currency\":\"eur\"", "MMP004", "$.currency")]
    [InlineData("\"user_id\":\"u-42\",\"device\":{\"device_id\":\"ad-1\",", "\"device\":{", "MMP001", "$")]
    [InlineData("\"model\":\"Pixel 9\",", "", "MMP002", "$.device.model")]
    [InlineData("{\"sku\":\"B-2\"}", "{\"price\":1}", "MMP003", "$.items[1].sku")]
    [InlineData("\"price\":9.99", "\"price\":-1", "MMP004", "$.items[0].price")]
    public void A_broken_rule_gives_its_code_at_its_path(string original, string replacement, string code, string path)
    {
        Assert.Contains(original, Document, StringComparison.Ordinal);
        var message = Parse(Document.Replace(original, replacement, StringComparison.Ordinal));

        var error = Assert.Single(message.Validate().Errors);

        Assert.Equal((code, path), (error.Code, error.Path));
    }

    [Fact]
    public void A_null_device_id_does_not_require_its_companions()
    {
        var message = Parse(Document.Replace("\"device_id\":\"ad-1\",\"model\":\"Pixel 9\",", "\"device_id\":null,", StringComparison.Ordinal));

        Assert.True(message.Validate().IsValid, Describe(message.Validate()));
    }

    private object Create(string typeName, params (string Property, object Value)[] values)
    {
        var type = assembly.Type(typeName);
        var instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in values)
            type.GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(instance, value);
        return instance;
    }

    private IMmpEvent Parse(string json)
    {
        var parse = typeof(GeneratedCodeRunTests).GetMethod(nameof(ParseAs), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(assembly.Type("PulseEvent"));
        return (IMmpEvent)parse.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [Encoding.UTF8.GetBytes(json)], null)!;
    }

    // The generated record's static members, called through the interface contract they implement.
    private static T ParseAs<T>(byte[] utf8Json) where T : class, IMmpEvent<T> => T.Parse(utf8Json);

    private static string SchemaIdOf<T>() where T : class, IMmpEvent<T> => T.SchemaId;

    private static string Describe(MmpValidationResult result) =>
        string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Path} {e.Message}"));
}
