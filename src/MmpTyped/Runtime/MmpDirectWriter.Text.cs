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

    // Longer text takes the escaping path, so that the transcoding try reserves at most 12 KB.
    private const int MaxUnescapedChars = 4096;

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

    // '"', the text escaped as the encoder escapes it, '"'.
    private void QuotedText(scoped ReadOnlySpan<char> text)
    {
        if (text.Length > MaxTextLength)
            throw new ArgumentException($"A string of {text.Length} characters is longer than JSON text may be.", nameof(text));
        Reserve(1)[0] = (byte)'"';
        _written++;
        while (true)
        {
            var plain = MmpJsonEscaping.PlainPrefix(text);
            var span = Reserve(plain);
            Ascii.FromUtf16(text[..plain], span, out _);
            _written += plain;
            text = text[plain..];
            if (text.IsEmpty)
                break;
            // An ASCII character the encoder escapes (a quote in JSON inside a string): its escape, looked up.
            if (MmpJsonEscaping.EscapedAscii(text[0]) is { } escape)
            {
                escape.CopyTo(Reserve(escape.Length));
                _written += escape.Length;
                text = text[1..];
                continue;
            }
            if (!TryTranscodeUnescaped(text))
                EscapeUtf16(text);
            break;
        }
        Reserve(1)[0] = (byte)'"';
        _written++;
    }

    // Text the encoder leaves alone though not ASCII (Korean, accented Latin) is only transcoded, as
    // Utf8JsonWriter does after the same per-character check; false, with nothing written, when it needs escaping.
    private bool TryTranscodeUnescaped(scoped ReadOnlySpan<char> text)
    {
        if (text.Length > MaxUnescapedChars || !MmpJsonEscaping.IsUnescapedBmp(text))
            return false;
        var span = Reserve(text.Length * 3);
        var status = Utf8.FromUtf16(text, span, out _, out var written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status != OperationStatus.Done)
            return false;
        _written += written;
        return true;
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

    // '"', UTF-8 text escaped as the encoder escapes it, '"'.
    private void QuotedUtf8(scoped ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxTextLength)
            throw new ArgumentException($"A string of {utf8.Length} bytes is longer than JSON text may be.", nameof(utf8));
        var plain = MmpJsonEscaping.PlainPrefix(utf8);
        var span = Reserve(plain + 1);
        span[0] = (byte)'"';
        utf8[..plain].CopyTo(span[1..]);
        _written += plain + 1;
        var rest = utf8[plain..];
        while (!rest.IsEmpty)
        {
            span = Reserve(Math.Min(rest.Length, 4096) * 6 + MaxEscapedScalar);
            var status = MmpJsonEscaping.Encoder.EncodeUtf8(rest, span, out var read, out var written, isFinalBlock: true);
            _written += written;
            rest = rest[read..];
            if (status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall))
                throw new ArgumentException("The text cannot be written as JSON: it is not valid UTF-8.", nameof(utf8));
        }
        Reserve(1)[0] = (byte)'"';
        _written++;
    }
}
