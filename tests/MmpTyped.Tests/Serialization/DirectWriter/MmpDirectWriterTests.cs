using System;
using System.Buffers;
using MmpTyped.Airbridge;
using MmpTyped.Runtime;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>The direct writer's memory safety and allocations, apart from what it writes.</summary>
public sealed class MmpDirectWriterTests
{
    private static AirbridgeAppEvent Event(string userId) => new()
    {
        User = new AirbridgeUser { ExternalUserID = userId },
        App = new AirbridgeApp { PackageName = "com.example.shop" },
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "c", CustomAttributes = new MmpAttributes { ["k"] = userId } } },
    };

    [Fact]
    public void An_output_that_gives_less_than_asked_makes_it_throw_not_write_past()
    {
        var output = new ShortBufferWriter();

        var error = Assert.Throws<InvalidOperationException>(() => MmpJson.Serialize(Event(new string('a', 1000)), output));

        Assert.Contains("asked for", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain ASCII")]
    [InlineData("한국어 \u2028 \ud83d\ude00 \"quoted\" and long enough to rent an escape buffer from the pool: ....................................................................................")]
    public void Serializing_allocates_nothing_after_warm_up(string userId)
    {
        var record = Event(userId);
        var output = new ArrayBufferWriter<byte>(4096);
        MmpJson.Serialize(record, output);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            output.ResetWrittenCount();
            MmpJson.Serialize(record, output);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_member_outside_an_object_is_refused()
    {
        var output = new ArrayBufferWriter<byte>();
        var writer = new MmpDirectWriter(output);
        writer.StartArray();

        InvalidOperationException? error = null;
        try
        {
            writer.String(",\"a\":"u8, "x");
        }
        catch (InvalidOperationException caught)
        {
            error = caught;
        }

        Assert.NotNull(error);
    }

    /// <summary>An output that breaks its contract: it hands out 16 bytes whatever size is asked for.</summary>
    private sealed class ShortBufferWriter : IBufferWriter<byte>
    {
        private readonly byte[] _chunk = new byte[16];

        public void Advance(int count) => Assert.InRange(count, 0, _chunk.Length);

        public Memory<byte> GetMemory(int sizeHint = 0) => _chunk;

        public Span<byte> GetSpan(int sizeHint = 0) => _chunk;
    }
}
