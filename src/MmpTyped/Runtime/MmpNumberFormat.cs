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
        var count = CountDigits(digits);
        var whole = Math.Max(count - scale, 1);
        var length = (negative ? 1 : 0) + whole + (scale > 0 ? scale + 1 : 0);
        written = 0;
        if (destination.Length < length)
            return false;
        var position = length;
        for (var i = 0; i < scale; i++)
        {
            destination[--position] = (byte)('0' + (int)(digits % 10));
            digits /= 10;
        }
        if (scale > 0)
            destination[--position] = (byte)'.';
        do
        {
            destination[--position] = (byte)('0' + (int)(digits % 10));
            digits /= 10;
        }
        while (digits != 0);
        if (negative)
            destination[0] = (byte)'-';
        written = length;
        return true;
    }

    private static int CountDigits(ulong value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }
        return count;
    }
}
