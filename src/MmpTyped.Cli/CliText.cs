using System.Globalization;
using System.Text;

namespace MmpTyped.Cli;

/// <summary>
/// Text from the input made safe for a terminal and for line-based output: a value may hold line breaks
/// (which would forge a line such as <c>OK</c>) or escape sequences (which a terminal obeys).
/// </summary>
internal static class CliText
{
    /// <summary>
    /// <paramref name="text"/> with every control character (C0, DEL, C1), line and paragraph separator and
    /// bidirectional override written as a <c>\uXXXX</c> escape (<c>\n</c>, <c>\r</c>, <c>\t</c> as such).
    /// </summary>
    public static string Escape(string text)
    {
        var first = 0;
        while (first < text.Length && !MustEscape(text[first]))
            first++;
        if (first == text.Length)
            return text;

        var escaped = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!MustEscape(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
            });
        }
        return escaped.ToString();
    }

    private static bool MustEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
