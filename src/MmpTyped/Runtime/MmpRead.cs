using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Runtime;

/// <summary>Reads a value at the reader's current token; the reader then stands on the value's last token.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T MmpReadFunc<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> source);

/// <summary>Reads an object into a parser's state; the reader stands on the object's <c>{</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void MmpInnerReadFunc<TState>(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, ref TState state);

/// <summary>
/// Reading helpers for generated parsers: each reads one value at the reader's current token, or
/// throws an <see cref="MmpParseException"/> whose path is the member's (<c>$.name</c>); parents
/// prefix their own member name on the way out. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpRead
{
    internal static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    // JSON inside a string is written by hand more often than not: AppsFlyer's own V1 example ends its
    // event_value with "140.25,}". The text is kept as sent, so reading past a trailing comma loses nothing.
    internal static readonly JsonReaderOptions InnerOptions = Options with { AllowTrailingCommas = true };

    /// <summary>Parses a whole document with <paramref name="read"/>, turning every reader failure into an <see cref="MmpParseException"/>.</summary>
    public static T Document<T>(ReadOnlySpan<byte> utf8Json, MmpReadFunc<T> read)
    {
        if (utf8Json.Trim(" \t\r\n"u8).IsEmpty)
            throw new MmpParseException("$", 0, "the input is empty, not a JSON object");
        var reader = new Utf8JsonReader(utf8Json, Options);
        try
        {
            reader.Read();
            var value = read(ref reader, utf8Json);
            if (reader.Read())
                throw new MmpParseException("$", reader.TokenStartIndex, "unexpected data after the JSON object");
            return value;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw AsParseError(e, reader.BytesConsumed);
        }
    }

    /// <summary>
    /// The error of a member's value, seen from the object holding <paramref name="member"/>: a reader's own
    /// failure (bad JSON syntax, too deep, text that is not UTF-8) becomes a parse error at the member too.
    /// </summary>
    public static MmpParseException Within(Exception error, string member, long position) =>
        Within(error as MmpParseException ?? AsParseError(error, position), member);

    /// <summary>Whether an exception is one a reader throws for bad input (to be reported with its path).</summary>
    public static bool IsReadError(Exception error) => error is MmpParseException or JsonException or InvalidOperationException;

    private static MmpParseException AsParseError(Exception error, long position) => error switch
    {
        MmpParseException parse => parse,
        JsonException => new MmpParseException("$", position, "not valid JSON: " + FirstSentence(error.Message), error),
        _ => new MmpParseException("$", position, "a string cannot be read as text (invalid UTF-8 or a lone surrogate): " + FirstSentence(error.Message), error),
    };

    /// <summary>The error of a member's value, seen from the object holding <paramref name="member"/>.</summary>
    public static MmpParseException Within(MmpParseException error, string member)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(string.Concat("$.", member, error.Path.AsSpan(1)), error.BytePosition, error.Reason, error) { IsWrongValue = error.IsWrongValue };
    }

    /// <summary>The error of an array element, seen from the array.</summary>
    public static MmpParseException Within(MmpParseException error, int index)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(string.Concat("$[", index.ToString(CultureInfo.InvariantCulture), "]", error.Path.AsSpan(1)), error.BytePosition, error.Reason, error) { IsWrongValue = error.IsWrongValue };
    }

    /// <summary>The longest member name the generated parsers compare; a longer one is an unknown member.</summary>
    public const int MaxMemberNameLength = 128;

    /// <summary>
    /// The current member name as UTF-8 bytes: the reader's own bytes when it has no escapes (no copy, no
    /// string), decoded otherwise; empty when it is longer than <see cref="MaxMemberNameLength"/> bytes
    /// decoded, so it matches no known member.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<byte> MemberName(in Utf8JsonReader reader) =>
        !reader.ValueIsEscaped && !reader.HasValueSequence ? reader.ValueSpan : DecodedMemberName(in reader);

    // A name with escapes is rare (no vendor sends one): its bytes go to an array of their own, which lives
    // as long as the caller compares it.
    private static ReadOnlySpan<byte> DecodedMemberName(in Utf8JsonReader reader) =>
        MemberName(in reader, new byte[MaxMemberNameLength]);

    /// <summary>
    /// The current member name as UTF-8 bytes with its escapes decoded (into <paramref name="buffer"/> when
    /// it has any); empty when it is longer than the buffer, so it matches no known member.
    /// </summary>
    public static ReadOnlySpan<byte> MemberName(in Utf8JsonReader reader, Span<byte> buffer)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            return reader.ValueSpan;
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= buffer.Length)
            return buffer[..reader.CopyString(buffer)];
        // The escaped text is up to six times longer than the name ("\u0061" is "a"): a known name
        // written with escapes can be longer than the buffer and still fit it once decoded.
        if (length > (long)buffer.Length * MaxEscapedByteLength)
            return default;
        var rented = ArrayPool<byte>.Shared.Rent(checked((int)length));
        try
        {
            var decoded = reader.CopyString(rented);
            if (decoded > buffer.Length)
                return default;
            rented.AsSpan(0, decoded).CopyTo(buffer);
            return buffer[..decoded];
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // The longest escape of one UTF-8 byte: "\u0061".
    private const int MaxEscapedByteLength = 6;

    /// <summary>Moves to the next member name of an object; false at its end.</summary>
    public static bool NextMember(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Checks the reader stands on <c>{</c>.</summary>
    public static void StartObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw Unexpected(ref reader, "an object");
    }

    /// <summary>Checks the reader stands on <c>[</c>.</summary>
    public static void StartArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw Unexpected(ref reader, "an array");
    }

    /// <summary>Moves to the next array element; false at the array's end.</summary>
    public static bool NextElement(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType != JsonTokenType.EndArray;

    /// <summary>The error for a token of the wrong kind.</summary>
    public static MmpParseException Unexpected(ref Utf8JsonReader reader, string expected) =>
        WrongValue(ref reader, $"expected {expected}, found {Describe(reader.TokenType)}");

    /// <summary>
    /// Whether an error is about a value of the wrong kind or range in otherwise readable JSON: the parsers
    /// keep such a value among the unknown members, as it came, and <c>Validate()</c> reports it (MMP004).
    /// </summary>
    public static bool IsWrongValue(Exception error) => error is MmpParseException { IsWrongValue: true };

    private static MmpParseException WrongValue(ref Utf8JsonReader reader, string reason) =>
        new("$", reader.TokenStartIndex, reason) { IsWrongValue = true };

    /// <summary>An array, each element read by <paramref name="read"/>; an error names the element's index.</summary>
    public static System.Collections.Generic.List<T> List<T>(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, MmpReadFunc<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        StartArray(ref reader);
        var list = new System.Collections.Generic.List<T>();
        try
        {
            while (NextElement(ref reader))
                list.Add(read(ref reader, source));
        }
        catch (Exception error) when (IsReadError(error))
        {
            throw Within(AsParseError(error, reader.BytesConsumed), list.Count);
        }
        return list;
    }

    /// <summary>True when the token is <c>null</c>, recording the form.</summary>
    public static bool IsNull(ref Utf8JsonReader reader, ref MmpWireForm form)
    {
        if (reader.TokenType != JsonTokenType.Null)
            return false;
        form = MmpWireForm.Null;
        return true;
    }

    /// <summary>A string, decoding escapes and checking the UTF-8.</summary>
    public static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw AsParseError(e, reader.TokenStartIndex);
        }
    }

    /// <summary>A string member.</summary>
    public static string String(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? GetString(ref reader) : throw Unexpected(ref reader, "a string");

    /// <summary>A boolean member.</summary>
    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "true or false"),
    };

    /// <summary>A boolean sent as <c>true</c>/<c>false</c> or <c>"true"</c>/<c>"false"</c>; <c>""</c> reads as absent.</summary>
    public static bool? LenientBoolean(ref Utf8JsonReader reader, ref MmpWireForm form)
    {
        if (reader.TokenType != JsonTokenType.String)
            return Boolean(ref reader);
        var text = reader.ValueSpan;
        if (text.IsEmpty && !reader.ValueIsEscaped)
        {
            form = MmpWireForm.EmptyString;
            return null;
        }
        form = MmpWireForm.Quoted;
        if (reader.ValueTextEquals("true"u8))
            return true;
        if (reader.ValueTextEquals("false"u8))
            return false;
        throw WrongValue(ref reader, $"expected true or false (or \"true\"/\"false\"), found {Excerpt(GetString(ref reader))}");
    }

    /// <summary>A number member (<c>int</c>, <c>long</c>, <c>double</c> or <c>decimal</c>; money keeps its scale: <c>0.0750</c> stays four places).</summary>
    public static T Number<T>(ref Utf8JsonReader reader) where T : struct, INumberBase<T>
    {
        if (reader.TokenType != JsonTokenType.Number)
            throw Unexpected(ref reader, NumberName<T>());
        return TryParseNumber(reader.ValueSpan, out T value)
            ? value
            : throw WrongValue(ref reader, $"expected {NumberName<T>()}, found {Excerpt(Encoding.UTF8.GetString(reader.ValueSpan))}, which is out of its range");
    }

    /// <summary>A number sent as a number or a numeric string; <c>""</c> reads as absent.</summary>
    public static T? LenientNumber<T>(ref Utf8JsonReader reader, ref MmpWireForm form) where T : struct, INumberBase<T>
    {
        if (reader.TokenType != JsonTokenType.String)
            return Number<T>(ref reader);
        if (reader.ValueSpan.IsEmpty)
        {
            form = MmpWireForm.EmptyString;
            return null;
        }
        form = MmpWireForm.Quoted;
        Span<byte> buffer = stackalloc byte[64];
        return TryUnescaped(in reader, buffer, out var text) && TryParseNumber(text, out T value)
            ? value
            : throw WrongValue(ref reader, $"expected {NumberName<T>()} or a string holding one, found {Excerpt(GetString(ref reader))}");
    }

    // A short string's text with its escapes decoded ("\u002B0900" is "+0900"); false when longer than the buffer.
    private static bool TryUnescaped(in Utf8JsonReader reader, Span<byte> buffer, out ReadOnlySpan<byte> text)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            text = reader.ValueSpan;
            return true;
        }
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > buffer.Length)
        {
            text = default;
            return false;
        }
        text = buffer[..reader.CopyString(buffer)];
        return true;
    }

    internal static bool TryParseNumber<T>(ReadOnlySpan<byte> text, out T value) where T : struct, INumberBase<T>
    {
        var style = typeof(T) == typeof(double) || typeof(T) == typeof(decimal) ? NumberStyles.Float : NumberStyles.AllowLeadingSign;
        // A double reads 1e400 as infinity, which JSON cannot write back: out of range, like a decimal.
        return T.TryParse(text, style, CultureInfo.InvariantCulture, out value) && T.IsFinite(value);
    }

    private static string NumberName<T>() =>
        typeof(T) == typeof(int) ? "a whole number (32-bit)" : typeof(T) == typeof(long) ? "a whole number (64-bit)" : typeof(T) == typeof(decimal) ? "a number (decimal)" : "a number (double)";

    /// <summary>
    /// Whether writing <paramref name="value"/> gives back the number token it was read from (or its text, when
    /// it came quoted): false for <c>1e-400</c> or a thirty-digit fraction in a <c>decimal</c>, for
    /// <c>0.10000000000000001</c> or <c>1.50</c> in a <c>double</c>, for <c>-0</c>. The caller then keeps the
    /// token's text (<see cref="RawText"/>) so that the record writes it back as it came.
    /// </summary>
    public static bool WritesBack<T>(in Utf8JsonReader reader, T? value) where T : struct, INumberBase<T>
    {
        if (value is not { } number || reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
            return true;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && WritesBackNumber(reader.ValueSpan, number);
    }

    /// <summary>Whether writing <paramref name="number"/> gives back <paramref name="text"/>, byte for byte.</summary>
    internal static bool WritesBackNumber<T>(ReadOnlySpan<byte> text, T number) where T : struct, INumberBase<T>
    {
        Span<byte> written = stackalloc byte[64];
        return number.TryFormat(written, out var length, default, CultureInfo.InvariantCulture)
            && text.SequenceEqual(written[..length]);
    }

    /// <summary>
    /// Whether writing an AppsFlyer time gives back the text it was read from: false for fractions of other
    /// than three digits (<c>.5</c>, <c>.123456</c>), which a <see cref="DateTimeOffset"/> holds but the
    /// vendor's <c>.SSS</c> does not write, and for text with escapes. The caller keeps the text then.
    /// </summary>
    public static bool WritesBack(in Utf8JsonReader reader, DateTimeOffset? value, bool withOffset, MmpWireForm form)
    {
        if (value is not { } time || reader.TokenType != JsonTokenType.String)
            return true;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && WritesBackTime(reader.ValueSpan, time, withOffset, form);
    }

    /// <summary>Whether writing an AppsFlyer time gives back <paramref name="text"/>, byte for byte.</summary>
    internal static bool WritesBackTime(ReadOnlySpan<byte> text, DateTimeOffset time, bool withOffset, MmpWireForm form)
    {
        Span<byte> written = stackalloc byte[MmpTimestamp.MaxAfDateTimeLength];
        var length = MmpTimestamp.FormatAfDateTime(time, withOffset, withFraction: form != MmpWireForm.NoFraction, written);
        return text.SequenceEqual(written[..length]);
    }

    /// <summary>Whether writing a UUID gives back the text it was read from: false for upper-case digits (<c>EB4CFA97-...</c>), written in lower case otherwise.</summary>
    public static bool WritesBack(in Utf8JsonReader reader, Guid? value)
    {
        if (value is not { } uuid || reader.TokenType != JsonTokenType.String)
            return true;
        return !reader.ValueIsEscaped && !reader.HasValueSequence && WritesBackUuid(reader.ValueSpan, uuid);
    }

    /// <summary>Whether writing a UUID gives back <paramref name="text"/>, byte for byte.</summary>
    internal static bool WritesBackUuid(ReadOnlySpan<byte> text, Guid uuid)
    {
        Span<byte> written = stackalloc byte[36];
        return uuid.TryFormat(written, out var length) && text.SequenceEqual(written[..length]);
    }

    /// <summary>
    /// Whether writing a Unix time gives back the number it was read from (false for <c>-0</c>), in the unit
    /// <see cref="MmpWrite.UnixTime(Utf8JsonWriter, JsonEncodedText, DateTimeOffset, MmpWireForm, bool)"/> chooses.
    /// </summary>
    public static bool WritesBackUnixTime(in Utf8JsonReader reader, DateTimeOffset? value, bool secondsOrMilliseconds, MmpWireForm form)
    {
        if (value is not { } time || reader.TokenType != JsonTokenType.Number)
            return true;
        var milliseconds = time.ToUnixTimeMilliseconds();
        var seconds = form == MmpWireForm.Seconds
            || (secondsOrMilliseconds && milliseconds > -MmpTimestamp.SmallestMilliseconds && milliseconds < MmpTimestamp.SmallestMilliseconds);
        return WritesBack<long>(in reader, seconds ? time.ToUnixTimeSeconds() : milliseconds);
    }

    /// <summary>
    /// A number in a list or a union, which keeps no text of its own: one its type would write otherwise
    /// (<c>-0</c>, <c>1.50</c> as a <c>double</c>, <c>1e-400</c>) is refused as a wrong value, so that the
    /// whole value is kept as it came and <c>Validate()</c> reports it (MMP004).
    /// </summary>
    public static T ExactNumber<T>(ref Utf8JsonReader reader) where T : struct, INumberBase<T>
    {
        var value = Number<T>(ref reader);
        return WritesBack<T>(in reader, value)
            ? value
            : throw WrongValue(ref reader, $"expected {NumberName<T>()} written as it would be written back, found {Excerpt(Encoding.UTF8.GetString(reader.ValueSpan))}");
    }

    /// <summary>The JSON text of the reader's current number or string token, as it came (a string with its quotes and escapes).</summary>
    public static string RawText(in Utf8JsonReader reader)
    {
        ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        return reader.TokenType == JsonTokenType.String
            ? string.Concat("\"", Encoding.UTF8.GetString(text), "\"")
            : Encoding.UTF8.GetString(text);
    }

    /// <summary>A UUID member; text that is not one returns null so that validation reports it and the text is kept.</summary>
    public static bool TryGuid(ref Utf8JsonReader reader, out Guid value)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw Unexpected(ref reader, "a string holding a UUID");
        return reader.TryGetGuid(out value);
    }

    /// <summary>
    /// An object sent as a JSON string (AppsFlyer <c>eventValue</c>), or as the object itself where the
    /// schema is lenient. False when the string does not hold a JSON object: the caller keeps the text.
    /// </summary>
    public static bool TryJsonString(ref Utf8JsonReader reader, ReadOnlySpan<byte> source, bool lenient, ref MmpWireForm form, out MmpAttributes? value)
    {
        value = null;
        if (IsNull(ref reader, ref form))
            return true;
        if (reader.TokenType == JsonTokenType.StartObject && lenient)
        {
            form = MmpWireForm.Object;
            value = MmpAttributes.ReadFrom(ref reader, source);
            return true;
        }
        if (reader.TokenType != JsonTokenType.String)
            throw Unexpected(ref reader, lenient ? "a JSON object or a string holding one" : "a string holding a JSON object");

        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var inner = rented.AsSpan(0, reader.CopyString(rented));
            if (inner.IsEmpty)
            {
                form = MmpWireForm.EmptyString; // the vendor's "no value"
                value = lenient ? null : new MmpAttributes();
                return true;
            }
            if (inner.Trim(" \t\r\n"u8).IsEmpty)
                return false; // " " is kept as it came
            if (!IsOneObject(inner))
                return false;
            // Kept as text and read into members on first use: most receivers never look inside.
            value = MmpAttributes.FromCheckedJson(Encoding.UTF8.GetString(inner));
            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Whether <paramref name="json"/> is exactly one JSON object that <see cref="MmpAttributes"/> can read
    /// later without an error: valid UTF-8, not too deep, every escaped string decodable.
    /// </summary>
    private static bool IsOneObject(ReadOnlySpan<byte> json) => MmpRawJson.IsOne(json, InnerOptions, JsonTokenType.StartObject);

    /// <summary>The event name an <c>[MmpEvent]</c> class writes: reading another name means the JSON is another event.</summary>
    public static void Constant(ref Utf8JsonReader reader, JsonEncodedText expected)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw Unexpected(ref reader, $"the string \"{expected}\"");
        if (!reader.ValueTextEquals(expected.EncodedUtf8Bytes))
            throw new MmpParseException("$", reader.TokenStartIndex, $"this is the event {Excerpt(GetString(ref reader))}, not \"{expected}\"");
    }

    /// <summary>
    /// An object sent as a JSON string (an <c>[MmpEvent]</c> class's AppsFlyer <c>eventValue</c>), read by
    /// <paramref name="read"/> from the string's content; <c>""</c> holds nothing.
    /// </summary>
    public static void JsonObjectString<TState>(ref Utf8JsonReader reader, ref TState state, MmpInnerReadFunc<TState> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (reader.TokenType != JsonTokenType.String)
            throw Unexpected(ref reader, "a string holding a JSON object");
        var length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            var inner = rented.AsSpan(0, reader.CopyString(rented));
            if (inner.Trim(" \t\r\n"u8).IsEmpty)
                return;
            var innerReader = new Utf8JsonReader(inner, Options);
            try
            {
                innerReader.Read();
                read(ref innerReader, inner, ref state);
            }
            catch (JsonException e)
            {
                throw new MmpParseException("$", reader.TokenStartIndex, "the string does not hold a JSON object: " + FirstSentence(e.Message), e);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Any value, kept as it came (nested JSON as its text): for members the schema does not know.</summary>
    public static MmpValue Value(ref Utf8JsonReader reader, ReadOnlySpan<byte> source)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return MmpValue.String(GetString(ref reader));
            case JsonTokenType.Number:
                return MmpValue.CheckedNumberText(Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return MmpValue.Boolean(true);
            case JsonTokenType.False:
                return MmpValue.Boolean(false);
            case JsonTokenType.Null:
                return MmpValue.Null;
            default:
                var start = checked((int)reader.TokenStartIndex);
                reader.Skip();
                var json = source[start..checked((int)reader.BytesConsumed)];
                // The reader checks UTF-8 only in what it decodes; kept text must not turn a bad byte into U+FFFD.
                if (!System.Text.Unicode.Utf8.IsValid(json))
                    throw new MmpParseException("$", start, "the value holds bytes that are not UTF-8");
                return MmpValue.CheckedJson(Encoding.UTF8.GetString(json));
        }
    }

    /// <summary>
    /// An AppsFlyer time (<c>yyyy-MM-dd HH:mm:ss[.SSS]</c>, UTC, or followed by <c>+HHmm</c> when
    /// <paramref name="withOffset"/>); <c>null</c> and <c>""</c> read as absent. False when the string is
    /// not such a time: the caller keeps the text so that validation reports it.
    /// </summary>
    public static bool TryAfDateTime(ref Utf8JsonReader reader, bool withOffset, ref MmpWireForm form, out DateTimeOffset? value)
    {
        value = null;
        if (IsNull(ref reader, ref form))
            return true;
        if (reader.TokenType != JsonTokenType.String)
            throw Unexpected(ref reader, "a string holding a time");
        if (reader.ValueSpan.IsEmpty)
        {
            form = MmpWireForm.EmptyString;
            return true;
        }
        Span<byte> buffer = stackalloc byte[64];
        if (!TryUnescaped(in reader, buffer, out var text) || !MmpTimestamp.TryParseAfDateTime(text, withOffset, out var time, out var hasFraction))
            return false;
        form = hasFraction ? MmpWireForm.Default : MmpWireForm.NoFraction;
        value = time;
        return true;
    }

    /// <summary>A Unix timestamp in milliseconds, or in seconds or milliseconds when <paramref name="secondsOrMilliseconds"/>.</summary>
    public static DateTimeOffset? UnixTime(ref Utf8JsonReader reader, bool secondsOrMilliseconds, ref MmpWireForm form)
    {
        if (IsNull(ref reader, ref form))
            return null;
        var number = Number<long>(ref reader);
        var seconds = secondsOrMilliseconds && number > -MmpTimestamp.SmallestMilliseconds && number < MmpTimestamp.SmallestMilliseconds;
        if (seconds)
            form = MmpWireForm.Seconds;
        try
        {
            return seconds ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new MmpParseException("$", reader.TokenStartIndex, $"{number} is not a Unix time a date can hold", e) { IsWrongValue = true };
        }
    }

    internal static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The longest part of a value an error message quotes.</summary>
    private const int MaxExcerptLength = 40;

    /// <summary>
    /// A value as an error message quotes it: in JSON quotes and escapes (so a line break or an escape
    /// sequence in the input stays text), cut to its first 40 characters.
    /// </summary>
    internal static string Excerpt(string value)
    {
        var cut = value.Length > MaxExcerptLength;
        var shown = cut ? value[..(char.IsHighSurrogate(value[MaxExcerptLength - 1]) ? MaxExcerptLength - 1 : MaxExcerptLength)] : value;
        var quoted = "\"" + MmpRawJson.Escape(shown) + "\"";
        return cut ? string.Create(CultureInfo.InvariantCulture, $"{quoted}... ({value.Length} characters)") : quoted;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
