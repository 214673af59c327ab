using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace MmpTyped.AppsFlyer;

/// <summary>The version of an AppsFlyer Push API message.</summary>
public enum AppsFlyerPushVersion
{
    /// <summary>Push API V1.0 (sunset in 2021; archives and replays still hold it): <see cref="AppsFlyerPushV1Message"/>.</summary>
    V1,

    /// <summary>Push API V2.0, what AppsFlyer sends today: <see cref="AppsFlyerPushV2Message"/>.</summary>
    V2,
}

/// <summary>
/// Reads an AppsFlyer Push API message of either version, told apart by its members: the first member
/// that only one version's schema has decides (V2.0's <c>api_version</c>, <c>appsflyer_id</c>,
/// <c>device_category</c>, ...; V1.0's <c>appsflyer_device_id</c>, <c>event_type</c>, <c>mac</c>, ...).
/// A message with none of them is read as V2.0, the version AppsFlyer sends today (every field of
/// a V2.0 message can be deselected, so an odd message still parses and its <c>Validate()</c> says what
/// is missing). Either way the result reads with V2.0 names through <see cref="IAppsFlyerPushMessage"/>.
/// </summary>
public static class AppsFlyerPush
{
    /// <summary>Parses a message of either version from UTF-8 JSON; unknown members are kept.</summary>
    /// <exception cref="MmpParseException">The input is not JSON, or a member has a type neither version allows; the message names the JSON path and byte offset.</exception>
    public static IAppsFlyerPushMessage Parse(ReadOnlySpan<byte> utf8Json) => DetectVersion(utf8Json) switch
    {
        AppsFlyerPushVersion.V1 => AppsFlyerPushV1Message.Parse(utf8Json),
        _ => AppsFlyerPushV2Message.Parse(utf8Json),
    };

    /// <summary>Parses a message of either version; on failure returns false and the error, never throws. The error's code is <see cref="MmpErrorCodes.Unreadable"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out IAppsFlyerPushMessage? message, [NotNullWhen(false)] out MmpError? parseError)
    {
        if (DetectVersion(utf8Json) == AppsFlyerPushVersion.V1)
        {
            var ok = AppsFlyerPushV1Message.TryParse(utf8Json, out var v1, out parseError);
            message = v1;
            return ok;
        }
        var parsed = AppsFlyerPushV2Message.TryParse(utf8Json, out var v2, out parseError);
        message = v2;
        return parsed;
    }

    /// <summary>
    /// The version a message's members show (see the class remarks), reading only as far as the first
    /// member that tells. Input that is not JSON reads as what was seen before the fault, else V2.0; the parse
    /// then reports the fault.
    /// </summary>
    public static AppsFlyerPushVersion DetectVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Runtime.MmpRead.Options);
        Span<byte> nameBuffer = stackalloc byte[Runtime.MmpRead.MaxMemberNameLength];
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return AppsFlyerPushVersion.V2;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The schemas decide: a member only one version's schema has (x-mmp-view generates the look-up).
                switch (IAppsFlyerPushMessage.SchemaOfMember(Runtime.MmpRead.MemberName(in reader, nameBuffer)))
                {
                    case "appsflyer.push.v1":
                        return AppsFlyerPushVersion.V1;
                    case "appsflyer.push.v2":
                        return AppsFlyerPushVersion.V2;
                }
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON from here on: the version's own parser reports where and why.
        }
        return AppsFlyerPushVersion.V2;
    }
}
