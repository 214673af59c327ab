using System.Collections.Generic;
using System.Linq;

namespace MmpTyped.Vocabulary;

/// <summary>
/// The whole message of each rule, in one place: the generated <c>Validate()</c> reports these words at run
/// time and the analyzers at compile time, so a rule says the same thing on both sides. A label is the
/// value's name as messages quote it (<see cref="Label"/>: <c>'ip'</c>); the generator passes the holes of
/// its interpolated strings where a value is known only at run time.
/// </summary>
internal static class MmpMessages
{
    /// <summary>A JSON member as messages name it: <c>'ip'</c>.</summary>
    public static string Label(string jsonName) => "'" + jsonName + "'";

    /// <summary>The label of a list's items: <c>each item of 'sharing_filter'</c>.</summary>
    public static string EachItemOf(string label) => "each item of " + label;

    /// <summary>MMP001: <c>Set at least one of: user.externalUserID, or device.deviceUUID (rule 'identifier').</c></summary>
    /// <param name="branches">Each branch's JSON paths (several when they must be set together).</param>
    /// <param name="rule">The rule's name in the schema.</param>
    public static string MissingIdentifier(IEnumerable<IEnumerable<string>> branches, string rule) =>
        $"Set at least one of: {string.Join(", or ", branches.Select(b => string.Join(" with ", b)))} (rule '{rule}').";

    /// <summary>MMP002: <c>'deviceModel' must be set because 'deviceUUID' is (rule 'deviceUUID-companions').</c>, one or several companions.</summary>
    public static string MissingCompanions(IReadOnlyList<string> companions, string trigger, string rule) =>
        $"{List(companions.Select(Label).ToList())} must be set because {Label(trigger)} is (rule '{rule}').";

    /// <summary>MMP004, "only one of": <c>Set only one of tcf, manual (rule 'consent-tcf-or-manual').</c></summary>
    public static string OnlyOneOf(IEnumerable<string> paths, string rule) =>
        $"Set only one of {string.Join(", ", paths)} (rule '{rule}').";

    /// <summary>MMP004 on a number under its minimum: <c>'att' must be at least 0; it is -1.</c></summary>
    public static string AtLeast(string label, string minimum, string value) => $"{label} must be at least {minimum}; it is {value}.";

    /// <summary>MMP004 on a number over its maximum.</summary>
    public static string AtMost(string label, string maximum, string value) => $"{label} must be at most {maximum}; it is {value}.";

    /// <summary>MMP004 on an enum value the enum does not define (a cast of a number).</summary>
    public static string UndefinedEnum(string label, string allowed, string value, string enumType) =>
        $"{label} must be one of {allowed}; it is {value}, which {enumType} does not define.";

    /// <summary>MMP004 on a list with too few items.</summary>
    public static string TooFewItems(string label, int minItems) =>
        $"{label} must hold at least {minItems} item{(minItems == 1 ? "" : "s")}.";

    /// <summary>MMP004 on an open object's value of the wrong JSON type: <c>'affise_event_custom_id_03' must be a string; it is 3.</c></summary>
    /// <param name="key">The key.</param>
    /// <param name="jsonType">The schema type its value must have.</param>
    /// <param name="json">The value as JSON text.</param>
    public static string WrongJsonType(string key, string jsonType, string json) =>
        $"{Label(key)} must be {MmpJsonTypes.Named(jsonType)}; it is {json}.";

    /// <summary>MMP006 on text with an <c>@</c>: an email address in clear text.</summary>
    public static string ClearTextEmail(string label, string hashHelper) =>
        $"{label} holds an email address in clear text: hash it with MmpHash.{hashHelper} first.";

    /// <summary>MMP006 on other text that is no SHA-256 digest.</summary>
    public static string NotDigest(string label, string hashHelper) =>
        $"{label} must be a SHA-256 digest (64 hex digits): hash the value with MmpHash.{hashHelper}.";

    /// <summary>MMP006, the message for <paramref name="text"/>: <see cref="ClearTextEmail"/> or <see cref="NotDigest"/>.</summary>
    public static string ClearText(string label, string text, string hashHelper) =>
        text.IndexOf('@') >= 0 ? ClearTextEmail(label, hashHelper) : NotDigest(label, hashHelper);

    /// <summary><c>'a'</c>, <c>'a' and 'b'</c>, <c>'a', 'b' and 'c'</c>.</summary>
    private static string List(List<string> items) =>
        items.Count <= 1 ? string.Join("", items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
}
