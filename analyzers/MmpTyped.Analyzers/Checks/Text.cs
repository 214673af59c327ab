using System.Collections.Generic;
using System.Text;

namespace MmpTyped.Analyzers.Checks;

/// <summary>Small text helpers for diagnostic messages.</summary>
internal static class Text
{
    /// <summary><c>A</c>, <c>A and B</c>, <c>A, B and C</c> (or <c>or</c>).</summary>
    public static string List(IReadOnlyList<string> items, string conjunction = "and")
    {
        var text = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
                text.Append(i == items.Count - 1 ? " " + conjunction + " " : ", ");
            text.Append(items[i]);
        }
        return text.ToString();
    }

    /// <summary>A string value as C# shows it, shortened when long.</summary>
    public static string Quote(string value)
    {
        const int Longest = 48;
        var shown = value.Length > Longest ? value.Substring(0, Longest) + "…" : value;
        return "\"" + shown.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
