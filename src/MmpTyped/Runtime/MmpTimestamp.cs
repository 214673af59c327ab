using System;
using System.ComponentModel;

namespace MmpTyped.Runtime;

/// <summary>The vendors' time encodings, read and written without allocating. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpTimestamp
{
    /// <summary>
    /// Where <c>unix-s-or-ms</c> switches from seconds to milliseconds: a number whose magnitude is below
    /// 100,000,000,000 is seconds (up to the year 5138), any other milliseconds (from 1973-03-03T09:46:40Z
    /// on). Every real value of either kind is told apart; a time before March 1973 is therefore written in
    /// seconds, so that it reads back as the same time.
    /// </summary>
    public const long SmallestMilliseconds = 100_000_000_000;

    /// <summary>The longest text <see cref="FormatAfDateTime"/> writes: <c>yyyy-MM-dd HH:mm:ss.SSS+HHmm</c>.</summary>
    public const int MaxAfDateTimeLength = 28;

    private static readonly TimeSpan MaxOffset = TimeSpan.FromHours(14);

    /// <summary>
    /// Parses <c>yyyy-MM-dd HH:mm:ss</c> with an optional <c>.SSS</c> (one to seven digits), followed by
    /// <c>+HHmm</c>/<c>-HHmm</c> when <paramref name="withOffset"/>, else taken as UTC.
    /// </summary>
    public static bool TryParseAfDateTime(ReadOnlySpan<byte> text, bool withOffset, out DateTimeOffset value, out bool hasFraction)
    {
        value = default;
        hasFraction = false;
        if (text.Length < 19 || text[4] != '-' || text[7] != '-' || text[10] != ' ' || text[13] != ':' || text[16] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute) || !Digits(text, 17, 2, out var second))
        {
            return false;
        }

        var position = 19;
        long fractionTicks = 0;
        if (position < text.Length && text[position] == '.')
        {
            var start = ++position;
            while (position < text.Length && (uint)(text[position] - '0') <= 9 && position - start < 7)
                fractionTicks = fractionTicks * 10 + (text[position++] - '0');
            if (position == start)
                return false;
            for (var scale = position - start; scale < 7; scale++)
                fractionTicks *= 10;
            hasFraction = true;
        }

        var offset = TimeSpan.Zero;
        if (withOffset)
        {
            if (text.Length - position != 5 || (text[position] != '+' && text[position] != '-')
                || !Digits(text, position + 1, 2, out var offsetHours) || !Digits(text, position + 3, 2, out var offsetMinutes)
                || offsetHours > 14 || offsetMinutes > 59)
            {
                return false;
            }
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (text[position] == '-')
                offset = -offset;
            position += 5;
        }
        if (position != text.Length)
            return false;

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Max(year, 1), month) || hour > 23 || minute > 59 || second > 59 || year < 1)
            return false;
        // A DateTimeOffset holds offsets up to ±14:00 and UTC times from year 1 to 9999: "0001-01-01
        // 00:00:00+0100" is before year 1 in UTC. Such text is not a time, not an exception.
        var local = new DateTime(year, month, day, hour, minute, second).AddTicks(fractionTicks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (offset.Duration() > MaxOffset || utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
            return false;
        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>
    /// Writes <c>yyyy-MM-dd HH:mm:ss.SSS</c> in UTC, or in the value's own offset followed by <c>+HHmm</c>
    /// when <paramref name="withOffset"/>; without <c>.SSS</c> when <paramref name="withFraction"/> is false.
    /// </summary>
    public static int FormatAfDateTime(DateTimeOffset value, bool withOffset, bool withFraction, Span<byte> destination)
    {
        var time = withOffset ? value.DateTime : value.UtcDateTime;
        Write(destination, 0, 4, time.Year);
        destination[4] = (byte)'-';
        Write(destination, 5, 2, time.Month);
        destination[7] = (byte)'-';
        Write(destination, 8, 2, time.Day);
        destination[10] = (byte)' ';
        Write(destination, 11, 2, time.Hour);
        destination[13] = (byte)':';
        Write(destination, 14, 2, time.Minute);
        destination[16] = (byte)':';
        Write(destination, 17, 2, time.Second);
        var length = 19;
        if (withFraction)
        {
            destination[19] = (byte)'.';
            Write(destination, 20, 3, time.Millisecond);
            length = 23;
        }
        if (withOffset)
        {
            var offset = value.Offset;
            destination[length] = offset < TimeSpan.Zero ? (byte)'-' : (byte)'+';
            offset = offset.Duration();
            Write(destination, length + 1, 2, offset.Hours);
            Write(destination, length + 3, 2, offset.Minutes);
            length += 5;
        }
        return length;
    }

    private static bool Digits(ReadOnlySpan<byte> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
            return false;
        for (var i = start; i < start + count; i++)
        {
            var digit = (uint)(text[i] - '0');
            if (digit > 9)
                return false;
            value = value * 10 + (int)digit;
        }
        return true;
    }

    private static void Write(Span<byte> destination, int start, int count, int value)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            destination[i] = (byte)('0' + value % 10);
            value /= 10;
        }
    }
}
