using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Schema;

/// <summary>
/// The mechanical C# names of JSON members and enum values: predictable from the JSON name alone, so a
/// user finds the property of a documented vendor field without looking it up (<c>x-mmp-name</c> overrides).
/// </summary>
internal static class Naming
{
    /// <summary>
    /// Split on <c>_</c>, upper-case the first letter of each part, keep the rest as written:
    /// <c>externalUserID</c> → <c>ExternalUserID</c>, <c>affise_device_id</c> → <c>AffiseDeviceId</c>.
    /// </summary>
    public static string PropertyName(string jsonName)
    {
        var name = new StringBuilder(jsonName.Length);
        foreach (var part in jsonName.Split('_'))
        {
            if (part.Length == 0)
                continue;
            name.Append(char.ToUpperInvariant(part[0])).Append(part, 1, part.Length - 1);
        }
        return name.ToString();
    }

    /// <summary>
    /// An enum member for a vendor string: parts split on anything not a letter or digit, each
    /// upper-cased at its first letter (<c>in-app-event</c> → <c>InAppEvent</c>); <c>""</c> → <c>Empty</c>;
    /// a leading digit gets <c>Value</c> (<c>"0"</c> → <c>Value0</c>).
    /// </summary>
    public static string EnumMemberName(string value)
    {
        if (value.Length == 0)
            return "Empty";
        var name = new StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (!char.IsLetterOrDigit(c))
            {
                upper = true;
                continue;
            }
            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        if (name.Length == 0 || char.IsDigit(name[0]))
            name.Insert(0, "Value");
        return name.ToString();
    }

    /// <summary>A C# parameter name for a JSON name: <c>app_id</c> → <c>appId</c>.</summary>
    public static string ParameterName(string jsonName)
    {
        var pascal = PropertyName(jsonName);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal.Substring(1);
    }

    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

    /// <summary>
    /// A name a generated type can take: an identifier, not a contextual keyword (<c>record</c>, <c>var</c>
    /// cannot name a type), and not only lower-case ASCII letters (CS8981 reserves those for keywords).
    /// </summary>
    public static bool IsTypeName(string name) =>
        IsIdentifier(name)
        && SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.None
        && !name.All(c => c is >= 'a' and <= 'z');

    /// <summary>
    /// A namespace a schema can put its types in: dot-separated identifiers, none of them <c>global</c>
    /// (<c>global::Acme</c>, <c>Acme Shop</c>, <c>Acme/Shop</c>, <c>class</c> and <c>""</c> are not).
    /// </summary>
    public static bool IsNamespace(string name) =>
        name.Split('.').All(part => IsIdentifier(part) && part != "global");

    /// <summary>The index of the first lone surrogate in <paramref name="text"/> (half a character, which has no UTF-8 form), or -1.</summary>
    public static int LoneSurrogateAt(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                i++;
            else if (char.IsSurrogate(text[i]))
                return i;
        }
        return -1;
    }
}
