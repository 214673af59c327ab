using System;
using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace MmpTyped.Runtime;

// Text that needs escaping, times, and JSON written inside a string.
public ref partial struct MmpDirectWriter
{
    // The longest escape of one character: a non-BMP character as two \uXXXX escapes.
    private const int MaxEscapedScalar = 12;
    private const int EscapeChars = 512;

    // Text is escaped in chunks of this many characters (or bytes), so that a chunk reserves at most 12 KB.
    private const int EscapeChunk = 2048;

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_scratch;
    [ThreadStatic] private static char[]? t_escapeChars;

    /// <summary>An AppsFlyer time: <c>yyyy-MM-dd HH:mm:ss.SSS</c> (UTC), or with the value's offset as <c>+HHmm</c>.</summary>
    public void AfDateTime(ReadOnlySpan<byte> member, DateTimeOffset value, bool withOffset, MmpWireForm form)
    {
        Span<byte> text = stackalloc byte[MmpTimestamp.MaxAfDateTimeLength];
        var length = MmpTimestamp.FormatAfDateTime(value, withOffset, withFraction: form != MmpWireForm.NoFraction, text);
        Utf8Member(member, text[..length]);
    }

    /// <summary>A Unix time in milliseconds, or in seconds when it was parsed that way.</summary>
    public void UnixTime(ReadOnlySpan<byte> member, DateTimeOffset value, MmpWireForm form)
    {
        if (form == MmpWireForm.Seconds)
            Number(member, value.ToUnixTimeSeconds());
        else
            Number(member, value.ToUnixTimeMilliseconds());
    }

    /// <summary>
    /// A <c>unix-s-or-ms</c> time: in seconds when it was parsed that way, and whenever its milliseconds are
    /// below 10^11 in magnitude (a reader takes every number of that size as seconds); else in milliseconds.
    /// </summary>
    public void UnixTime(ReadOnlySpan<byte> member, DateTimeOffset value, MmpWireForm form, bool secondsOrMilliseconds)
    {
        var milliseconds = value.ToUnixTimeMilliseconds();
        var seconds = form == MmpWireForm.Seconds
            || (secondsOrMilliseconds && milliseconds > -MmpTimestamp.SmallestMilliseconds && milliseconds < MmpTimestamp.SmallestMilliseconds);
        if (seconds)
            Number(member, value.ToUnixTimeSeconds());
        else
            Number(member, milliseconds);
    }

    /// <summary>
    /// An object written as a JSON string (AppsFlyer <c>eventValue</c>): as the text it was parsed from while
    /// unchanged, <c>""</c> when empty where <paramref name="emptyAsEmptyString"/>, the object itself when it
    /// came as one; else written into a reused buffer and escaped once as the string's content.
    /// </summary>
    public void JsonString(ReadOnlySpan<byte> member, MmpAttributes value, bool emptyAsEmptyString, MmpWireForm form)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (form == MmpWireForm.Object)
        {
            MemberCore(member);
            value.WriteTo(ref this);
            return;
        }
        if (value.OriginalJson is { } original)
        {
            String(member, original);
            return;
        }
        if (value.Count == 0 && emptyAsEmptyString)
        {
            Utf8String(member, default);
            return;
        }
        var inner = StartJsonString();
        value.WriteTo(ref inner);
        EndJsonString(member, ref inner, emptyAsEmptyString: false);
    }

    /// <summary>A writer for an object that goes inside a JSON string; finish it with <see cref="EndJsonString"/>.</summary>
    public static MmpDirectWriter StartJsonString()
    {
        // Taken from its slot while in use, so a JSON string inside another gets a buffer of its own.
        var scratch = t_scratch ?? new ArrayBufferWriter<byte>(512);
        t_scratch = null;
        scratch.ResetWrittenCount();
        return new MmpDirectWriter(scratch) { _scratch = scratch };
    }

    /// <summary>
    /// Writes what <paramref name="inner"/> (from <see cref="StartJsonString"/>) holds as a string member; an
    /// object with no members as <c>""</c> where <paramref name="emptyAsEmptyString"/> (the vendor's "no value").
    /// </summary>
    public void EndJsonString(ReadOnlySpan<byte> member, ref MmpDirectWriter inner, bool emptyAsEmptyString)
    {
        var scratch = inner._scratch ?? throw new ArgumentException("The writer does not come from StartJsonString.", nameof(inner));
        inner.Flush();
        inner._scratch = null;
        var json = scratch.WrittenSpan;
        Utf8Member(member, emptyAsEmptyString && json.SequenceEqual("{}"u8) ? default : json);
        t_scratch = scratch;
    }

    /// <summary>
    /// An attribute's name (an open bag's member, a member kept from parsing): <c>,"name":</c> in one copy
    /// when the name is plain ASCII, else escaped as <see cref="PropertyName"/> escapes it.
    /// </summary>
    internal void AttributeName(string name)
    {
        var length = name.Length + 4;
        var free = _buffer.Slice(_written);
        if (InObject && name.Length <= MaxTextLength && free.Length >= length && MmpJsonEscaping.TryCopyPlain(name, free[2..]))
        {
            free[0] = _separator;
            free[1] = (byte)'"';
            free[length - 2] = (byte)'"';
            free[length - 1] = (byte)':';
            _written += length;
            _separator = 0;
            return;
        }
        PropertyName(name);
    }

    /// <summary>A string attribute: <c>,"name":"value"</c> in one copy when both are plain ASCII.</summary>
    internal void StringAttribute(string name, string value)
    {
        var length = name.Length + value.Length + 6;
        var free = _buffer.Slice(_written);
        if (InObject && name.Length <= MaxTextLength && value.Length <= MaxTextLength && free.Length >= length
            && MmpJsonEscaping.TryCopyPlain(name, free[2..])
            && MmpJsonEscaping.TryCopyPlain(value, free[(name.Length + 5)..]))
        {
            free[0] = _separator;
            free[1] = (byte)'"';
            free[name.Length + 2] = (byte)'"';
            free[name.Length + 3] = (byte)':';
            free[name.Length + 4] = (byte)'"';
            free[length - 1] = (byte)'"';
            _written += length;
            _separator = (byte)',';
            return;
        }
        AttributeName(name);
        StringValue(value);
    }

    // '"', the text escaped as the encoder escapes it, '"'. One pass does what needs no call to the encoder
    // (plain ASCII, the quotes and backslashes of JSON inside a string, Korean); a run of characters that do
    // (a non-BMP character, U+2028, a lone surrogate) goes to the encoder up to the next ASCII character,
    // which no surrogate pair spans: the encoder escapes each character alike wherever it stands.
    private void QuotedText(scoped ReadOnlySpan<char> text)
    {
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"A string of {text.Length} characters is longer than JSON text may be.", nameof(text));
        Reserve(1)[0] = (byte)'"';
        _written++;
        while (!text.IsEmpty)
        {
            var chunk = text.Length <= EscapeChunk ? text : text[..(char.IsHighSurrogate(text[EscapeChunk - 1]) ? EscapeChunk - 1 : EscapeChunk)];
            var read = MmpJsonEscaping.Escape(chunk, Reserve(MmpJsonEscaping.EscapedBound(chunk.Length)), out var written);
            _written += written;
            text = text[read..];
            if (read == chunk.Length)
                continue;
            // From the character it stopped at (never a run of none) to the next ASCII character.
            var run = text[1..].IndexOfAny(MmpJsonEscaping.AsciiChars);
            run = run < 0 ? text.Length : run + 1;
            EscapeUtf16(text[..run]);
            text = text[run..];
        }
        Reserve(1)[0] = (byte)'"';
        _written++;
    }

    // Escapes with the writer's encoder in UTF-16 (Utf8JsonWriter escapes a string before transcoding it, and
    // a lone surrogate comes out as the encoder makes it), then transcodes the escaped text.
    private void EscapeUtf16(scoped ReadOnlySpan<char> text)
    {
        var needed = checked(text.Length * 6);
        char[]? rented = null;
        // A reused buffer rather than stackalloc, which would clear its 1 KB on every call.
        Span<char> escaped = needed <= EscapeChars ? (t_escapeChars ??= new char[EscapeChars]) : (rented = ArrayPool<char>.Shared.Rent(needed));
        try
        {
            var status = MmpJsonEscaping.Encoder.Encode(text, escaped, out _, out var written, isFinalBlock: true);
            if (status != OperationStatus.Done)
                throw new ArgumentException("The text cannot be written as JSON: it is not valid UTF-16.", nameof(text));
            Transcode(escaped[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    // UTF-16 to UTF-8, strictly: a lone surrogate throws, as it does in Utf8JsonWriter.
    private void Transcode(scoped ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var span = Reserve(Math.Max(Math.Min(text.Length, 4096) * 3, 4));
            var status = Utf8.FromUtf16(text, span, out var read, out var written, replaceInvalidSequences: false, isFinalBlock: true);
            _written += written;
            text = text[read..];
            if (status == OperationStatus.InvalidData)
                throw new ArgumentException("The text cannot be written as JSON: it holds a lone surrogate.", nameof(text));
        }
    }

    // '"', UTF-8 text escaped as the encoder escapes it, '"': as QuotedText, a run of characters that need the
    // encoder (or bytes that are not UTF-8, which it refuses) going to it up to the next ASCII byte.
    private void QuotedUtf8(scoped ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxTextLength)
            throw new ArgumentException($"A string of {utf8.Length} bytes is longer than JSON text may be.", nameof(utf8));
        Reserve(1)[0] = (byte)'"';
        _written++;
        while (!utf8.IsEmpty)
        {
            // A chunk ends on a character's first byte, so that no character is cut in two.
            var end = Math.Min(utf8.Length, EscapeChunk);
            while (end < utf8.Length && end > EscapeChunk - 3 && (utf8[end] & 0xC0) == 0x80)
                end--;
            var chunk = utf8[..end];
            var read = MmpJsonEscaping.Escape(chunk, Reserve(MmpJsonEscaping.EscapedBound(chunk.Length)), out var written);
            _written += written;
            utf8 = utf8[read..];
            if (read == chunk.Length)
                continue;
            var run = utf8[1..].IndexOfAny(MmpJsonEscaping.AsciiBytes);
            var rest = utf8[..(run < 0 ? utf8.Length : run + 1)];
            utf8 = utf8[rest.Length..];
            while (!rest.IsEmpty)
            {
                var span = Reserve(Math.Min(rest.Length, EscapeChunk) * 6 + MaxEscapedScalar);
                var status = MmpJsonEscaping.Encoder.EncodeUtf8(rest, span, out var taken, out var escaped, isFinalBlock: true);
                _written += escaped;
                rest = rest[taken..];
                if (status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall))
                    throw new ArgumentException("The text cannot be written as JSON: it is not valid UTF-8.", nameof(utf8));
            }
        }
        Reserve(1)[0] = (byte)'"';
        _written++;
    }
}
