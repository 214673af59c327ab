using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MmpTyped.Delivery.Requests;

/// <summary>
/// Reads the members delivery needs from a serialized body (the de-duplication key and the event's time), and
/// writes a missing key into it. Works on the bytes, so it serves vendor records and [MmpEvent] classes alike,
/// and never changes the caller's object.
/// </summary>
internal static class BodyFields
{
    private static ReadOnlySpan<byte> EventUuid => "eventUUID"u8;
    private static ReadOnlySpan<byte> EventTimestamp => "eventTimestamp"u8;
    private static ReadOnlySpan<byte> EventTime => "eventTime"u8;
    private static ReadOnlySpan<byte> AffiseEvent => "event"u8;
    private static ReadOnlySpan<byte> AffiseEventId => "affise_event_id"u8;
    private static ReadOnlySpan<byte> AffiseEventTimestamp => "affise_event_timestamp"u8;

    /// <summary>What was found: the key (null when absent), the event's time, and where a key would go.</summary>
    public readonly record struct Found(string? Key, DateTimeOffset? EventTime, int KeyObjectStart);

    public static Found Read(ReadOnlySpan<byte> body, MmpRoute route)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            return new Found(null, null, -1);
        return route.Vendor switch
        {
            MmpVendor.Airbridge => ReadAirbridge(ref reader),
            MmpVendor.AppsFlyer => ReadAppsFlyer(ref reader),
            _ => ReadAffise(ref reader),
        };
    }

    /// <summary>The body with <paramref name="key"/> written as the first member of the object at <paramref name="objectStart"/>.</summary>
    public static byte[] InsertKey(ReadOnlySpan<byte> body, MmpRoute route, int objectStart, string key)
    {
        var name = route.KeyPlace == IdempotencyKeyPlace.AffiseEventId ? "affise_event_id" : "eventUUID";
        var empty = body[(objectStart + 1)..].TrimStart(" \t\r\n"u8) is [(byte)'}', ..];
        var member = Encoding.UTF8.GetBytes($"\"{name}\":\"{key}\"{(empty ? "" : ",")}");
        var result = new byte[body.Length + member.Length];
        body[..(objectStart + 1)].CopyTo(result);
        member.CopyTo(result.AsSpan(objectStart + 1));
        body[(objectStart + 1)..].CopyTo(result.AsSpan(objectStart + 1 + member.Length));
        return result;
    }

    private static Found ReadAirbridge(ref Utf8JsonReader reader)
    {
        string? key = null;
        DateTimeOffset? time = null;
        while (NextMember(ref reader))
        {
            var isKey = reader.ValueTextEquals(EventUuid);
            var isTime = reader.ValueTextEquals(EventTimestamp);
            reader.Read();
            if (isKey && reader.TokenType == JsonTokenType.String)
                key = reader.GetString();
            else if (isTime && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var ms))
                time = FromUnix(ms, secondsAllowed: false);
            else
                reader.Skip();
        }
        return new Found(key, time, 0);
    }

    private static Found ReadAppsFlyer(ref Utf8JsonReader reader)
    {
        DateTimeOffset? time = null;
        while (NextMember(ref reader))
        {
            var isTime = reader.ValueTextEquals(EventTime);
            reader.Read();
            if (isTime && reader.TokenType == JsonTokenType.String
                && DateTimeOffset.TryParseExact(reader.GetString(), ["yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"],
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                time = parsed;
            else
                reader.Skip();
        }
        return new Found(null, time, -1);
    }

    private static Found ReadAffise(ref Utf8JsonReader reader)
    {
        string? key = null;
        DateTimeOffset? time = null;
        var objectStart = -1;
        while (NextMember(ref reader))
        {
            var isEvent = reader.ValueTextEquals(AffiseEvent);
            reader.Read();
            if (!isEvent || reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }
            objectStart = (int)reader.TokenStartIndex;
            while (NextMember(ref reader))
            {
                var isKey = reader.ValueTextEquals(AffiseEventId);
                var isTime = reader.ValueTextEquals(AffiseEventTimestamp);
                reader.Read();
                if (isKey && reader.TokenType == JsonTokenType.String)
                    key = reader.GetString();
                else if (isTime && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var stamp))
                    time = FromUnix(stamp, secondsAllowed: true);
                else
                    reader.Skip();
            }
        }
        return new Found(key, time, objectStart);
    }

    /// <summary>Moves to the next member name of the current object; false at its end.</summary>
    private static bool NextMember(ref Utf8JsonReader reader) =>
        reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    // Affise reads seconds or milliseconds: a value below 10^11 is seconds (10^11 ms is 1973).
    private static DateTimeOffset? FromUnix(long value, bool secondsAllowed)
    {
        var ms = secondsAllowed && value < 100_000_000_000 ? value * 1000 : value;
        return ms is > 0 and < 253_402_300_800_000 ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }
}
