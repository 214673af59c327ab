using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using MmpTyped.Schemas;
using MmpTyped.Tests.Schemas;

using MmpTyped.Testing;

namespace MmpTyped.Tests.Records;

/// <summary>
/// The zero-allocation contract: after warm-up, writing a record into a reused buffer and validating a
/// valid record allocate nothing, for every vendor record, built in C# or parsed from the vendor's own example.
/// </summary>
[Collection(MmpTyped.Tests.Records.AllocationCollection.Name)]
public sealed class RecordAllocationTests
{
    private const int Calls = 100;

    /// <summary>Each record, and whether it is valid (an invalid one allocates its errors, by design).</summary>
    private static readonly Dictionary<string, (Func<IMmpEvent> Build, bool Valid)> Records = new()
    {
        ["appsflyer.s2s built, eventValue JSON in a string"] = (SampleRecords.AppsFlyerPurchase, true),
        ["appsflyer.s2s spec-ios-field-examples.json"] = (() => Example("appsflyer.s2s", "spec-ios-field-examples.json", json => json["eventName"] = "af_purchase"), false),
        ["airbridge.app built, products and customAttributes"] = (() => SampleRecords.AirbridgeAppOrder(DateTimeOffset.UtcNow.AddMinutes(-5)), true),
        ["airbridge.app request-payload.json"] = (() => Example("airbridge.app", "request-payload.json"), true),
        ["airbridge.web built, products and customAttributes"] = (() => SampleRecords.AirbridgeWebOrder(DateTimeOffset.UtcNow.AddMinutes(-5)), true),
        ["airbridge.web built, anonymous with tracking params"] = (() => SampleRecords.AirbridgeWebAnonymousView(DateTimeOffset.UtcNow.AddMinutes(-5)), true),
        ["affise.s2s built"] = (SampleRecords.AffisePurchase, true),
        ["affise.s2s max-event.json"] = (() => Example("affise.s2s", "max-event.json"), true),
        ["appsflyer.push.v1 built"] = (SampleRecords.PushV1InAppEvent, true),
        ["appsflyer.push.v1 v1-non-organic-in-app-event-ios.json"] = (() => Example("appsflyer.push.v1", "v1-non-organic-in-app-event-ios.json"), true),
        ["appsflyer.push.v2 built"] = (SampleRecords.PushV2InAppEvent, true),
        ["appsflyer.push.v2 appsflyer-push-v2-example.json"] = (() => Example("appsflyer.push.v2", "appsflyer-push-v2-example.json"), true),
    };

    public static TheoryData<string> AllRecords() => new(Records.Keys);

    public static TheoryData<string> ValidRecords() => new(Records.Where(r => r.Value.Valid).Select(r => r.Key));

    [Theory]
    [MemberData(nameof(AllRecords))]
    public void Serializing_into_a_reused_buffer_allocates_nothing(string record)
    {
        var message = Records[record].Build();
        var buffer = new ArrayBufferWriter<byte>(8192);

        var allocated = BytesAllocatedBy(() =>
        {
            buffer.ResetWrittenCount();
            MmpJson.Serialize(message, buffer);
        });

        Assert.True(buffer.WrittenCount > 0);
        Assert.Equal(0, allocated);
    }

    [Theory]
    [MemberData(nameof(ValidRecords))]
    public void Validating_a_valid_record_allocates_nothing(string record)
    {
        var message = Records[record].Build();
        ValidationAssert.Valid(message.Validate());

        var allocated = BytesAllocatedBy(() => message.Validate());

        Assert.Equal(0, allocated);
    }

    /// <summary>Bytes this thread allocates over <see cref="Calls"/> calls, after three warm-up calls.</summary>
    private static long BytesAllocatedBy(Action action)
    {
        for (var i = 0; i < 3; i++)
            action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Calls; i++)
            action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static IMmpEvent Example(string schemaId, string file, Action<JsonObject>? edit = null)
    {
        var bytes = File.ReadAllBytes(Path.Combine(DocumentedExamples.Folder(schemaId), file));
        if (edit is not null)
        {
            var json = JsonNode.Parse(bytes)!.AsObject();
            edit(json);
            bytes = Wire.Utf8(json);
        }
        return MmpSchemaCatalog.Get(schemaId).Parse(bytes);
    }
}
