using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace MmpTyped.Generators.Json;

/// <summary>Writes a <see cref="JsonNode"/> back as compact JSON text, so that only content (never layout) decides it.</summary>
internal static class JsonText
{
    public static string Write(JsonNode node, ISet<string> skippedNames)
    {
        var text = new StringBuilder();
        Write(node, skippedNames, text);
        return text.ToString();
    }

    private static void Write(JsonNode node, ISet<string> skipped, StringBuilder text)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                foreach (var (member, i) in obj.Members.Where(m => !skipped.Contains(m.Key)).Select((m, i) => (m, i)))
                {
                    if (i > 0)
                        text.Append(',');
                    String(member.Key, text);
                    text.Append(':');
                    Write(member.Value, skipped, text);
                }
                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                        text.Append(',');
                    Write(array.Items[i], skipped, text);
                }
                text.Append(']');
                break;
            case JsonString s:
                String(s.Value, text);
                break;
            case JsonNumber n:
                text.Append(n.Text);
                break;
            case JsonBool b:
                text.Append(b.Value ? "true" : "false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    private static void String(string value, StringBuilder text)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                case < ' ': text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)); break;
                default: text.Append(c); break;
            }
        }
        text.Append('"');
    }
}
