using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MmpTyped;

/// <summary>
/// Checks of JSON text that is written as it is (a number's text, a nested object's text), and the
/// escaping of strings that no encoder takes (a lone surrogate).
/// </summary>
internal static class MmpRawJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="text"/> is exactly one JSON number, or one object or array whose strings all decode.</summary>
    public static bool IsOne(string text, bool number)
    {
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(text);
        }
        catch (EncoderFallbackException)
        {
            return false; // a lone surrogate: no UTF-8 holds it
        }
        return IsOne(utf8, Runtime.MmpRead.Options, number ? JsonTokenType.Number : JsonTokenType.None);
    }

    /// <summary>
    /// Whether <paramref name="json"/> is exactly one value (of <paramref name="kind"/>; <see cref="JsonTokenType.None"/>
    /// for an object or an array, <see cref="JsonTokenType.StartObject"/> for an object only) that a later read
    /// takes without an error: valid UTF-8, not too deep, every escaped string decodable.
    /// </summary>
    public static bool IsOne(ReadOnlySpan<byte> json, JsonReaderOptions options, JsonTokenType kind)
    {
        if (!System.Text.Unicode.Utf8.IsValid(json))
            return false;
        var reader = new Utf8JsonReader(json, options);
        try
        {
            if (!reader.Read())
                return false;
            var first = reader.TokenType;
            if (kind == JsonTokenType.Number)
                return first == JsonTokenType.Number && !reader.Read();
            if (first != JsonTokenType.StartObject && (kind == JsonTokenType.StartObject || first != JsonTokenType.StartArray))
                return false;
            while (reader.Read())
            {
                if (reader.ValueIsEscaped && !Decodes(ref reader))
                    return false;
                if (reader.CurrentDepth == 0)
                    return !reader.Read();
            }
            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // An escaped string may hold a lone surrogate (\ud800), which no .NET string can take.
    private static bool Decodes(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            reader.CopyString(buffer);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Whether a string holds a surrogate without its other half, which UTF-8 cannot carry.</summary>
    public static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
                continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else
                return true;
        }
        return false;
    }

    /// <summary>A string's content as JSON escapes it; a lone surrogate is shown as its <c>\uXXXX</c> escape.</summary>
    public static string Escape(string text)
    {
        if (!HasLoneSurrogate(text))
            return JsonEncodedText.Encode(text, MmpJson.WriterOptions.Encoder).Value;
        var escaped = new StringBuilder(text.Length + 8);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
                continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            escaped.Append(JsonEncodedText.Encode(text.AsSpan(start, i - start), MmpJson.WriterOptions.Encoder).Value)
                .Append("\\u").Append(((int)text[i]).ToString("X4", CultureInfo.InvariantCulture));
            start = i + 1;
        }
        return escaped.Append(JsonEncodedText.Encode(text.AsSpan(start), MmpJson.WriterOptions.Encoder).Value).ToString();
    }
}
