using System;
using System.Collections.Generic;

namespace MmpTyped.AspNetCore;

/// <summary>
/// How the Push API endpoint checks and stores messages, bound from the configuration section
/// <c>MmpTyped:PushApi</c> (<see cref="SectionName"/>) and checked when the host starts.
/// </summary>
public sealed class AppsFlyerPushReceiverOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "MmpTyped:PushApi";

    /// <summary>The default largest message accepted: 64 KB (AppsFlyer's messages are about 3 KB).</summary>
    public const int DefaultMaxMessageBytes = 64 * 1024;

    /// <summary>
    /// The header AppsFlyer sends the Push API token in: <c>Authorization</c> (AppsFlyer's default) or a
    /// name starting with <c>X-</c>, at most 30 characters of letters, digits, <c>-</c> and <c>_</c>.
    /// </summary>
    public string TokenHeader { get; set; } = "Authorization";

    /// <summary>
    /// The Push API token set for the app in AppsFlyer (at most 2000 characters of letters, digits, space,
    /// tab, <c>-</c>, <c>_</c> and <c>.</c>). Required. Never logged.
    /// </summary>
    public string? Token { get; set; }

    /// <summary>The largest message accepted (a POST body, a GET query string); larger ones get 413.</summary>
    public int MaxMessageBytes { get; set; } = DefaultMaxMessageBytes;

    /// <summary>
    /// The source address ranges (CIDR, e.g. <c>45.92.116.0/22</c>) allowed to send; empty allows any.
    /// <see cref="AppsFlyerSourceRanges.Published"/> holds AppsFlyer's published ranges. A request from
    /// elsewhere gets 403 and nothing is stored. Behind a proxy, set up forwarded headers first so the
    /// connection's remote address is the sender's.
    /// </summary>
    public IList<string> AllowedSources { get; } = [];

    /// <summary>The de-duplication, retry and lease settings of the worker that hands messages to the handler.</summary>
    public AppsFlyerPushWorkerOptions Worker { get; set; } = new();
}

/// <summary>How the background worker hands stored messages to the handler.</summary>
public sealed class AppsFlyerPushWorkerOptions
{
    /// <summary>How many rows one lease takes.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>How long a lease lasts; a worker that dies leaves its rows due again after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the worker waits before looking again when nothing was due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times the handler is tried before the message is dead-lettered with the last error.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the second try; it doubles with each further try, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between two tries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a non-retargeting in-app event waits for its retargeting twin (AppsFlyer sends retargeting
    /// in-app events twice, close together); zero hands every message on at once.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(2);
}
