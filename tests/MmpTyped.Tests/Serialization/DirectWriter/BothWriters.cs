using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using MmpTyped.Runtime;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// Writes a record both ways, <c>WriteTo(Utf8JsonWriter)</c> with <see cref="MmpJson.WriterOptions"/> and the
/// direct UTF-8 writer (through <see cref="MmpJson.Serialize(IMmpEvent, IBufferWriter{byte})"/>, and again into
/// an output that hands out only as many bytes as asked for), and requires the same bytes, or the same
/// exception type where <see cref="Utf8JsonWriter"/> refuses the record.
/// </summary>
internal static class BothWriters
{
    public static byte[] ThroughUtf8JsonWriter(IMmpEvent record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, MmpJson.WriterOptions))
            record.WriteTo(writer);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Direct(IMmpEvent record)
    {
        Assert.IsAssignableFrom<IMmpDirectWritable>(record);
        var buffer = new ArrayBufferWriter<byte>();
        MmpJson.Serialize(record, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] DirectInSmallChunks(IMmpEvent record)
    {
        var output = new ExactSizeBufferWriter();
        MmpJson.Serialize(record, output);
        return output.ToArray();
    }

    /// <summary>Both writers, byte for byte; <paramref name="what"/> names the case in a failure.</summary>
    public static void AssertSameBytes(IMmpEvent record, string what)
    {
        byte[] expected;
        try
        {
            expected = ThroughUtf8JsonWriter(record);
        }
        catch (Exception refused) when (refused is ArgumentException or InvalidOperationException)
        {
            var direct = Record.Exception(() => Direct(record));
            Assert.True(direct is not null, $"{what}: Utf8JsonWriter throws {refused.GetType().Name} ({refused.Message}); the direct writer wrote.");
            Assert.True(refused.GetType() == direct.GetType(), $"{what}: Utf8JsonWriter throws {refused.GetType().Name}, the direct writer {direct.GetType().Name} ({direct.Message}).");
            return;
        }
        AssertBytes(expected, Direct(record), what);
        AssertBytes(expected, DirectInSmallChunks(record), what + " (output in small chunks)");
    }

    private static void AssertBytes(byte[] expected, byte[] actual, string what)
    {
        if (expected.AsSpan().SequenceEqual(actual))
            return;
        var at = expected.AsSpan().CommonPrefixLength(actual);
        var from = Math.Max(0, at - 40);
        Assert.Fail($"{what}: the direct writer differs at byte {at} of {expected.Length} (it wrote {actual.Length}).\n"
            + $"Utf8JsonWriter: ...{Show(expected, from)}\n"
            + $"direct:         ...{Show(actual, from)}");
    }

    private static string Show(byte[] bytes, int from) =>
        from >= bytes.Length ? "" : Encoding.UTF8.GetString(bytes, from, Math.Min(100, bytes.Length - from));

    /// <summary>
    /// An output that gives exactly the size asked for (at least one byte) and checks that no more is
    /// advanced than it gave: every write that does not fit makes the writer ask again.
    /// </summary>
    private sealed class ExactSizeBufferWriter : IBufferWriter<byte>
    {
        private readonly List<byte> _written = [];
        private byte[] _current = [];

        public void Advance(int count)
        {
            Assert.InRange(count, 0, _current.Length);
            _written.AddRange(_current.AsSpan(0, count));
            _current = [];
        }

        public Memory<byte> GetMemory(int sizeHint = 0) => _current = new byte[Math.Max(sizeHint, 1)];

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public byte[] ToArray() => _written.ToArray();
    }
}
