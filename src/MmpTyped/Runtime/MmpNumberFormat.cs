using System;
using System.Globalization;

namespace MmpTyped.Runtime;

/// <summary>
/// Numbers as UTF-8 in the bytes <see cref="System.Text.Json.Utf8JsonWriter"/> writes (invariant culture, the
/// default format), with a short path for the common values: a <see cref="decimal"/> whose digits fit 64 bits
/// (the payloads' prices and revenues) and a <see cref="double"/> that holds a whole number below 10^15
/// (a width, a count). The general formatter parses a format string and builds a digit buffer on every
/// call; these values need only their digits. Anything else goes to that formatter.
/// </summary>
internal static class MmpNumberFormat
{
    // Below 10^15 a whole double's shortest round-trip form is its digits, never an exponent.
    private const double LargestPlainWholeDouble = 999_999_999_999_999d;

    /// <summary>
    /// Writes <paramref name="value"/> as its <c>TryFormat</c> would in the invariant culture; a decimal or a
    /// double through its short path (the type test is resolved when the method is compiled for the type).
    /// </summary>
    public static bool TryFormat<T>(T value, Span<byte> destination, out int written)
        where T : IUtf8SpanFormattable
    {
        if (typeof(T) == typeof(decimal))
            return TryFormat((decimal)(object)value, destination, out written);
        if (typeof(T) == typeof(double))
            return TryFormat((double)(object)value, destination, out written);
        return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="value"/> as its <c>TryFormat</c> would; false when it does not fit.</summary>
    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        if (bits[2] != 0)
            return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
        var digits = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
        var scale = (bits[3] >> 16) & 0xFF;
        // A zero is written without its sign ("-0.00"m is "0.00"), as the formatter does.
        var negative = bits[3] < 0 && digits != 0;
        return TryWriteDigits(digits, scale, negative, destination, out written);
    }

    /// <summary>Writes <paramref name="value"/> (finite) as its <c>TryFormat</c> would; false when it does not fit.</summary>
    public static bool TryFormat(double value, Span<byte> destination, out int written)
    {
        // A whole number (not -0, which the formatter writes as "-0") below 10^15 is its digits.
        if (value is >= -LargestPlainWholeDouble and <= LargestPlainWholeDouble
            && value == Math.Truncate(value)
            && !(value == 0 && double.IsNegative(value)))
        {
            var whole = (long)value;
            return TryWriteDigits((ulong)Math.Abs(whole), scale: 0, negative: whole < 0, destination, out written);
        }
        return value.TryFormat(destination, out written, default, CultureInfo.InvariantCulture);
    }

    // The digits of an unsigned integer, a point before the last `scale` of them (at least one digit before it).
    private static bool TryWriteDigits(ulong digits, int scale, bool negative, Span<byte> destination, out int written)
    {
        written = 0;
        var sign = negative ? 1 : 0;
        // Room for the sign, "0." and up to 28 zeros before the digits, at most 20 digits: checked once here.
        if (destination.Length < sign + 2 + scale + 20)
            return false;
        if (negative)
            destination[0] = (byte)'-';
        var text = destination[sign..];
        digits.TryFormat(text, out var count, default, CultureInfo.InvariantCulture);
        if (scale == 0)
        {
            written = sign + count;
            return true;
        }
        if (count > scale)
        {
            // "12345" with scale 2: "123.45".
            var whole = count - scale;
            text.Slice(whole, scale).CopyTo(text[(whole + 1)..]);
            text[whole] = (byte)'.';
            written = sign + count + 1;
            return true;
        }
        // "5" with scale 2: "0.05".
        var zeros = scale - count;
        text[..count].CopyTo(text[(2 + zeros)..]);
        text[0] = (byte)'0';
        text[1] = (byte)'.';
        text.Slice(2, zeros).Fill((byte)'0');
        written = sign + 2 + scale;
        return true;
    }
}
