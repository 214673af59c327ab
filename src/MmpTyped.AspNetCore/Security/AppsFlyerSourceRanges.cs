using System.Collections.Generic;

namespace MmpTyped.AspNetCore;

/// <summary>Source address ranges for <see cref="AppsFlyerPushReceiverOptions.AllowedSources"/>.</summary>
public static class AppsFlyerSourceRanges
{
    /// <summary>
    /// The ranges AppsFlyer publishes for its postbacks and Push API messages: <c>45.92.116.0/22</c> and
    /// <c>194.28.46.0/23</c>. AppsFlyer has changed them before: check its IP allow-list page when messages get 403.
    /// </summary>
    public static IReadOnlyList<string> Published { get; } = ["45.92.116.0/22", "194.28.46.0/23"];
}
