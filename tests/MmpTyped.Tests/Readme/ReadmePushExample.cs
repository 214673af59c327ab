using System;
using System.Collections.Generic;
using System.IO;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Readme;

/// <summary>The README's Push API example, compiled and run by <see cref="ReadmeExampleTests"/> so the README cannot drift.</summary>
internal static class ReadmePushExample
{
    public static void Run(TextWriter console)
    {
        // The story of AppsFlyer's Push API V1.0 help-center article ("Are retargeting events duplicated?"):
        // one purchase, pushed once with the original media source and once as a retargeting event; the
        // first in V1.0 (GET: every value text), the second in V2.0.
        byte[][] bodies =
        [
            """{"event_type":"in-app-event","appsflyer_device_id":"1547985076649-5309999","app_id":"id1217828636","event_time":"2026-11-22 10:40:33.459","media_source":"awesome_network","is_retargeting":"false","re_targeting_conversion_type":null,"event_value":"{\"af_revenue\":\"9.99\",\"af_currency\":\"USD\"}"}"""u8.ToArray(),
            """{"api_version":"2.0","appsflyer_id":"1547985076649-5309999","app_id":"id1217828636","event_time":"2026-11-22 10:40:33.459","media_source":"retar_network","is_retargeting":true,"retargeting_conversion_type":"re-engagement","event_value":"{\"af_revenue\":9.99,\"af_currency\":\"USD\"}","pipeline_id":"kept"}"""u8.ToArray(),
        ];
        // begin-snippet
        var deduplicator = new AppsFlyerRetargetingDeduplicator(TimeSpan.FromMinutes(10));
        var kept = new List<IAppsFlyerPushMessage>();
        foreach (var body in bodies)
        {
            if (!AppsFlyerPush.TryParse(body, out var message, out var error))
            {
                console.WriteLine($"{error.Code} {error.Path} {error.Message}");
                continue;
            }
            deduplicator.Add(message, kept);
        }
        deduplicator.Flush(kept);

        foreach (var message in kept)
        {
            var value = message.TypedEventValue;
            console.WriteLine($"{message.GetType().Name}: {message.MediaSource} {message.RetargetingConversionType} {value.AfRevenue} {value.AfCurrency}");
            console.WriteLine(MmpJson.Serialize(message));
        }
        console.WriteLine($"dropped {deduplicator.DroppedCount}");
        // end-snippet
    }
}
