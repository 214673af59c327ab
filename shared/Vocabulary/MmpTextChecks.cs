using System;
using System.Globalization;

namespace MmpTyped.Vocabulary;

/// <summary>
/// The small text checks that the generated <c>Validate()</c> (through <c>MmpChecks</c> and <c>MmpHash</c>)
/// and the analyzers (on constants) both run, written once: JSON Schema formats, hashed-looking text, bare
/// iOS app ids. None of them allocates on .NET.
/// </summary>
internal static class MmpTextChecks
{
    /// <summary>Whether the value is in the format (<c>ipv4</c>, <c>ipv6</c>, <c>email</c>, <c>date-time</c>); unknown formats pass, as in JSON Schema.</summary>
    public static bool IsFormat(ReadOnlySpan<char> value, string format) => format switch
    {
        "ipv4" => IsIPv4(value),
        "ipv6" => IsIPv6(value),
        "email" => IsEmail(value),
#if NET
        "date-time" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
#else
        "date-time" => DateTimeOffset.TryParse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _),
#endif
        _ => true,
    };

    /// <summary>Dotted-quad IPv4: four decimal parts 0–255, no leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<char> value)
    {
        for (var part = 0; part < 4; part++)
        {
            if (part > 0)
            {
                if (value.IsEmpty || value[0] != '.')
                    return false;
                value = value.Slice(1);
            }
            var digits = 0;
            var number = 0;
            while (digits < value.Length && IsDigit(value[digits]))
                number = number * 10 + (value[digits++] - '0');
            if (digits is 0 or > 3 || number > 255 || (digits > 1 && value[0] == '0'))
                return false;
            value = value.Slice(digits);
        }
        return value.IsEmpty;
    }

    /// <summary>RFC 4291 text form: eight hex groups, one <c>::</c> at most, an IPv4 tail allowed.</summary>
    public static bool IsIPv6(ReadOnlySpan<char> value)
    {
        var groups = 0;
        var compressed = false;
        if (StartsWithDoubleColon(value))
        {
            compressed = true;
            value = value.Slice(2);
            if (value.IsEmpty)
                return true;
        }
        while (true)
        {
            var length = 0;
            while (length < value.Length && IsHexDigit(value[length]))
                length++;
            if (length < value.Length && value[length] == '.')
                return IsIPv4(value) && (compressed ? groups <= 5 : groups == 6);
            if (length is 0 or > 4)
                return false;
            groups++;
            value = value.Slice(length);
            if (value.IsEmpty)
                return compressed ? groups <= 7 : groups == 8;
            if (StartsWithDoubleColon(value))
            {
                if (compressed)
                    return false;
                compressed = true;
                value = value.Slice(2);
                if (value.IsEmpty)
                    return groups <= 7;
            }
            else if (value[0] == ':')
            {
                value = value.Slice(1);
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>A plausible address: one <c>@</c> with text on both sides and a dot in the domain.</summary>
    public static bool IsEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value.Slice(at + 1).IndexOf('.') > 0 && value[value.Length - 1] != '.';
    }

    /// <summary>
    /// An AppsFlyer app id made of digits only: an iOS App Store id without the <c>id</c> prefix it needs
    /// (<c>123456789</c> instead of <c>id123456789</c>). Android package names and Windows ids have letters.
    /// </summary>
    public static bool IsBareIosAppId(ReadOnlySpan<char> appId)
    {
        if (appId.IsEmpty)
            return false;
        foreach (var c in appId)
        {
            if (!IsDigit(c))
                return false;
        }
        return true;
    }

    /// <summary>Whether the text looks like a SHA-256 digest: 64 hexadecimal digits, either case.</summary>
    public static bool LooksHashed(ReadOnlySpan<char> value)
    {
        if (value.Length != 64)
            return false;
        foreach (var c in value)
        {
            if (!IsHexDigit(c))
                return false;
        }
        return true;
    }

    private static bool StartsWithDoubleColon(ReadOnlySpan<char> value) => value.Length >= 2 && value[0] == ':' && value[1] == ':';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';
}
