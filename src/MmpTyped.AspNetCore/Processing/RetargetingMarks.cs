using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.AppsFlyer;
using MmpTyped.Outbox;

namespace MmpTyped.AspNetCore.Processing;

/// <summary>
/// The part of the retargeting de-duplicator's memory that the inbox itself does not hold: which events'
/// retargeting copy was already handed on. Each is kept in the store's state values for the window, and
/// played back into a fresh de-duplicator when the worker starts, so a non-retargeting twin stored before a
/// restart and leased after it is still dropped. (The held non-retargeting copies need no such record:
/// they stay unhandled inbox rows, leased by the worker, and are leased and held again after a restart.)
/// </summary>
internal sealed class RetargetingMarks(IKeyValueStore state, TimeProvider clock)
{
    private const string Scope = "mmptyped.appsflyer-push.retargeting-seen";

    public static bool TryKey(IAppsFlyerPushMessage message, out (long Ticks, string DeviceId, string AppId) key)
    {
        key = default;
        if (message.EventTime is not { } time || string.IsNullOrEmpty(message.AppsflyerId) || string.IsNullOrEmpty(message.AppId))
            return false;
        key = (time.UtcTicks, message.AppsflyerId, message.AppId);
        return true;
    }

    public static bool IsRetargeting(IAppsFlyerPushMessage message) =>
        message.RetargetingConversionType is AppsFlyerPushV2MessageRetargetingConversionType.ReEngagement
            or AppsFlyerPushV2MessageRetargetingConversionType.ReAttribution;

    public Task RememberAsync((long Ticks, string DeviceId, string AppId) key, TimeSpan window, CancellationToken cancellationToken)
    {
        var value = JsonSerializer.SerializeToUtf8Bytes(new Mark(key.Ticks, key.DeviceId, key.AppId));
        var name = $"{key.Ticks}:{key.AppId}:{key.DeviceId}";
        return state.SetAsync(Scope, name, value, clock.GetUtcNow() + window, cancellationToken);
    }

    /// <summary>Feeds every remembered retargeting copy to <paramref name="deduplicator"/>, as a message that arrives now.</summary>
    public async Task<int> ReplayAsync(AppsFlyerRetargetingDeduplicator deduplicator, CancellationToken cancellationToken)
    {
        var entries = await state.ListAsync(Scope, cancellationToken).ConfigureAwait(false);
        var ignored = new List<IAppsFlyerPushMessage>();
        foreach (var entry in entries)
        {
            if (JsonSerializer.Deserialize<Mark>(entry.Value.Span) is not { } mark)
                continue;
            deduplicator.Add(new AppsFlyerPushV2Message
            {
                ApiVersion = "2.0",
                EventTime = new DateTimeOffset(mark.Ticks, TimeSpan.Zero),
                AppsflyerId = mark.DeviceId,
                AppId = mark.AppId,
                RetargetingConversionType = AppsFlyerPushV2MessageRetargetingConversionType.ReEngagement,
            }, ignored);
        }
        return entries.Count;
    }

    private sealed record Mark(long Ticks, string DeviceId, string AppId);
}
