using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// The reused output every serializer writes into, so that no contestant pays for a new buffer: one
/// <see cref="ArrayBufferWriter{T}"/> with one <see cref="Utf8JsonWriter"/> over it (the writer options
/// are <see cref="MmpJson.WriterOptions"/>, so every contestant escapes text the same way), and for
/// Newtonsoft.Json, which writes characters, one <see cref="MemoryStream"/> with one UTF-8 <see cref="StreamWriter"/>.
/// </summary>
internal sealed class JsonSink
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly MemoryStream _stream = new(4096);

    public JsonSink()
    {
        Writer = new Utf8JsonWriter(_buffer, MmpJson.WriterOptions);
        TextWriter = new StreamWriter(_stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true);
    }

    /// <summary>The reused Utf8JsonWriter, reset onto the empty buffer.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>The reused text writer for Newtonsoft.Json, over the emptied stream.</summary>
    public StreamWriter TextWriter { get; }

    /// <summary>The buffer, emptied: for <see cref="MmpJson.Serialize(IMmpEvent, IBufferWriter{byte})"/>.</summary>
    public ArrayBufferWriter<byte> Buffer
    {
        get
        {
            _buffer.ResetWrittenCount();
            return _buffer;
        }
    }

    /// <summary>Empties the buffer and points <see cref="Writer"/> at it.</summary>
    public Utf8JsonWriter StartWriter()
    {
        _buffer.ResetWrittenCount();
        Writer.Reset(_buffer);
        return Writer;
    }

    /// <summary>Empties the stream under <see cref="TextWriter"/>.</summary>
    public StreamWriter StartText()
    {
        _stream.SetLength(0);
        return TextWriter;
    }

    /// <summary>How many bytes the last Utf8JsonWriter contestant wrote (flushes the writer first).</summary>
    public int WrittenBytes()
    {
        Writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>How many bytes the last Newtonsoft.Json contestant wrote (flushes the text writer first).</summary>
    public int WrittenTextBytes()
    {
        TextWriter.Flush();
        return (int)_stream.Length;
    }

    /// <summary>A copy of what the last Utf8JsonWriter contestant wrote, for the setup check.</summary>
    public byte[] WrittenCopy()
    {
        Writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>A copy of what the last Newtonsoft.Json contestant wrote, for the setup check.</summary>
    public byte[] WrittenTextCopy()
    {
        TextWriter.Flush();
        return _stream.ToArray();
    }
}
