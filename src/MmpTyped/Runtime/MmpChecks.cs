using System;
using System.ComponentModel;

namespace MmpTyped.Runtime;

/// <summary>The value checks of JSON Schema formats, without allocating. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpChecks
{
    /// <summary>Whether the value is in the format (<c>ipv4</c>, <c>ipv6</c>, <c>email</c>, <c>date-time</c>); unknown formats pass, as in JSON Schema.</summary>
    public static bool IsFormat(ReadOnlySpan<char> value, string format) => format switch
    {
        "ipv4" => IsIPv4(value),
        "ipv6" => IsIPv6(value),
        "email" => IsEmail(value),
        "date-time" => DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out _),
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
                value = value[1..];
            }
            var digits = 0;
            var number = 0;
            while (digits < value.Length && char.IsAsciiDigit(value[digits]))
                number = number * 10 + (value[digits++] - '0');
            if (digits is 0 or > 3 || number > 255 || (digits > 1 && value[0] == '0'))
                return false;
            value = value[digits..];
        }
        return value.IsEmpty;
    }

    /// <summary>RFC 4291 text form: eight hex groups, one <c>::</c> at most, an IPv4 tail allowed.</summary>
    public static bool IsIPv6(ReadOnlySpan<char> value)
    {
        var groups = 0;
        var compressed = false;
        if (value.StartsWith("::"))
        {
            compressed = true;
            value = value[2..];
            if (value.IsEmpty)
                return true;
        }
        while (true)
        {
            var length = 0;
            while (length < value.Length && char.IsAsciiHexDigit(value[length]))
                length++;
            if (length < value.Length && value[length] == '.')
                return IsIPv4(value) && (compressed ? groups <= 5 : groups == 6);
            if (length is 0 or > 4)
                return false;
            groups++;
            value = value[length..];
            if (value.IsEmpty)
                return compressed ? groups <= 7 : groups == 8;
            if (value.StartsWith("::"))
            {
                if (compressed)
                    return false;
                compressed = true;
                value = value[2..];
                if (value.IsEmpty)
                    return groups <= 7;
            }
            else if (value[0] == ':')
            {
                value = value[1..];
            }
            else
            {
                return false;
            }
        }
    }

    /// <summary>
    /// An AppsFlyer app id made of digits only: an iOS App Store id without the <c>id</c> prefix it needs
    /// (<c>123456789</c> instead of <c>id123456789</c>). Android package names and Windows ids have letters.
    /// </summary>
    public static bool IsBareIosAppId(ReadOnlySpan<char> appId) =>
        !appId.IsEmpty && !appId.ContainsAnyExceptInRange('0', '9');

    /// <summary>
    /// Whether a string matches a pattern (a null-safe spelling for generated code). A match that runs out
    /// of the pattern's time limit (a schema pattern that backtracks on this value) is no match: the value
    /// is reported, never waited on.
    /// </summary>
    public static bool IsMatch(System.Text.RegularExpressions.Regex pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            return pattern.IsMatch(value);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary>Whether a UUID's text (<c>D</c> form, lower-case) matches a pattern, without allocating it.</summary>
    public static bool IsMatch(System.Text.RegularExpressions.Regex pattern, Guid value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        Span<char> text = stackalloc char[36];
        value.TryFormat(text, out _);
        return pattern.IsMatch(text);
    }

    /// <summary>Whether an open object's value has a JSON Schema type: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>object</c>, <c>array</c>, <c>null</c>.</summary>
    public static bool IsJsonType(MmpValue value, string type) => type switch
    {
        "string" => value.Kind == MmpValueKind.String,
        "number" => value.Kind == MmpValueKind.Number,
        "integer" => value.Kind == MmpValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number),
        "boolean" => value.Kind == MmpValueKind.Boolean,
        "null" => value.Kind == MmpValueKind.Null,
        "object" => value.Kind == MmpValueKind.Json && value.ToString().TrimStart().StartsWith('{'),
        "array" => value.Kind == MmpValueKind.Json && value.ToString().TrimStart().StartsWith('['),
        _ => true,
    };

    /// <summary>
    /// The longest string a JSON writer takes (System.Text.Json's <c>Utf8JsonWriter</c> refuses longer ones):
    /// a longer value would pass validation and then fail to be written.
    /// </summary>
    public const int MaxWritableLength = 166_666_666;

    /// <summary>Whether a string can be written as JSON exactly: not too long, no lone surrogate (which UTF-8 cannot carry).</summary>
    public static bool IsWritable(string? text) =>
        text is not null && text.Length <= MaxWritableLength && !MmpRawJson.HasLoneSurrogate(text);

    /// <summary>Why <see cref="IsWritable"/> refused a string, for an MMP004 message (without quoting the string).</summary>
    public static string WhyNotWritable(string? label, string? text)
    {
        if (text is null)
            return $"{label} must not be null.";
        return text.Length > MaxWritableLength
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{label} is {text.Length} characters long; JSON is written with at most {MaxWritableLength}.")
            : $"{label} holds a lone surrogate (half of a UTF-16 pair), which UTF-8 cannot carry: it would be changed to U+FFFD.";
    }

    /// <summary>
    /// Checks that every key and string of an open object can be written exactly (MMP004 at
    /// <paramref name="member"/>.key; keys themselves are reported at <paramref name="member"/>).
    /// </summary>
    public static void CheckWritable(MmpValidator validator, string? member, MmpAttributes? attributes)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (attributes is null)
            return;
        if (member is not null)
            validator.Enter(member);
        foreach (var (key, value) in attributes)
        {
            if (!IsWritable(key))
                validator.Add(MmpErrorCodes.InvalidValue, null, WhyNotWritable("A member name", key));
            else if (value.Kind == MmpValueKind.String && !IsWritable(value.AsString()))
                validator.Add(MmpErrorCodes.InvalidValue, key, WhyNotWritable($"'{MmpRawJson.Escape(key)}'", value.AsString()));
        }
        if (member is not null)
            validator.Exit();
    }

    /// <summary>A kept value as a message quotes it: its JSON text, at most 40 characters of it, control characters escaped.</summary>
    public static string Excerpt(MmpValue value)
    {
        var text = value.ToString();
        return value.Kind == MmpValueKind.String ? MmpRead.Excerpt(value.AsString()!) : MmpRead.Excerpt(text).Trim('"');
    }

    /// <summary>A plausible address: one <c>@</c> with text on both sides and a dot in the domain.</summary>
    public static bool IsEmail(ReadOnlySpan<char> value)
    {
        var at = value.IndexOf('@');
        return at > 0 && at == value.LastIndexOf('@') && value[(at + 1)..].IndexOf('.') > 0 && !value.EndsWith(".");
    }
}
