using System;
using System.Buffers;
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

    /// <summary>True when every character is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<char> text) => !text.ContainsAnyExcept(PlainChars);

    /// <summary>True when every byte is ASCII that the encoder writes as it is.</summary>
    public static bool IsPlain(ReadOnlySpan<byte> utf8) => !utf8.ContainsAnyExcept(PlainBytes);

    /// <summary>How many leading characters the encoder writes as they are (all of them: the length).</summary>
    public static int PlainPrefix(ReadOnlySpan<char> text) => text.IndexOfAnyExcept(PlainChars) is var i and >= 0 ? i : text.Length;

    /// <summary>How many leading bytes the encoder writes as they are (all of them: the length).</summary>
    public static int PlainPrefix(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(PlainBytes) is var i and >= 0 ? i : utf8.Length;

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
