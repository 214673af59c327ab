using System;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Adversarial;

/// <summary>A subject's TryParse.</summary>
internal delegate bool TryParseFunc(byte[] json, out IMmpEvent? message, out MmpError? error);

/// <summary>One parser under attack: a record type (or <see cref="AppsFlyerPush"/>, either version), and the schema its seeds come from.</summary>
internal sealed record Subject(string Name, string SchemaId, Func<byte[], IMmpEvent> Parse, TryParseFunc TryParse)
{
    /// <summary>Every outbound vendor record, both Push versions, and the Push reader that tells them apart.</summary>
    public static readonly Subject[] All =
    [
        For<AppsFlyerEvent>("appsflyer.s2s"),
        For<AirbridgeAppEvent>("airbridge.app"),
        For<AirbridgeWebEvent>("airbridge.web"),
        For<AffiseEvent>("affise.s2s"),
        For<AppsFlyerPushV1Message>("appsflyer.push.v1"),
        For<AppsFlyerPushV2Message>("appsflyer.push.v2"),
        new("AppsFlyerPush", "appsflyer.push.v2", json => (IMmpEvent)AppsFlyerPush.Parse(json), (byte[] json, out IMmpEvent? message, out MmpError? error) =>
        {
            var ok = AppsFlyerPush.TryParse(json, out var parsed, out error);
            message = (IMmpEvent?)parsed;
            return ok;
        }),
    ];

    private static Subject For<T>(string schemaId) where T : class, IMmpEvent<T> =>
        new(typeof(T).Name, schemaId, json => T.Parse(json), (byte[] json, out IMmpEvent? message, out MmpError? error) =>
        {
            var ok = T.TryParse(json, out var parsed, out error);
            message = parsed;
            return ok;
        });

    public override string ToString() => Name;
}
