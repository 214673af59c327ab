using System;
using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Encodings.Web;

namespace MmpTyped.Runtime;

/// <summary>
/// Which text the direct writer may copy as it is: the ASCII characters that <see cref="MmpJson.WriterOptions"/>'
/// encoder leaves alone, asked of the encoder itself once, so the two writers cannot disagree. Anything
/// else (a quote, a control character, any non-ASCII text) goes to that same encoder.
/// </summary>
internal static class MmpJsonEscaping
{
    /// <summary>The encoder <see cref="System.Text.Json.Utf8JsonWriter"/> uses with <see cref="MmpJson.WriterOptions"/>.</summary>
    public static readonly JavaScriptEncoder Encoder = MmpJson.WriterOptions.Encoder
        ?? throw new InvalidOperationException("MmpJson.WriterOptions has no encoder.");

    private static readonly byte[] PlainAscii = FindPlainAscii();
    private static readonly SearchValues<byte> PlainBytes = SearchValues.Create(PlainAscii);
    private static readonly SearchValues<char> PlainChars = SearchValues.Create(Array.ConvertAll(PlainAscii, b => (char)b));

    // The encoder leaves alone exactly the printable ASCII but '"' and '\' (what the relaxed encoder does): then
    // TryCopyPlain checks 16 characters at a time with four comparisons. Any other encoder takes the general check.
    private static readonly bool PlainIsPrintableAscii = PlainAscii.AsSpan().SequenceEqual(PrintableAsciiButQuoteAndBackslash());

    /// <summary>True when every character is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainChars);

    /// <summary>True when every byte is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExcept(PlainBytes);

    /// <summary>How many leading characters the encoder writes as they are (all of them: the length).</summary>
    public static int PlainPrefix(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(PlainChars) is var i and >= 0 ? i : text.Length;

    /// <summary>How many leading bytes the encoder writes as they are (all of them: the length).</summary>
    public static int PlainPrefix(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(PlainBytes) is var i and >= 0 ? i : utf8.Length;

    // The encoder's escape of each ASCII character it escapes, as UTF-8 (null for the plain ones), asked of the
    // encoder once: the encoder escapes a character the same way wherever it stands.
    private static readonly byte[]?[] AsciiEscapes = FindAsciiEscapes();

    /// <summary>The encoder's escape of <paramref name="c"/> as UTF-8 when it is ASCII the encoder escapes; else null.</summary>
    public static byte[]? EscapedAscii(char c) => c < 128 ? AsciiEscapes[c] : null;

    private static byte[]?[] FindAsciiEscapes()
    {
        var escapes = new byte[]?[128];
        for (var c = 0; c < 128; c++)
        {
            var escaped = Encoder.Encode(((char)c).ToString());
            if (escaped.Length != 1 || escaped[0] != c)
                escapes[c] = Encoding.UTF8.GetBytes(escaped);
        }
        return escapes;
    }

    // One bit per BMP character: set when the encoder writes it as it is. Built on the first text that is not
    // plain ASCII, by asking the encoder about every character once.
    private static ulong[]? s_unescapedBmp;

    /// <summary>
    /// True when the encoder writes every character as it is and none is a surrogate (text it only transcodes
    /// to UTF-8: Korean, accented Latin); false for anything it escapes, a character outside the BMP included.
    /// </summary>
    public static bool IsUnescapedBmp(ReadOnlySpan<char> text)
    {
        var bits = s_unescapedBmp ??= FindUnescapedBmp();
        foreach (var c in text)
        {
            if ((bits[c >> 6] & (1UL << c)) == 0)
                return false;
        }
        return true;
    }

    private static ulong[] FindUnescapedBmp()
    {
        var bits = new ulong[65536 / 64];
        Span<byte> utf8 = stackalloc byte[3];
        for (var c = 0; c < 65536; c++)
        {
            if (char.IsSurrogate((char)c))
                continue;
            var length = new Rune(c).EncodeToUtf8(utf8);
            if (Encoder.FindFirstCharacterToEncodeUtf8(utf8[..length]) < 0)
                bits[c >> 6] |= 1UL << c;
        }
        return bits;
    }

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="destination"/> (as long as the text) as ASCII, checking
    /// in the same pass that the encoder writes every character as it is; false at the first one it would not
    /// (a quote, a control character, anything not ASCII), with part of the destination written.
    /// </summary>
    public static bool TryCopyPlain(ReadOnlySpan<char> text, Span<byte> destination)
    {
        destination = destination[..text.Length];
        if (!PlainIsPrintableAscii || !Vector128.IsHardwareAccelerated || !BitConverter.IsLittleEndian)
            return IsPlain(text) && Ascii.FromUtf16(text, destination, out _) == OperationStatus.Done;
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        if (chars.Length >= 16)
        {
            var at = 0;
            for (; at <= chars.Length - 16; at += 16)
            {
                if (!TryCopyPlain(chars.Slice(at, 8), chars.Slice(at + 8, 8), out var block))
                    return false;
                block.CopyTo(destination[at..]);
            }
            // The last, partial block: the last 16 characters again, overlapping what is copied.
            if (at < chars.Length)
            {
                if (!TryCopyPlain(chars[^16..^8], chars[^8..], out var last))
                    return false;
                last.CopyTo(destination[^16..]);
            }
            return true;
        }
        if (chars.Length >= 8)
        {
            // The first 8 and the last 8 characters, overlapping in the middle.
            if (!TryCopyPlain(chars[..8], chars[^8..], out var both))
                return false;
            both.GetLower().CopyTo(destination);
            both.GetUpper().CopyTo(destination[^8..]);
            return true;
        }
        if (chars.Length >= 4)
        {
            // The first 4 and the last 4 characters in one vector, overlapping in the middle: short values
            // ("KRW1", "ko-KR", "Samsung") are most of a record's strings.
            var bytes = MemoryMarshal.AsBytes(chars);
            var first = MemoryMarshal.Read<ulong>(bytes);
            var last = MemoryMarshal.Read<ulong>(bytes[^8..]);
            if (!TryCopyPlain(Vector128.Create(first, last).AsUInt16(), out var ascii))
                return false;
            var four = ascii.AsUInt32();
            MemoryMarshal.Write(destination, four.GetElement(0));
            MemoryMarshal.Write(destination[^4..], four.GetElement(1));
            return true;
        }
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is < 0x20 or > 0x7E or 0x22 or 0x5C)
                return false;
            destination[i] = (byte)c;
        }
        return true;
    }

    // 16 UTF-16 characters as ASCII bytes when every one is printable ASCII but '"' and '\'.
    private static bool TryCopyPlain(ReadOnlySpan<ushort> first, ReadOnlySpan<ushort> second, out Vector128<byte> ascii)
    {
        var lower = Vector128.Create(first);
        var upper = Vector128.Create(second);
        ascii = default;
        if (((lower | upper) & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            return false;
        ascii = Vector128.Narrow(lower, upper);
        return IsPrintable(ascii);
    }

    // 8 UTF-16 characters as the first 8 ASCII bytes of the vector when every one is printable ASCII but '"' and '\'.
    private static bool TryCopyPlain(Vector128<ushort> chars, out Vector128<byte> ascii)
    {
        ascii = default;
        if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            return false;
        ascii = Vector128.Narrow(chars, chars);
        return IsPrintable(ascii);
    }

    private static bool IsPrintable(Vector128<byte> ascii)
    {
        var escaped = Vector128.LessThan(ascii, Vector128.Create((byte)0x20))
            | Vector128.GreaterThan(ascii, Vector128.Create((byte)0x7E))
            | Vector128.Equals(ascii, Vector128.Create((byte)'"'))
            | Vector128.Equals(ascii, Vector128.Create((byte)'\\'));
        return escaped == Vector128<byte>.Zero;
    }

    private static byte[] PrintableAsciiButQuoteAndBackslash()
    {
        var plain = new System.Collections.Generic.List<byte>(95);
        for (var b = 0x20; b <= 0x7E; b++)
        {
            if (b is not ('"' or '\\'))
                plain.Add((byte)b);
        }
        return plain.ToArray();
    }

    private static byte[] FindPlainAscii()
    {
        var plain = new System.Collections.Generic.List<byte>(128);
        Span<byte> one = stackalloc byte[1];
        for (var b = 0; b < 128; b++)
        {
            one[0] = (byte)b;
            if (Encoder.FindFirstCharacterToEncodeUtf8(one) < 0)
                plain.Add((byte)b);
        }
        return plain.ToArray();
    }
}
