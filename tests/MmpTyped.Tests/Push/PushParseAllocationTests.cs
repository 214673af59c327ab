using System;
using System.Linq;
using MmpTyped.AppsFlyer;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Push;

/// <summary>
/// Parsing the real ~2.9 KB V2 message allocates the record and the strings it keeps, and nothing per
/// member besides: no boxing, no temporary strings for times, numbers or member names.
/// </summary>
[Collection(MmpTyped.Tests.Records.AllocationCollection.Name)]
public sealed class PushParseAllocationTests
{
    [Fact]
    public void Parsing_a_V2_message_allocates_only_the_record_and_the_strings_it_keeps()
    {
        var json = DocumentedExamples.Named("appsflyer.push.v2/appsflyer-push-v2-example.json").Bytes;
        var message = AppsFlyerPushV2Message.Parse(json); // warm-up
        var emptyRecord = Allocated(() => _ = new AppsFlyerPushV2Message { ApiVersion = "2.0" });
        var strings = typeof(AppsFlyerPushV2Message).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(message))
            .Where(s => s is not null)
            .Sum(s => StringBytes(s!.Length));
        var eventValue = StringBytes(message.EventValue!.OriginalJson!.Length) + 48; // its text, and the object holding it

        var parse = Allocated(() => _ = AppsFlyerPushV2Message.Parse(json));

        Assert.True(parse <= emptyRecord + strings + eventValue, $"parse allocated {parse} B; the record is {emptyRecord} B and its strings {strings} B, its event value {eventValue} B");
    }

    // A string of n chars on 64-bit .NET: header, method table, length, n+1 chars, rounded up to 8 bytes.
    private static long StringBytes(int length) => (8 + 8 + 4 + (2L * (length + 1)) + 7) / 8 * 8;

    private static long Allocated(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
