using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace MmpTyped.Generators.Schema;

/// <summary>DESIGN.md's mechanical C# names for JSON members and enum values.</summary>
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

    public static bool IsIdentifier(string name) =>
        SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None;
}
