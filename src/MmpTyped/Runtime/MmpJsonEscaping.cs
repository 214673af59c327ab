using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Encodings.Web;

namespace MmpTyped.Runtime;

/// <summary>
/// How the direct writer escapes text as <see cref="MmpJson.WriterOptions"/>' encoder does, asking that encoder
/// once (which ASCII it leaves alone, how it escapes the rest, which BMP characters it only transcodes) so the
/// two writers cannot disagree: plain ASCII is checked and copied (<see cref="TryCopyPlain(ReadOnlySpan{char}, Span{byte})"/>), other text is
/// escaped in one pass (<c>Escape</c>) up to the first character only the encoder decides, which goes to it.
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

    /// <summary>Every ASCII character (0 to 127), for finding the end of a run of other characters.</summary>
    public static readonly SearchValues<char> AsciiChars = SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).ToArray());

    /// <summary>Every ASCII byte (0 to 127), for finding the end of a run of other characters.</summary>
    public static readonly SearchValues<byte> AsciiBytes = SearchValues.Create(Enumerable.Range(0, 128).Select(c => (byte)c).ToArray());

    /// <summary>True when every character is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainChars);

    /// <summary>True when every byte is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExcept(PlainBytes);

    // The encoder's escape of each ASCII character it escapes, as UTF-8 (null for the plain ones), asked of the
    // encoder once: the encoder escapes a character the same way wherever it stands.
    private static readonly byte[]?[] AsciiEscapes = FindAsciiEscapes();

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

    // Each ASCII character as the encoder writes it, packed for one 8-byte store: its bytes (itself, or its
    // escape: \" \\ \n \u0001) in the low bytes, their count in the top byte. 0 for an escape longer than 7
    // bytes, which is left to the encoder (none with the relaxed encoder, whose longest is \u007F).
    private static readonly ulong[] PackedAscii = PackAscii();

    // The most bytes one character becomes in Escape: its longest ASCII escape, or 3 for a BMP character.
    private static readonly int MaxBytesPerChar = MaxPackedLength();

    // Whether the encoder escapes a quote and a backslash as a backslash before each (\" and \\, as the relaxed
    // encoder does), asked of it once: then a block of ASCII text whose only escapes are those is written with
    // two shuffles (Expand) rather than escape by escape.
    private static readonly bool ExpandsQuotes =
        PackedAscii['"'] == ((2UL << 56) | ((ulong)'"' << 8) | '\\') && PackedAscii['\\'] == ((2UL << 56) | ((ulong)'\\' << 8) | '\\');

    private static readonly (Vector128<byte> Indices, Vector128<byte> Backslashes)[] ExpandShuffles = BuildExpandShuffles();

    /// <summary>
    /// The destination size <see cref="Escape(ReadOnlySpan{char}, Span{byte}, out int)"/> and
    /// <see cref="Escape(ReadOnlySpan{byte}, Span{byte}, out int)"/> need for <paramref name="length"/> characters
    /// or bytes: the longest escape of each, and room for the two 16-byte stores of the last block.
    /// </summary>
    public static int EscapedBound(int length) => checked((length * MaxBytesPerChar) + 32);

    /// <summary>
    /// Writes <paramref name="text"/> into <paramref name="destination"/> (<see cref="EscapedBound"/> bytes of it)
    /// as UTF-8, escaped as the encoder escapes it, for as long as that needs no call to the encoder: plain ASCII
    /// copied 16 (or 8) characters at a time, with its quotes and backslashes escaped by two shuffles, any other
    /// ASCII character the encoder escapes from a table asked of the encoder, a BMP character it leaves alone
    /// (Korean, accented Latin) transcoded. Stops at the first character that needs the encoder (a surrogate,
    /// U+2028, U+FEFF) and returns how many characters it took.
    /// </summary>
    public static int Escape(ReadOnlySpan<char> text, Span<byte> destination, out int written)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var packed = PackedAscii;
        var i = 0;
        var o = 0;
        if (PlainIsPrintableAscii && Vector128.IsHardwareAccelerated && chars.Length >= 8)
        {
            // Blocks of 16 characters, or of 8 in text shorter than 16; near the end the last block again,
            // the characters already written shifted out.
            var width = chars.Length >= 16 ? 16 : 8;
            while (i < chars.Length)
            {
                var at = Math.Min(i, chars.Length - width);
                var skip = i - at;
                var lower = Vector128.Create(chars.Slice(at, 8));
                var upper = width == 16 ? Vector128.Create(chars.Slice(at + 8, 8)) : Vector128<ushort>.Zero;
                // Narrowed with saturation, a character past ASCII becomes 0xFF, which is not plain: the checks
                // run on bytes, and the ASCII characters are the bytes to store.
                var ascii = Vector128.NarrowWithSaturation(lower, upper);
                var quotes = QuoteOrBackslash(ascii).ExtractMostSignificantBits() >> skip;
                // A short block's empty upper half is not text.
                var others = (NotAsciiOrControl(ascii).ExtractMostSignificantBits() >> skip) & ((1u << (width - skip)) - 1);
                if (skip != 0)
                    ascii = Vector128.Shuffle(ascii, Vector128<byte>.Indices + Vector128.Create((byte)skip));
                var left = width - skip;
                if (others == 0 && (quotes == 0 || ExpandsQuotes))
                {
                    o = Expand(ascii, quotes, destination, o) + left;
                    i += left;
                    continue;
                }
                // The block is stored whole; the bytes up to its next special character are the text's, the
                // rest is written over. Each special character shifts what is left of the block past itself.
                var special = quotes | others;
                while (true)
                {
                    ascii.CopyTo(destination[o..]);
                    if (special == 0)
                    {
                        o += left;
                        i += left;
                        break;
                    }
                    var run = BitOperations.TrailingZeroCount(special);
                    o += run;
                    i += run;
                    var escaped = EscapeOne(chars[i], packed, destination, o);
                    if (escaped == 0)
                    {
                        written = o;
                        return i;
                    }
                    o += escaped;
                    i++;
                    var shift = run + 1;
                    left -= shift;
                    if (left == 0)
                        break;
                    special >>= shift;
                    ascii = Vector128.Shuffle(ascii, Vector128<byte>.Indices + Vector128.Create((byte)shift));
                }
            }
            written = o;
            return i;
        }
        for (; i < chars.Length; i++)
        {
            var escaped = EscapeOne(chars[i], packed, destination, o);
            if (escaped == 0)
                break;
            o += escaped;
        }
        written = o;
        return i;
    }

    // One character at o: ASCII from the table, a BMP character the encoder leaves alone as its UTF-8. How many
    // bytes it wrote; 0 for one that needs the encoder. (Offsets are passed and returned rather than by
    // reference, which would keep the loops' offset in memory.)
    private static int EscapeOne(ushort c, ulong[] packed, Span<byte> destination, int o)
    {
        if (c < 128)
        {
            var bytes = packed[c];
            BinaryPrimitives.WriteUInt64LittleEndian(destination[o..], bytes);
            return (int)(bytes >> 56);
        }
        if (!IsUnescapedBmp(c))
            return 0;
        if (c < 0x800)
        {
            destination[o + 1] = (byte)(0x80 | (c & 0x3F));
            destination[o] = (byte)(0xC0 | (c >> 6));
            return 2;
        }
        destination[o + 2] = (byte)(0x80 | (c & 0x3F));
        destination[o + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
        destination[o] = (byte)(0xE0 | (c >> 12));
        return 3;
    }

    /// <summary>
    /// <see cref="Escape(ReadOnlySpan{char}, Span{byte}, out int)"/> for UTF-8 text: plain ASCII copied 16 bytes at
    /// a time with its quotes and backslashes escaped by two shuffles, other ASCII escapes from the table, a BMP
    /// character the encoder leaves alone copied; stops at the first byte of a character that needs the encoder
    /// (or of a sequence that is not UTF-8, which the encoder refuses).
    /// </summary>
    public static int Escape(ReadOnlySpan<byte> utf8, Span<byte> destination, out int written)
    {
        var packed = PackedAscii;
        var i = 0;
        var o = 0;
        if (PlainIsPrintableAscii && Vector128.IsHardwareAccelerated && utf8.Length >= 16)
        {
            while (i < utf8.Length)
            {
                var at = Math.Min(i, utf8.Length - 16);
                var skip = i - at;
                var ascii = Vector128.Create(utf8.Slice(at, 16));
                var quotes = QuoteOrBackslash(ascii).ExtractMostSignificantBits() >> skip;
                var others = NotAsciiOrControl(ascii).ExtractMostSignificantBits() >> skip;
                if (skip != 0)
                    ascii = Vector128.Shuffle(ascii, Vector128<byte>.Indices + Vector128.Create((byte)skip));
                var left = 16 - skip;
                if (others == 0 && (quotes == 0 || ExpandsQuotes))
                {
                    o = Expand(ascii, quotes, destination, o) + left;
                    i += left;
                    continue;
                }
                var special = quotes | others;
                while (true)
                {
                    ascii.CopyTo(destination[o..]);
                    if (special == 0)
                    {
                        o += left;
                        i += left;
                        break;
                    }
                    var run = BitOperations.TrailingZeroCount(special);
                    o += run;
                    i += run;
                    var length = EscapeOne(utf8[i..], packed, destination, o, out var escaped);
                    if (length == 0)
                    {
                        written = o;
                        return i;
                    }
                    o += escaped;
                    i += length;
                    // A character of several bytes may end in the next block: the block is read again there.
                    var shift = run + length;
                    if (shift >= left)
                        break;
                    left -= shift;
                    special >>= shift;
                    ascii = Vector128.Shuffle(ascii, Vector128<byte>.Indices + Vector128.Create((byte)shift));
                }
            }
            written = o;
            return i;
        }
        while (i < utf8.Length)
        {
            var length = EscapeOne(utf8[i..], packed, destination, o, out var escaped);
            if (length == 0)
                break;
            o += escaped;
            i += length;
        }
        written = o;
        return i;
    }

    // A block of plain ASCII, quotes and backslashes (the bits of `quotes`) stored at o with a backslash before
    // each quote and backslash: each half's 8 bytes spread by a shuffle looked up by its 8 bits, so that a marked
    // byte comes twice, the first of the two made a backslash. Returns o moved by the backslashes added; the
    // caller adds the bytes taken. A block with none is one store.
    private static int Expand(Vector128<byte> ascii, uint quotes, Span<byte> destination, int o)
    {
        if (quotes == 0)
        {
            ascii.CopyTo(destination[o..]);
            return o;
        }
        var backslash = Vector128.Create((byte)'\\');
        var shuffles = ExpandShuffles;
        var low = shuffles[(int)(quotes & 0xFF)];
        var high = shuffles[(int)(quotes >> 8)];
        var first = Vector128.ShuffleNative(ascii, low.Indices);
        Vector128.ConditionalSelect(low.Backslashes, backslash, first).CopyTo(destination[o..]);
        o += BitOperations.PopCount(quotes & 0xFF);
        var second = Vector128.ShuffleNative(ascii, high.Indices + Vector128.Create((byte)8));
        Vector128.ConditionalSelect(high.Backslashes, backslash, second).CopyTo(destination[(o + 8)..]);
        return o + BitOperations.PopCount(quotes >> 8);
    }

    // For each 8 bits of quotes and backslashes in 8 bytes: which byte each of 16 output bytes takes (a marked
    // one twice), and which of them are backslashes. The lanes past the 8 bytes and their backslashes take
    // byte 0: stored, then written over.
    private static (Vector128<byte> Indices, Vector128<byte> Backslashes)[] BuildExpandShuffles()
    {
        var shuffles = new (Vector128<byte>, Vector128<byte>)[256];
        Span<byte> indices = stackalloc byte[16];
        Span<byte> backslashes = stackalloc byte[16];
        for (var mask = 0; mask < 256; mask++)
        {
            indices.Clear();
            backslashes.Clear();
            var lane = 0;
            for (var b = 0; b < 8; b++)
            {
                if ((mask & (1 << b)) != 0)
                {
                    backslashes[lane] = 0xFF;
                    indices[lane++] = (byte)b;
                }
                indices[lane++] = (byte)b;
            }
            shuffles[mask] = (Vector128.Create<byte>(indices), Vector128.Create<byte>(backslashes));
        }
        return shuffles;
    }


    // The character utf8 starts with, at o: ASCII from the table, a BMP character the encoder leaves alone
    // copied. How many bytes it took (and wrote: `written`); 0 for one that needs the encoder, or bytes that are
    // not UTF-8.
    private static int EscapeOne(ReadOnlySpan<byte> utf8, ulong[] packed, Span<byte> destination, int o, out int written)
    {
        written = 0;
        var first = utf8[0];
        if (first < 128)
        {
            var bytes = packed[first];
            BinaryPrimitives.WriteUInt64LittleEndian(destination[o..], bytes);
            written = (int)(bytes >> 56);
            return written == 0 ? 0 : 1;
        }
        if (Rune.DecodeFromUtf8(utf8, out var rune, out var length) != OperationStatus.Done || !rune.IsBmp)
            return 0;
        if (!IsUnescapedBmp(rune.Value))
            return 0;
        utf8[..length].CopyTo(destination[o..]);
        written = length;
        return length;
    }

    // A quote or a backslash, which the encoder escapes as a backslash before itself.
    private static Vector128<byte> QuoteOrBackslash(Vector128<byte> bytes) =>
        Vector128.Equals(bytes, Vector128.Create((byte)'"')) | Vector128.Equals(bytes, Vector128.Create((byte)'\\'));

    // Outside printable ASCII: a control character, DEL, anything not ASCII.
    private static Vector128<byte> NotAsciiOrControl(Vector128<byte> bytes) =>
        Vector128.GreaterThan(bytes - Vector128.Create((byte)0x20), Vector128.Create((byte)(0x7E - 0x20)));

    private static ulong[] PackAscii()
    {
        var packed = new ulong[128];
        for (var c = 0; c < 128; c++)
        {
            var bytes = AsciiEscapes[c] ?? [(byte)c];
            if (bytes.Length > 7)
                continue;
            var value = (ulong)bytes.Length << 56;
            for (var b = 0; b < bytes.Length; b++)
                value |= (ulong)bytes[b] << (8 * b);
            packed[c] = value;
        }
        return packed;
    }

    private static int MaxPackedLength()
    {
        var longest = 3;
        foreach (var value in PackedAscii)
            longest = Math.Max(longest, (int)(value >> 56));
        return longest;
    }

    // One bit per BMP character: set when the encoder writes it as it is. Built on the first text that is not
    // plain ASCII, by asking the encoder about every character once.
    private static ulong[]? s_unescapedBmp;

    // Whether the encoder writes the BMP character c (not a surrogate) as it is: text it only transcodes to
    // UTF-8 (Korean, accented Latin).
    private static bool IsUnescapedBmp(int c)
    {
        var bits = s_unescapedBmp ??= FindUnescapedBmp();
        return (bits[c >> 6] & (1UL << c)) != 0;
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
    // Not inlined: the callers that write a name and a value (an attribute) grew a large frame, cleared on every
    // call, and kept the spans of its second copy in memory.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryCopyPlain(ReadOnlySpan<char> text, Span<byte> destination)
    {
        destination = destination[..text.Length];
        // The 4-character path reads two characters' bytes as one little-endian number.
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
            // The first 4 and the last 4 characters, overlapping in the middle.
            if (!TryCopyPlain(chars[..4], out var head) || !TryCopyPlain(chars[^4..], out var tail))
                return false;
            BinaryPrimitives.WriteUInt32LittleEndian(destination, head);
            BinaryPrimitives.WriteUInt32LittleEndian(destination[^4..], tail);
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

    // 16 UTF-16 characters as ASCII bytes when every one is printable ASCII but '"' and '\'. Narrowed with
    // saturation, a character past ASCII becomes 0xFF, which the check on bytes refuses.
    private static bool TryCopyPlain(ReadOnlySpan<ushort> first, ReadOnlySpan<ushort> second, out Vector128<byte> ascii)
    {
        ascii = Vector128.NarrowWithSaturation(Vector128.Create(first), Vector128.Create(second));
        return (NotAsciiOrControl(ascii) | QuoteOrBackslash(ascii)) == Vector128<byte>.Zero;
    }

    // 4 UTF-16 characters (read as one 8-byte value) as 4 ASCII bytes, checked as above; the vector's other
    // lanes are zeros, which the check would refuse, so only the first 4 bits count.
    private static bool TryCopyPlain(ReadOnlySpan<ushort> four, out uint ascii)
    {
        var chars = Vector128.CreateScalar(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(four))).AsUInt16();
        var bytes = Vector128.NarrowWithSaturation(chars, chars);
        ascii = bytes.AsUInt32().ToScalar();
        return ((NotAsciiOrControl(bytes) | QuoteOrBackslash(bytes)).ExtractMostSignificantBits() & 0xF) == 0;
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
