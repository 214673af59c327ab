using System;
using System.Diagnostics.CodeAnalysis;
using System.Text;
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
/// Reads an AppsFlyer Push API message of either version, told apart by its members whatever their order
/// (AppsFlyer sends them in no fixed order): <c>api_version</c> makes it V2.0; else
/// <c>appsflyer_device_id</c> (V1.0's name for the device id) makes it V1.0; else <c>appsflyer_id</c> makes
/// it V2.0; else any member that only the V1.0 schema has (<c>event_type</c>, <c>mac</c>, ...) makes it V1.0;
/// else it is V2.0, the version AppsFlyer sends today (every V2.0 field can be deselected, so an odd
/// message still parses, and its <c>Validate()</c> says what is missing). Either way the result reads with
/// the V2.0 names through <see cref="IAppsFlyerPushMessage"/>.
/// </summary>
public static class AppsFlyerPush
{
    /// <summary>Parses a message of either version from UTF-8 JSON; unknown members are kept.</summary>
    /// <exception cref="MmpParseException">The input is not JSON, or a member has a type its version does not allow; the message names the JSON path and byte offset.</exception>
    public static IAppsFlyerPushMessage Parse(ReadOnlySpan<byte> utf8Json) =>
        TryParse(utf8Json, out var message, out _) ? message
        : DetectVersion(utf8Json) == AppsFlyerPushVersion.V1 ? AppsFlyerPushV1Message.Parse(utf8Json)
        : AppsFlyerPushV2Message.Parse(utf8Json);

    /// <summary>Parses a message of either version; on failure returns false and the error, never throws. The error's code is <see cref="MmpErrorCodes.Unreadable"/>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Json, [NotNullWhen(true)] out IAppsFlyerPushMessage? message, [NotNullWhen(false)] out MmpError? parseError)
    {
        // Read as V2.0 first, the version AppsFlyer sends today: the record itself then tells whether the
        // message is V1.0 (which is read again), so a V2.0 message is read once.
        if (AppsFlyerPushV2Message.TryParse(utf8Json, out var v2, out var v2Error))
        {
            if (VersionOf(v2) == AppsFlyerPushVersion.V2)
            {
                (message, parseError) = (v2, null);
                return true;
            }
            // A V1.0 message that V1.0's record cannot read is refused, as a V2.0 one would be.
            var readAsV1 = AppsFlyerPushV1Message.TryParse(utf8Json, out var v1, out parseError);
            message = v1;
            return readAsV1;
        }
        if (DetectVersion(utf8Json) != AppsFlyerPushVersion.V1)
        {
            (message, parseError) = (null, v2Error);
            return false;
        }
        var parsed = AppsFlyerPushV1Message.TryParse(utf8Json, out var onlyV1, out parseError);
        message = onlyV1;
        return parsed;
    }

    /// <summary>The version a message's members show (see the class remarks). Input that is not JSON reads as what was seen before the fault.</summary>
    public static AppsFlyerPushVersion DetectVersion(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, Runtime.MmpRead.Options);
        Span<byte> nameBuffer = stackalloc byte[Runtime.MmpRead.MaxMemberNameLength];
        var seen = Markers.None;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return AppsFlyerPushVersion.V2;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                seen |= Marker(Runtime.MmpRead.MemberName(in reader, nameBuffer));
                if ((seen & Markers.ApiVersion) != 0)
                    break;
                reader.Read();
                reader.Skip();
            }
        }
        catch (Exception error) when (Runtime.MmpRead.IsReadError(error))
        {
            // Not JSON from here on (or a name no string can hold): the parser reports where and why.
        }
        return Decide(seen);
    }

    [Flags]
    private enum Markers
    {
        None = 0,
        ApiVersion = 1,
        V1DeviceId = 2,
        V2DeviceId = 4,
        V1Only = 8,
    }

    private static Markers Marker(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("api_version"u8) ? Markers.ApiVersion
        : name.SequenceEqual("appsflyer_device_id"u8) ? Markers.V1DeviceId
        : name.SequenceEqual("appsflyer_id"u8) ? Markers.V2DeviceId
        // The names only the V1.0 schema has come from the schemas (x-mmp-view generates the look-up).
        : IAppsFlyerPushMessage.SchemaOfMember(name) == AppsFlyerPushV1Message.SchemaId ? Markers.V1Only
        : Markers.None;

    private static AppsFlyerPushVersion Decide(Markers seen) =>
        (seen & Markers.ApiVersion) != 0 ? AppsFlyerPushVersion.V2
        : (seen & Markers.V1DeviceId) != 0 ? AppsFlyerPushVersion.V1
        : (seen & Markers.V2DeviceId) != 0 ? AppsFlyerPushVersion.V2
        : (seen & Markers.V1Only) != 0 ? AppsFlyerPushVersion.V1
        : AppsFlyerPushVersion.V2;

    // The same rule, on a message read as V2.0: what V2.0 does not know sits among its unknown members.
    private static AppsFlyerPushVersion VersionOf(AppsFlyerPushV2Message message)
    {
        if (message.ApiVersion is not null || message.UnknownMembers is not { } unknown)
            return AppsFlyerPushVersion.V2;
        var seen = message.AppsflyerId is null ? Markers.None : Markers.V2DeviceId;
        Span<byte> name = stackalloc byte[Runtime.MmpRead.MaxMemberNameLength];
        foreach (var member in unknown)
        {
            if (Encoding.UTF8.GetByteCount(member.Key) <= name.Length)
                seen |= Marker(name[..Encoding.UTF8.GetBytes(member.Key, name)]);
        }
        return Decide(seen);
    }
}
