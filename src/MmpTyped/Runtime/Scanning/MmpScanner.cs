using System;
using System.Buffers;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace MmpTyped.Runtime;

/// <summary>Reads a value straight from the bytes; false when it is not in the expected shape (nothing is reported).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate bool MmpScanFunc<T>(ref MmpScanner scanner, [MaybeNullWhen(false)] out T value);

/// <summary>
/// Reads JSON in the shape generated parsers expect straight from its UTF-8 bytes, without
/// <see cref="Utf8JsonReader"/>: names without escapes, strings without escapes or control characters, numbers
/// their type writes back as they came. Every method returns false on anything else, having checked all that
/// the reader would reject (whitespace other than space, tab, line feed and carriage return, comments, a
/// missing or trailing comma, leading zeros, a number's grammar, invalid UTF-8 in a string, depth past the
/// reader's limit); the caller then parses the whole message again with the reader, which gives the same
/// result and reports the error with its path and offset. For generated code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public ref struct MmpScanner
{
    private readonly ReadOnlySpan<byte> _json;
    private int _position;
    private int _depth;
    private bool _afterValue;

    /// <summary>A scanner at the start of <paramref name="json"/>.</summary>
    public MmpScanner(ReadOnlySpan<byte> json) => _json = json;

    /// <summary>True once a member or element loop stopped at something unexpected rather than at the container's end.</summary>
    public bool Failed { get; private set; }

    /// <summary>Whether only whitespace is left: the document ends where its value does.</summary>
    public bool AtEnd()
    {
        SkipWhitespace();
        return _position == _json.Length;
    }

    /// <summary>Reads <c>{</c>.</summary>
    public bool StartObject() => Start((byte)'{');

    /// <summary>Reads <c>[</c>.</summary>
    public bool StartArray() => Start((byte)'[');

    private bool Start(byte open)
    {
        // One container below the reader's limit, so that what the reader would refuse as too deep is never read here.
        if (Next() != open || _depth >= MmpRead.Options.MaxDepth - 1)
            return false;
        _position++;
        _depth++;
        _afterValue = false;
        return true;
    }

    /// <summary>
    /// Moves to the next member and reads its name and colon; false at the object's <c>}</c> (read), or, with
    /// <see cref="Failed"/> set, at anything unexpected.
    /// </summary>
    public bool NextMember(out ReadOnlySpan<byte> name)
    {
        name = default;
        var next = Next();
        if (next == '}')
            return End();
        if (_afterValue)
        {
            if (next != ',')
                return Fail();
            _position++;
            next = Next();
        }
        // A known name is compared byte for byte; only an open object's names are decoded (and checked).
        if (next != '"' || !TryStringBytes(out name))
            return Fail();
        if (Next() != ':')
            return Fail();
        _position++;
        _afterValue = false;
        return true;
    }

    /// <summary>Moves to the next element; false at the array's <c>]</c> (read), or, with <see cref="Failed"/> set, at anything unexpected.</summary>
    public bool NextElement()
    {
        var next = Next();
        if (next == ']')
            return End();
        if (!_afterValue)
            return true;
        if (next != ',')
            return Fail();
        _position++;
        // "[1,]": the reader refuses a trailing comma.
        if (Next() == ']')
            return Fail();
        _afterValue = false;
        return true;
    }

    private bool End()
    {
        // "{"a":1,}" never gets here: after a comma NextMember wants a name.
        _position++;
        _depth--;
        _afterValue = true;
        return false;
    }

    private bool Fail()
    {
        Failed = true;
        return false;
    }

    /// <summary>The kind of the next value, by its first byte; <see cref="JsonTokenType.None"/> for anything else.</summary>
    public JsonTokenType NextTokenType() => Next() switch
    {
        (byte)'"' => JsonTokenType.String,
        (byte)'{' => JsonTokenType.StartObject,
        (byte)'[' => JsonTokenType.StartArray,
        (byte)'t' => JsonTokenType.True,
        (byte)'f' => JsonTokenType.False,
        (byte)'n' => JsonTokenType.Null,
        (byte)'-' or (>= (byte)'0' and <= (byte)'9') => JsonTokenType.Number,
        _ => JsonTokenType.None,
    };

    /// <summary>Reads <c>null</c> when it is next; false, reading nothing, otherwise.</summary>
    public bool Null() => Next() == 'n' && Literal("null"u8);

    /// <summary>Reads <c>true</c> or <c>false</c>.</summary>
    public bool Boolean(out bool value)
    {
        value = Next() == 't';
        return value ? Literal("true"u8) : Literal("false"u8);
    }

    private bool Literal(ReadOnlySpan<byte> literal)
    {
        if (!_json[_position..].StartsWith(literal))
            return false;
        _position += literal.Length;
        _afterValue = true;
        return true;
    }

    /// <summary>Reads a string without escapes or control characters, its UTF-8 checked as the reader's <c>GetString</c> does.</summary>
    public bool String([MaybeNullWhen(false)] out string value)
    {
        value = null!;
        if (Next() != '"' || !TryStringBytes(out var text, out var ascii))
            return false;
        _afterValue = true;
        if (ascii)
        {
            value = AsciiString(text);
            return true;
        }
        return TryUtf8String(text, out value);
    }

    // ASCII (most text vendors send) is widened into the string as it is allocated: no decoder, no second check.
    private static string AsciiString(ReadOnlySpan<byte> text) =>
        string.Create(text.Length, text, static (chars, bytes) => Ascii.ToUtf16(bytes, chars, out _));

    // UTF-8 to a string, refusing what is not UTF-8 as the reader's GetString does.
    private static bool TryDecode(ReadOnlySpan<byte> text, [MaybeNullWhen(false)] out string value)
    {
        if (Ascii.IsValid(text))
        {
            value = AsciiString(text);
            return true;
        }
        return TryUtf8String(text, out value);
    }

    private const int StackCharsLength = 256;

    // Text that is not all ASCII (Korean product names): a short one is checked and transcoded in one pass on
    // the stack; a long one checked, then decoded.
    private static bool TryUtf8String(ReadOnlySpan<byte> text, [MaybeNullWhen(false)] out string value)
    {
        // UTF-16 never takes more code units than UTF-8 takes bytes.
        if (text.Length <= StackCharsLength)
        {
            Span<char> chars = stackalloc char[StackCharsLength];
            var status = Utf8.ToUtf16(text, chars, out _, out var written, replaceInvalidSequences: false);
            value = status == OperationStatus.Done ? new string(chars[..written]) : null;
            return value is not null;
        }
        value = Utf8.IsValid(text) ? Encoding.UTF8.GetString(text) : null;
        return value is not null;
    }

    /// <summary>Reads a string without escapes or control characters as its bytes (not checked as UTF-8: the caller compares or parses them).</summary>
    public bool StringBytes(out ReadOnlySpan<byte> text)
    {
        text = default;
        if (Next() != '"' || !TryStringBytes(out text))
            return false;
        _afterValue = true;
        return true;
    }

    // The reader stands on a string's opening quote; it ends after the closing one.
    private bool TryStringBytes(out ReadOnlySpan<byte> text) => TryStringBytes(out text, out _);

    // The same, telling whether the string's bytes are all ASCII.
    private bool TryStringBytes(out ReadOnlySpan<byte> text, out bool ascii)
    {
        var rest = _json[(_position + 1)..];
        var length = IndexOfStringStop(rest, out ascii);
        if (length < 0 || rest[length] != '"')
        {
            text = default;
            return false;
        }
        text = rest[..length];
        _position += length + 2;
        return true;
    }

    /// <summary>
    /// The index of the first quote, backslash or control character (what ends a string's plain part), or -1,
    /// and whether every byte before it is ASCII. Names and values are short, so one comparison of 32 bytes
    /// usually finds the closing quote; it tells ASCII apart in the same pass (a byte's top bit).
    /// </summary>
    private static int IndexOfStringStop(ReadOnlySpan<byte> text, out bool ascii)
    {
        var i = 0;
        uint high = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var quote = Vector256.Create((byte)'"');
            var backslash = Vector256.Create((byte)'\\');
            var space = Vector256.Create((byte)' ');
            for (; i <= text.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var bytes = Vector256.Create(text.Slice(i, Vector256<byte>.Count));
                var stops = (Vector256.Equals(bytes, quote) | Vector256.Equals(bytes, backslash) | Vector256.LessThan(bytes, space)).ExtractMostSignificantBits();
                var nonAscii = bytes.ExtractMostSignificantBits();
                if (stops != 0)
                {
                    var at = BitOperations.TrailingZeroCount(stops);
                    // The bytes before the stop: those below its bit.
                    ascii = high == 0 && (nonAscii & ((1u << at) - 1)) == 0;
                    return i + at;
                }
                high |= nonAscii;
            }
        }
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is (byte)'"' or (byte)'\\' or < (byte)' ')
            {
                ascii = high == 0;
                return i;
            }
            high |= b & 0x80u;
        }
        ascii = high == 0;
        return -1;
    }

    /// <summary>Reads a number token whose text follows JSON's grammar (no leading zeros, digits after a point and an exponent).</summary>
    public bool NumberText(out ReadOnlySpan<byte> text)
    {
        text = default;
        SkipWhitespace();
        var json = _json;
        var i = _position;
        if (i < json.Length && json[i] == '-')
            i++;
        if (i >= json.Length)
            return false;
        if (json[i] == '0')
            i++;
        else if (!SkipDigits(json, ref i))
            return false;
        if (i < json.Length && json[i] == '.')
        {
            i++;
            if (!SkipDigits(json, ref i))
                return false;
        }
        if (i < json.Length && (json[i] | 0x20) == 'e')
        {
            i++;
            if (i < json.Length && json[i] is (byte)'+' or (byte)'-')
                i++;
            if (!SkipDigits(json, ref i))
                return false;
        }
        // What follows ("01", "1x", "1.5.2") is checked by whoever reads on: only a comma, an end or whitespace may.
        text = json[_position..i];
        _position = i;
        _afterValue = true;
        return true;
    }

    private static bool SkipDigits(ReadOnlySpan<byte> json, ref int i)
    {
        var start = i;
        while (i < json.Length && json[i] - (uint)'0' <= 9)
            i++;
        return i > start;
    }

    /// <summary>
    /// A number of type <typeparamref name="T"/> that writes back as it came; false for one out of range or
    /// written otherwise (<c>1.50</c> in a <c>double</c>, <c>-0</c>), which the reader keeps beside the value.
    /// </summary>
    public bool Number<T>(out T value) where T : struct, System.Numerics.INumberBase<T>
    {
        value = default;
        if (!NumberText(out var text))
            return false;
        if (TryPlainNumber(text, out value, out var writesBack))
            return writesBack;
        return MmpRead.TryParseNumber(text, out value) && WritesBack(text, value);
    }

    // The powers of ten a plain number of at most 15 digits divides by; a double holds each exactly.
    private static ReadOnlySpan<double> ExactPowersOfTen =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ];

    /// <summary>
    /// The value of a number token of JSON's grammar with at most 15 digits and no exponent (what vendors
    /// send), computed from its digits instead of by the general parser, and whether it writes back as it
    /// came, decided from its text instead of by formatting it again; false, deciding nothing, for any other
    /// token (the general parser and formatter decide then).
    /// </summary>
    private static bool TryPlainNumber<T>(ReadOnlySpan<byte> token, out T value, out bool writesBack) where T : struct, System.Numerics.INumberBase<T>
    {
        value = default;
        writesBack = false;
        var negative = token[0] == '-';
        var i = negative ? 1 : 0;
        ulong digits = 0;
        var count = 0;
        var point = -1;
        for (; i < token.Length; i++)
        {
            var digit = (uint)(token[i] - '0');
            if (digit > 9)
            {
                // A point (there is at most one, with digits after it) or an exponent, which is left to the parser.
                if (token[i] != '.')
                    return false;
                point = i;
                continue;
            }
            // 15 digits: the value is below 2^53, so a double holds it exactly.
            if (++count > 15)
                return false;
            digits = digits * 10 + digit;
        }
        var scale = point < 0 ? 0 : token.Length - point - 1;
        if (typeof(T) == typeof(int) || typeof(T) == typeof(long))
        {
            // "1.0" is not a whole number: the parser refuses it.
            if (scale != 0 || (typeof(T) == typeof(int) && digits > (negative ? 2_147_483_648UL : int.MaxValue)))
                return false;
            var whole = negative ? -(long)digits : (long)digits;
            value = typeof(T) == typeof(int) ? (T)(object)(int)whole : (T)(object)whole;
            // Grammar leaves no leading zeros: only "-0" writes back otherwise (as "0").
            writesBack = !(negative && digits == 0);
            return true;
        }
        if (typeof(T) == typeof(decimal))
        {
            // "-0.0": left to the parser and formatter.
            if (negative && digits == 0)
                return false;
            // The digits and their scale, as the parser keeps them (0.0750 stays four places).
            value = (T)(object)new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, negative, (byte)scale);
            writesBack = true;
            return true;
        }
        if (typeof(T) == typeof(double))
        {
            // "-0", "-0.0": left to the formatter.
            if (negative && digits == 0)
                return false;
            // Both operands are exact, and division rounds correctly: the parser's own result.
            var real = digits / ExactPowersOfTen[scale];
            value = (T)(object)(negative ? -real : real);
            // The shortest digits that read back as this double are the token's own when it has at most 15
            // (two numbers of 15 digits are never the same double), written plainly from 10^-4 to below
            // 10^15; a fraction ending in 0 is written without it ("1.50" as "1.5").
            if (scale > 0 && token[^1] == '0')
            {
                writesBack = false;
                return true;
            }
            // 0.0000123 is written "1.23E-05": left to the formatter.
            var wholeStart = negative ? 1 : 0;
            if (point == wholeStart + 1 && token[wholeStart] == '0' && digits != 0)
            {
                var zeros = token[(point + 1)..].IndexOfAnyExcept((byte)'0');
                if (zeros > 3)
                    return false;
            }
            writesBack = true;
            return true;
        }
        return false;
    }

    // A whole number that parsed from a token of JSON's grammar is digits after an optional minus, without
    // leading zeros: it writes back as it came unless it is "-0". Other types are formatted and compared.
    // A decimal is written as its digits with its scale (0.0750 stays 0.0750): a token without an exponent and
    // with at most 28 digits (all a decimal holds exactly) writes back as it came, unless it is a negative zero.
    private static bool WritesBack<T>(ReadOnlySpan<byte> token, T value) where T : struct, System.Numerics.INumberBase<T>
    {
        if (typeof(T) == typeof(int) || typeof(T) == typeof(long))
            return !token.SequenceEqual("-0"u8);
        if (typeof(T) == typeof(decimal) && token.Length <= 28 && token.IndexOfAny((byte)'e', (byte)'E') < 0 && !(token[0] == '-' && T.IsZero(value)))
            return true;
        return MmpRead.WritesBackNumber(token, value);
    }

    /// <summary>A number sent as a number or a numeric string (<c>""</c> is absent), as <see cref="MmpRead.LenientNumber"/> reads it.</summary>
    public bool LenientNumber<T>(ref MmpWireForm form, out T? value) where T : struct, System.Numerics.INumberBase<T>
    {
        value = null;
        if (Next() != '"')
        {
            if (!Number<T>(out var number))
                return false;
            value = number;
            return true;
        }
        if (!QuotedText(ref form, out var text))
            return false;
        if (text.IsEmpty)
            return true;
        if (!MmpRead.TryParseNumber(text, out T parsed) || !MmpRead.WritesBackNumber(text, parsed))
            return false;
        value = parsed;
        return true;
    }

    // A lenient member's quoted text, its form recorded: "" is the vendor's "no value", anything else quoted.
    private bool QuotedText(ref MmpWireForm form, out ReadOnlySpan<byte> text)
    {
        if (!StringBytes(out text))
            return false;
        form = text.IsEmpty ? MmpWireForm.EmptyString : MmpWireForm.Quoted;
        return true;
    }

    /// <summary>A boolean sent as <c>true</c>/<c>false</c> or <c>"true"</c>/<c>"false"</c> (<c>""</c> is absent), as <see cref="MmpRead.LenientBoolean"/> reads it.</summary>
    public bool LenientBoolean(ref MmpWireForm form, out bool? value)
    {
        value = null;
        if (Next() != '"')
        {
            if (!Boolean(out var flag))
                return false;
            value = flag;
            return true;
        }
        if (!QuotedText(ref form, out var text))
            return false;
        if (text.IsEmpty)
            return true;
        if (text.SequenceEqual("true"u8))
            value = true;
        else if (text.SequenceEqual("false"u8))
            value = false;
        return value.HasValue;
    }

    /// <summary>A UUID in its 36-character form that writes back as it came (lower case), as the reader's <c>TryGetGuid</c> reads it.</summary>
    public bool Guid(out Guid value)
    {
        value = default;
        if (!StringBytes(out var text))
            return false;
        if (TryLowerCaseUuid(text, out value))
            return true;
        return text.Length == 36
            && System.Buffers.Text.Utf8Parser.TryParse(text, out value, out var consumed, 'D')
            && consumed == text.Length
            && !ContainsUpperCaseHex(text);
    }

    // The form a UUID is written in (lower-case hex digits, hyphens at 8, 13, 18 and 23), read pair by pair into
    // its bytes in the order they are written; false for anything else, which the parser decides.
    private static bool TryLowerCaseUuid(ReadOnlySpan<byte> text, out Guid value)
    {
        value = default;
        if (text.Length != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
            return false;
        Span<byte> bytes = stackalloc byte[16];
        var at = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (at is 8 or 13 or 18 or 23)
                at++;
            var high = LowerCaseHexDigit(text[at]);
            var low = LowerCaseHexDigit(text[at + 1]);
            if ((high | low) > 0xF)
                return false;
            bytes[i] = (byte)((high << 4) | low);
            at += 2;
        }
        value = new Guid(bytes, bigEndian: true);
        return true;
    }

    // A lower-case hex digit's value; above 15 for any other byte.
    private static int LowerCaseHexDigit(byte digit) =>
        digit - (uint)'0' <= 9 ? digit - '0' : digit - (uint)'a' <= 5 ? digit - 'a' + 10 : 0xFF;

    // A UUID is written in lower case: one read from lower-case digits writes back as it came.
    private static bool ContainsUpperCaseHex(ReadOnlySpan<byte> text) => text.IndexOfAnyInRange((byte)'A', (byte)'F') >= 0;

    /// <summary>A Unix timestamp (or <c>null</c>), as <see cref="MmpRead.UnixTime"/> reads it, that writes back as it came.</summary>
    public bool UnixTime(bool secondsOrMilliseconds, ref MmpWireForm form, out DateTimeOffset? value)
    {
        value = null;
        if (Null())
        {
            form = MmpWireForm.Null;
            return true;
        }
        if (!Number<long>(out var number))
            return false;
        var seconds = secondsOrMilliseconds && number > -MmpTimestamp.SmallestMilliseconds && number < MmpTimestamp.SmallestMilliseconds;
        var limit = seconds ? 253_402_300_799L : 253_402_300_799_999L;
        var first = seconds ? -62_135_596_800L : -62_135_596_800_000L;
        // Out of a date's range the reader keeps the number as a wrong value.
        if (number < first || number > limit)
            return false;
        if (seconds)
            form = MmpWireForm.Seconds;
        value = seconds ? DateTimeOffset.FromUnixTimeSeconds(number) : DateTimeOffset.FromUnixTimeMilliseconds(number);
        return true;
    }

    /// <summary>An AppsFlyer time (<c>null</c> and <c>""</c> are absent), as <see cref="MmpRead.TryAfDateTime"/> reads it, that writes back as it came.</summary>
    public bool AfDateTime(bool withOffset, ref MmpWireForm form, out DateTimeOffset? value)
    {
        value = null;
        if (Null())
        {
            form = MmpWireForm.Null;
            return true;
        }
        if (!StringBytes(out var text))
            return false;
        if (text.IsEmpty)
        {
            form = MmpWireForm.EmptyString;
            return true;
        }
        if (!MmpTimestamp.TryParseAfDateTime(text, withOffset, out var time, out var hasFraction))
            return false;
        form = hasFraction ? MmpWireForm.Default : MmpWireForm.NoFraction;
        value = time;
        return MmpRead.WritesBackTime(text, time, withOffset, form);
    }

    /// <summary>
    /// An object sent as a JSON string (AppsFlyer <c>eventValue</c>), or as the object itself where the schema is
    /// <paramref name="lenient"/>, as <see cref="MmpRead.TryJsonString"/> reads it. The string's escapes (a JSON
    /// string always has them) are decoded by a reader over the string alone, so they decode exactly as the
    /// message's reader decodes them; false for any string that reader would not read as one object.
    /// </summary>
    public bool JsonString(bool lenient, ref MmpWireForm form, out MmpAttributes? value)
    {
        value = null;
        switch (NextTokenType())
        {
            case JsonTokenType.Null:
                form = MmpWireForm.Null;
                return Null();
            case JsonTokenType.StartObject when lenient:
                form = MmpWireForm.Object;
                return Attributes(out value);
            case JsonTokenType.String:
                break;
            default:
                return false;
        }
        // Most such strings are short, their escapes one letter: decoded on the stack as they are passed over.
        Span<byte> stack = stackalloc byte[StackDecodeLength];
        if (TryDecodeShortString(stack, out var decoded))
            return TryJsonObject(stack[..decoded], lenient, ref form, out value);
        if (!EscapedStringToken(out var token))
            return false;
        // The content is never longer than the token.
        var rented = ArrayPool<byte>.Shared.Rent(token.Length);
        try
        {
            return TryUnescapeWithReader(token, rented, out var length) && TryJsonObject(rented.AsSpan(0, length), lenient, ref form, out value);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    // The decoded content of JSON inside a string: "" is the vendor's "no value"; anything else must be one object.
    private static bool TryJsonObject(ReadOnlySpan<byte> inner, bool lenient, ref MmpWireForm form, out MmpAttributes? value)
    {
        value = null;
        if (inner.IsEmpty)
        {
            form = MmpWireForm.EmptyString;
            value = lenient ? null : new MmpAttributes();
            return true;
        }
        if (inner.Trim(" \t\r\n"u8).IsEmpty || !IsOneObject(inner))
            return false;
        value = MmpAttributes.FromCheckedJson(Encoding.UTF8.GetString(inner));
        return true;
    }

    /// <summary>
    /// The string the scanner stands on, its one-letter escapes decoded into <paramref name="buffer"/> as it is
    /// passed over; false, the scanner not moved, for a longer string, a <c>\u</c> escape or anything the reader
    /// refuses (the general path decides then).
    /// </summary>
    private bool TryDecodeShortString(scoped Span<byte> buffer, out int length)
    {
        length = 0;
        var json = _json;
        var i = _position + 1;
        while (true)
        {
            var stop = IndexOfStringStop(json[i..], out _);
            if (stop < 0 || json[i + stop] < 0x20 || length + stop >= buffer.Length)
                return false;
            json.Slice(i, stop).CopyTo(buffer[length..]);
            length += stop;
            i += stop;
            if (json[i] == '"')
                break;
            if (i + 1 >= json.Length)
                return false;
            var escaped = Unescaped(json[i + 1]);
            if (escaped == 0)
                return false;
            buffer[length++] = escaped;
            i += 2;
        }
        _position = i + 1;
        _afterValue = true;
        return true;
    }

    // The byte a one-letter escape stands for (the letter after the backslash); 0 for \u and what is not an escape.
    private static byte Unescaped(byte letter) => letter switch
    {
        (byte)'"' => (byte)'"',
        (byte)'\\' => (byte)'\\',
        (byte)'/' => (byte)'/',
        (byte)'b' => (byte)'\b',
        (byte)'f' => (byte)'\f',
        (byte)'n' => (byte)'\n',
        (byte)'r' => (byte)'\r',
        (byte)'t' => (byte)'\t',
        _ => 0,
    };

    private const int StackDecodeLength = 512;

    // A string token's content with its escapes decoded by the reader's own CopyString (the longer strings,
    // and those with \u escapes, which the stack decoding above leaves alone); false for what it refuses.
    private static bool TryUnescapeWithReader(ReadOnlySpan<byte> token, Span<byte> buffer, out int length)
    {
        length = 0;
        var reader = new Utf8JsonReader(token, MmpRead.Options);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                return false;
            length = reader.CopyString(buffer);
            return true;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether JSON that came inside a string is one object a later read takes without an error, as
    /// <see cref="MmpRawJson.IsOne(ReadOnlySpan{byte}, JsonReaderOptions, JsonTokenType)"/> decides with the
    /// lenient reader: the strict shape (no escapes, no trailing comma) is passed over here; anything else is
    /// left to that reader, which decides.
    /// </summary>
    private static bool IsOneObject(ReadOnlySpan<byte> json)
    {
        var inner = new MmpScanner(json);
        if (inner.NextTokenType() == JsonTokenType.StartObject && inner.SkipValue() && inner.AtEnd() && Utf8.IsValid(json))
            return true;
        return MmpRawJson.IsOne(json, MmpRead.InnerOptions, JsonTokenType.StartObject);
    }

    // A string token with its quotes, escapes allowed (checked later by a reader over the token); the
    // scanner stands on its opening quote and ends after the closing one.
    private bool EscapedStringToken(out ReadOnlySpan<byte> token)
    {
        token = default;
        var i = _position + 1;
        while (true)
        {
            var stop = IndexOfStringStop(_json[i..], out _);
            if (stop < 0 || _json[i + stop] < 0x20)
                return false;
            i += stop;
            if (_json[i] == '"')
                break;
            // A backslash and the byte it escapes; a bad escape is the token reader's to refuse.
            i += 2;
            if (i >= _json.Length)
                return false;
        }
        token = _json[_position..(i + 1)];
        _position = i + 1;
        _afterValue = true;
        return true;
    }

    /// <summary>A list, each element read by <paramref name="scan"/>.</summary>
    public bool List<T>(MmpScanFunc<T> scan, [MaybeNullWhen(false)] out System.Collections.Generic.List<T> value)
    {
        ArgumentNullException.ThrowIfNull(scan);
        value = null!;
        if (!StartArray())
            return false;
        var list = new System.Collections.Generic.List<T>();
        while (NextElement())
        {
            if (!scan(ref this, out var item))
                return false;
            list.Add(item);
        }
        if (Failed)
            return false;
        value = list;
        return true;
    }

    /// <summary>
    /// An object the schema leaves open, each member's value kept as <see cref="MmpRead.Value"/> keeps it: a
    /// string, a number, a boolean, <c>null</c>, or a nested object or array as its text (without escapes:
    /// those are left to the reader).
    /// </summary>
    public bool Attributes([MaybeNullWhen(false)] out MmpAttributes value)
    {
        value = null!;
        if (!StartObject())
            return false;
        var attributes = new MmpAttributes();
        while (NextMember(out var name))
        {
            if (!TryDecode(name, out var key) || !Value(out var member))
                return false;
            attributes[key] = member;
        }
        if (Failed)
            return false;
        value = attributes;
        return true;
    }

    /// <summary>
    /// A member the schema does not know, its value kept in <paramref name="unknown"/> as the reader keeps it
    /// (<see cref="MmpAttributes.ReadMember"/>): a name set twice keeps its first place and its last value.
    /// </summary>
    public bool UnknownMember(scoped ReadOnlySpan<byte> name, MmpAttributes unknown)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        if (!TryDecode(name, out var key) || !Value(out var value))
            return false;
        unknown[key] = value;
        return true;
    }

    // A value kept as it came, as MmpRead.Value keeps it.
    private bool Value(out MmpValue value)
    {
        value = default;
        switch (NextTokenType())
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                // Its text from the opening bracket to the closing one, whitespace and all, as the reader's
                // Skip spans it; the reader checks the whole text is UTF-8, and so does this.
                var start = _position;
                if (!SkipValue())
                    return false;
                var json = _json[start.._position];
                if (!Utf8.IsValid(json))
                    return false;
                value = MmpValue.CheckedJson(Encoding.UTF8.GetString(json));
                return true;
            case JsonTokenType.String:
                if (!String(out var text))
                    return false;
                value = MmpValue.String(text);
                return true;
            case JsonTokenType.Number:
                if (!NumberText(out var number))
                    return false;
                value = MmpValue.CheckedNumberText(Encoding.Latin1.GetString(number));
                return true;
            case JsonTokenType.True or JsonTokenType.False:
                if (!Boolean(out var flag))
                    return false;
                value = MmpValue.Boolean(flag);
                return true;
            case JsonTokenType.Null:
                return Null();
            default:
                return false;
        }
    }

    // Passes over one value of any kind, checking what the reader checks as it skips it (grammar, commas,
    // depth, control characters); a string with an escape is left to the reader.
    private bool SkipValue()
    {
        switch (NextTokenType())
        {
            case JsonTokenType.String:
                return StringBytes(out _);
            case JsonTokenType.Number:
                return NumberText(out _);
            case JsonTokenType.True or JsonTokenType.False:
                return Boolean(out _);
            case JsonTokenType.Null:
                return Null();
            case JsonTokenType.StartObject:
                if (!StartObject())
                    return false;
                while (NextMember(out _))
                {
                    if (!SkipValue())
                        return false;
                }
                return !Failed;
            case JsonTokenType.StartArray:
                if (!StartArray())
                    return false;
                while (NextElement())
                {
                    if (!SkipValue())
                        return false;
                }
                return !Failed;
            default:
                return false;
        }
    }

    // The next byte after whitespace (the reader's four), or 0 at the end: no value starts with 0. Compact
    // JSON has none, so a byte that is not whitespace is returned without a call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private byte Next()
    {
        var json = _json;
        var i = _position;
        if ((uint)i < (uint)json.Length && json[i] > (byte)' ')
            return json[i];
        return NextAfterWhitespace();
    }

    private byte NextAfterWhitespace()
    {
        SkipWhitespace();
        return _position < _json.Length ? _json[_position] : (byte)0;
    }

    // Compact JSON has no whitespace, indented JSON a line break and a run of spaces: one byte is looked at
    // first, and a run of spaces is passed 32 bytes at a time.
    private void SkipWhitespace()
    {
        var json = _json;
        var i = _position;
        while ((uint)i < (uint)json.Length && json[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            i++;
            if (Vector256.IsHardwareAccelerated && i <= json.Length - Vector256<byte>.Count && json[i] == ' ')
            {
                var spaces = Vector256.Equals(Vector256.Create(json.Slice(i, Vector256<byte>.Count)), Vector256.Create((byte)' ')).ExtractMostSignificantBits();
                // All 32 spaces: the count is 32, and the loop looks again.
                i += BitOperations.TrailingZeroCount(~spaces);
            }
        }
        _position = i;
    }
}
