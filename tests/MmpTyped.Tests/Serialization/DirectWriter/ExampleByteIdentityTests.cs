using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json.Nodes;
using MmpTyped.AppsFlyer;
using MmpTyped.Schemas;
using MmpTyped.Testing;
using MmpTyped.Tests.Push;
using MmpTyped.Tests.Records;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// The direct UTF-8 writer against <c>WriteTo(Utf8JsonWriter)</c>, byte for byte, on every payload the
/// repository holds: the vendor documents' examples, the records the round-trip tests build (with members
/// the schema does not know added at the root and deeper), and the Push API mutants the parser survives.
/// </summary>
public sealed class ExampleByteIdentityTests
{
    public static TheoryData<string> ReadableExamples() => DocumentedExamples.Names(e => e.Parses);

    [Theory]
    [MemberData(nameof(ReadableExamples))]
    public void Every_documented_example_comes_out_the_same_from_both_writers(string name)
    {
        var example = DocumentedExamples.Named(name);
        var record = MmpSchemaCatalog.Get(example.SchemaId).Parse(File.ReadAllBytes(example.FullPath));

        BothWriters.AssertSameBytes(record, name);
    }

    private static readonly DateTimeOffset HappenedAt = new(2026, 1, 15, 11, 0, 0, 250, TimeSpan.Zero);

    private static readonly Dictionary<string, Func<IMmpEvent>> Samples = new()
    {
        ["appsflyer.s2s"] = SampleRecords.AppsFlyerPurchase,
        ["airbridge.app"] = () => SampleRecords.AirbridgeAppOrder(HappenedAt),
        ["airbridge.web signed in"] = () => SampleRecords.AirbridgeWebOrder(HappenedAt),
        ["airbridge.web anonymous"] = () => SampleRecords.AirbridgeWebAnonymousView(HappenedAt),
        ["affise.s2s"] = SampleRecords.AffisePurchase,
        ["appsflyer.push.v1"] = SampleRecords.PushV1InAppEvent,
        ["appsflyer.push.v2"] = SampleRecords.PushV2InAppEvent,
    };

    public static TheoryData<string> SampleNames() => new(Samples.Keys);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_record_built_in_code_comes_out_the_same_from_both_writers(string name) =>
        BothWriters.AssertSameBytes(Samples[name](), name);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void A_record_parsed_with_unknown_members_comes_out_the_same_from_both_writers(string name)
    {
        var record = Samples[name]();
        var json = JsonNode.Parse(MmpJson.SerializeToUtf8Bytes(record))!.AsObject();
        json["zz_unknown"] = JsonNode.Parse("""{"nested":[1,2.50,"x\u2028y",null,true],"e":1e400,"s":"\u00e9\ud83d\ude00<&>"}""");
        json["zz_number"] = JsonNode.Parse("-0.000");
        json["zz_text"] = "tab\there \"quoted\" \\ \u007f \ufeff";

        var parsed = MmpSchemaCatalog.Get(SchemaId(name)).Parse(Wire.Utf8(json));

        Assert.NotNull(parsed.GetType().GetProperty("UnknownMembers")!.GetValue(parsed));
        BothWriters.AssertSameBytes(parsed, name + " with unknown members");
    }

    [Fact]
    public void Push_API_mutants_that_parse_come_out_the_same_from_both_writers()
    {
        var mutator = new PushMutator(PushMutator.LoadSeeds());
        var compared = 0;
        for (var i = 0; i < 600; i++)
        {
            var mutant = mutator.Next(i);
            IMmpEvent record;
            try
            {
                record = mutant.Seed.StartsWith("v1-", StringComparison.Ordinal)
                    ? AppsFlyerPushV1Message.Parse(mutant.Bytes)
                    : AppsFlyerPushV2Message.Parse(mutant.Bytes);
            }
            catch (MmpParseException)
            {
                continue;
            }
            BothWriters.AssertSameBytes(record, mutant.Describe());
            compared++;
        }
        Assert.True(compared > 200, $"only {compared} of 600 mutants parsed");
    }

    private static string SchemaId(string sampleName) => sampleName.Split(' ')[0];
}
