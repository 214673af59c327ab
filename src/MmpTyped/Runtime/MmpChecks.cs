using System;
using System.ComponentModel;
using MmpTyped.Vocabulary;

namespace MmpTyped.Runtime;

/// <summary>The value checks of JSON Schema formats, without allocating. For generated code.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MmpChecks
{
    /// <summary>Whether the value is in the format (<c>ipv4</c>, <c>ipv6</c>, <c>email</c>, <c>date-time</c>); unknown formats pass, as in JSON Schema.</summary>
    public static bool IsFormat(ReadOnlySpan<char> value, string format) => MmpTextChecks.IsFormat(value, format);

    /// <summary>Dotted-quad IPv4: four decimal parts 0–255, no leading zeros.</summary>
    public static bool IsIPv4(ReadOnlySpan<char> value) => MmpTextChecks.IsIPv4(value);

    /// <summary>RFC 4291 text form: eight hex groups, one <c>::</c> at most, an IPv4 tail allowed.</summary>
    public static bool IsIPv6(ReadOnlySpan<char> value) => MmpTextChecks.IsIPv6(value);

    /// <summary>
    /// An AppsFlyer app id made of digits only: an iOS App Store id without the <c>id</c> prefix it needs
    /// (<c>123456789</c> instead of <c>id123456789</c>). Android package names and Windows ids have letters.
    /// </summary>
    public static bool IsBareIosAppId(ReadOnlySpan<char> appId) => MmpTextChecks.IsBareIosAppId(appId);

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
    public static bool IsJsonType(MmpValue value, string type) =>
        MmpJsonTypes.Accepts(type, KindOf(value), value.Kind == MmpValueKind.Number && value.TryGetDecimal(out var number) && number == decimal.Truncate(number));

    private static MmpJsonKind KindOf(MmpValue value) => value.Kind switch
    {
        MmpValueKind.String => MmpJsonKind.String,
        MmpValueKind.Number => MmpJsonKind.Number,
        MmpValueKind.Boolean => MmpJsonKind.Boolean,
        MmpValueKind.Null => MmpJsonKind.Null,
        _ => value.ToString().TrimStart().StartsWith('[') ? MmpJsonKind.Array : MmpJsonKind.Object,
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
    public static bool IsEmail(ReadOnlySpan<char> value) => MmpTextChecks.IsEmail(value);
}
