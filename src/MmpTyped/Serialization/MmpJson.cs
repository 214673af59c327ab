using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using MmpTyped.Runtime;

namespace MmpTyped;

/// <summary>
/// Serializes MMP messages to UTF-8 JSON. The writer is cached per thread, so
/// <see cref="Serialize(IMmpEvent, IBufferWriter{byte})"/> allocates nothing after the first call on a thread.
/// </summary>
public static class MmpJson
{
    /// <summary>
    /// The writer options every call uses: compact, and non-ASCII text written as UTF-8 rather than
    /// <c>\uXXXX</c> escapes (server-to-server bodies are never embedded in HTML, and escapes would
    /// triple the size of Korean or Japanese text against limits such as AppsFlyer's 1 KB).
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    private static readonly JsonWriterOptions IndentedOptions = WriterOptions with { Indented = true };

    [ThreadStatic] private static Utf8JsonWriter? t_writer;
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    /// <summary>
    /// Writes the message into <paramref name="output"/>; allocates nothing after warm-up. A generated record
    /// writes its UTF-8 directly (the same bytes as its <see cref="IMmpEvent.WriteTo"/> on a
    /// <see cref="Utf8JsonWriter"/> with <see cref="WriterOptions"/>); any other message through that writer.
    /// </summary>
    public static void Serialize(IMmpEvent message, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(output);
        if (message is IMmpDirectWritable direct)
        {
            var directWriter = new MmpDirectWriter(output);
            direct.WriteTo(ref directWriter);
            directWriter.Flush();
            return;
        }
        var writer = RentWriter(output);
        try
        {
            message.WriteTo(writer);
            writer.Flush();
        }
        finally
        {
            writer.Reset();
        }
    }

    /// <summary>The message as a new UTF-8 byte array.</summary>
    public static byte[] SerializeToUtf8Bytes(IMmpEvent message)
    {
        var buffer = RentBuffer();
        Serialize(message, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The message as a JSON string, compact or indented for people to read.</summary>
    public static string Serialize(IMmpEvent message, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        var buffer = RentBuffer();
        if (indented)
        {
            using var writer = new Utf8JsonWriter(buffer, IndentedOptions);
            message.WriteTo(writer);
        }
        else
        {
            Serialize(message, buffer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The size in bytes of the message's compact JSON, without keeping the bytes.</summary>
    public static int MeasureUtf8Length(IMmpEvent message)
    {
        var buffer = RentBuffer();
        Serialize(message, buffer);
        return buffer.WrittenCount;
    }

    private static Utf8JsonWriter RentWriter(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null)
            return t_writer = new Utf8JsonWriter(output, WriterOptions);
        writer.Reset(output);
        return writer;
    }

    // One buffer per thread; callers copy what they keep before the next call on the same thread.
    private static ArrayBufferWriter<byte> RentBuffer()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        return buffer;
    }
}
