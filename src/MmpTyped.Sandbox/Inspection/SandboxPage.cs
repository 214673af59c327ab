using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace MmpTyped.Sandbox.Inspection;

/// <summary>
/// The page at <c>GET /_sandbox/</c>: every request, newest first, with its vendor, outcome, status, reason
/// and body. Self-contained (inline style, no script, no external asset) and reloaded every two seconds by
/// a meta refresh, so it works offline and in any browser.
/// </summary>
internal static class SandboxPage
{
    public const int RefreshSeconds = 2;

    public static string Render(IReadOnlyList<SandboxEvent> events)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="refresh" content="{{RefreshSeconds}}">
            <title>MmpTyped sandbox</title>
            <style>
            body { font: 14px system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; width: 100%; }
            th, td { text-align: left; vertical-align: top; padding: .35em .6em; border-bottom: 1px solid #ddd; }
            pre { margin: 0; white-space: pre-wrap; word-break: break-all; font-size: 12px; }
            .outcome { font-weight: bold; }
            .recorded, .duplicate { color: #1a7f37; }
            .dropped { color: #b35900; }
            .rejected, .throttled, .failed { color: #c62828; }
            </style>
            </head>
            <body>
            <h1>MmpTyped sandbox</h1>
            <p id="summary">{{Summary(events)}}</p>
            """);
        if (events.Count == 0)
        {
            html.Append("<p id=\"empty\">No requests yet.</p>\n");
        }
        else
        {
            html.Append("<table id=\"events\">\n<thead><tr><th>received</th><th>vendor</th><th>outcome</th><th>status</th><th>reason</th><th>body</th></tr></thead>\n<tbody>\n");
            for (var i = events.Count - 1; i >= 0; i--)
                Row(html, events[i]);
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Summary(IReadOnlyList<SandboxEvent> events)
    {
        if (events.Count == 0)
            return "0 requests";
        var counts = events.GroupBy(e => e.Outcome).OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {g.Key}"));
        return string.Create(CultureInfo.InvariantCulture, $"{events.Count} requests: ") + string.Join(", ", counts);
    }

    private static void Row(StringBuilder html, SandboxEvent entry)
    {
        var outcome = WebUtility.HtmlEncode(entry.Outcome);
        html.Append(CultureInfo.InvariantCulture, $"""
            <tr class="event"><td>{entry.ReceivedAt:yyyy-MM-dd HH:mm:ss.fff}</td><td class="vendor">{WebUtility.HtmlEncode(entry.Vendor)}</td><td class="outcome {outcome}">{outcome}</td><td class="status">{entry.Status}</td><td class="reason">{WebUtility.HtmlEncode(entry.Reason ?? "")}</td><td><pre class="body">{WebUtility.HtmlEncode(entry.Body ?? "")}</pre></td></tr>

            """);
    }
}
