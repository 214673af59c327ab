using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using MmpTyped.AppsFlyer;

namespace MmpTyped.AspNetCore;

/// <summary>
/// Reads a Push API message as it was received and stored: a POST's body is the JSON object itself; a GET's
/// query string is turned into a JSON object whose every value is a string (AppsFlyer's GET sends every
/// field as text), which the records read as they read the POST form (<c>"true"</c>, <c>"9.99"</c>, ...).
/// </summary>
public static class AppsFlyerPushBody
{
    /// <summary>The message as a JSON object: the body for POST, the query values as an object for GET.</summary>
    /// <param name="method">The HTTP method it came with.</param>
    /// <param name="raw">The raw bytes stored: the POST body, or the GET query string without its <c>?</c>.</param>
    public static byte[] ToJson(string method, ReadOnlySpan<byte> raw)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (!string.Equals(method, "GET", StringComparison.OrdinalIgnoreCase))
            return raw.ToArray();
        var query = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(raw));
        var buffer = new ArrayBufferWriter<byte>(raw.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, values) in query)
            {
                // A name sent twice is not something AppsFlyer does: the first value is kept, as a string.
                writer.WriteString(name, values.Count == 0 ? "" : values[0]);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Parses a stored message of either version; on failure returns false and the parse error, never throws.</summary>
    public static bool TryParse(string method, ReadOnlySpan<byte> raw, [NotNullWhen(true)] out IAppsFlyerPushMessage? message, [NotNullWhen(false)] out string? parseError)
    {
        byte[] json;
        try
        {
            json = ToJson(method, raw);
        }
        catch (Exception e) when (e is DecoderFallbackException or ArgumentException)
        {
            (message, parseError) = (null, $"the query string does not read: {e.Message}");
            return false;
        }
        if (AppsFlyerPush.TryParse(json, out message, out var error))
        {
            parseError = null;
            return true;
        }
        parseError = error.ToString();
        return false;
    }

    /// <summary>The schema id of a message's version: <c>appsflyer.push.v1</c> or <c>appsflyer.push.v2</c>.</summary>
    public static string VersionOf(IAppsFlyerPushMessage message) =>
        message is AppsFlyerPushV1Message ? AppsFlyerPushV1Message.SchemaId : AppsFlyerPushV2Message.SchemaId;
}
