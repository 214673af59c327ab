using System;
using System.Collections.Generic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MmpTyped.Schemas;

namespace MmpTyped.Sandbox;

/// <summary>
/// How a sandbox starts: the keys each vendor accepts, its address, its clock and its limits. Bound from
/// configuration by <see cref="FromConfiguration"/> (<c>MmpTyped:AppsFlyer:S2SKey</c>,
/// <c>MmpTyped:Airbridge:ApiToken</c>, <c>MmpTyped:Affise:ApiKey</c>) and checked by <see cref="Validate"/>
/// when the sandbox starts.
/// </summary>
public sealed class MmpSandboxOptions
{
    /// <summary>The configuration name of <see cref="AppsFlyerS2SKey"/>.</summary>
    public const string AppsFlyerS2SKeySetting = "MmpTyped:AppsFlyer:S2SKey";

    /// <summary>The configuration name of <see cref="AirbridgeApiToken"/>.</summary>
    public const string AirbridgeApiTokenSetting = "MmpTyped:Airbridge:ApiToken";

    /// <summary>The configuration name of <see cref="AffiseApiKey"/>.</summary>
    public const string AffiseApiKeySetting = "MmpTyped:Affise:ApiKey";

    /// <summary>The address the CLI listens on when none is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5299";

    /// <summary>The S2S key AppsFlyer expects in the <c>authentication</c> header.</summary>
    public string? AppsFlyerS2SKey { get; set; }

    /// <summary>The API token Airbridge expects as <c>Authorization: Bearer</c>.</summary>
    public string? AirbridgeApiToken { get; set; }

    /// <summary>The API key Affise expects as <c>Authorization: Bearer</c> (or the <c>API-KEY</c> query parameter).</summary>
    public string? AffiseApiKey { get; set; }

    /// <summary>Where to listen, for example <c>http://127.0.0.1:5299</c>; port 0 picks a free port. Default: a free port on 127.0.0.1.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>The clock for the Airbridge 24-hour window, the rate-limit windows and the arrival times. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>AppsFlyer's requests per minute before 429; default the documented 60,000.</summary>
    public int AppsFlyerPermitsPerMinute { get; set; } = PerMinute("appsflyer.s2s");

    /// <summary>Airbridge's requests per minute before 429 (in-app and in-web together); default the documented 1,000.</summary>
    public int AirbridgePermitsPerMinute { get; set; } = PerMinute("airbridge.app");

    /// <summary>
    /// The largest body the sandbox reads, in bytes (default 1 MiB). A larger one is answered 413 and logged
    /// as rejected; no vendor documents such an answer, the cap only keeps a runaway client from filling memory.
    /// </summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Adds logging providers (console, a test's capture). Keys never reach a log.</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; set; }

    /// <summary>Reads the keys from configuration, under the names the delivery options use.</summary>
    public static MmpSandboxOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new MmpSandboxOptions
        {
            AppsFlyerS2SKey = configuration[AppsFlyerS2SKeySetting],
            AirbridgeApiToken = configuration[AirbridgeApiTokenSetting],
            AffiseApiKey = configuration[AffiseApiKeySetting],
        };
    }

    /// <summary>Every setting that is missing or out of range, each naming its configuration name; empty when the options can start a sandbox.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(AppsFlyerS2SKey))
            problems.Add($"{AppsFlyerS2SKeySetting} is not set: the AppsFlyer S2S key the sandbox expects in the 'authentication' header.");
        if (string.IsNullOrWhiteSpace(AirbridgeApiToken))
            problems.Add($"{AirbridgeApiTokenSetting} is not set: the Airbridge API token the sandbox expects as 'Authorization: Bearer'.");
        if (string.IsNullOrWhiteSpace(AffiseApiKey))
            problems.Add($"{AffiseApiKeySetting} is not set: the Affise API key the sandbox expects as 'Authorization: Bearer'.");
        if (AppsFlyerPermitsPerMinute < 1)
            problems.Add($"AppsFlyerPermitsPerMinute must be at least 1; it is {AppsFlyerPermitsPerMinute}.");
        if (AirbridgePermitsPerMinute < 1)
            problems.Add($"AirbridgePermitsPerMinute must be at least 1; it is {AirbridgePermitsPerMinute}.");
        if (MaxBodyBytes < 1024)
            problems.Add($"MaxBodyBytes must be at least 1024; it is {MaxBodyBytes}.");
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
            problems.Add($"Url must be an absolute http:// address such as {DefaultUrl}; it is '{Url}'.");
        return problems;
    }

    private static int PerMinute(string schemaId) =>
        MmpSchemaCatalog.Get(schemaId).RateLimit is { Per: "minute" } limit ? limit.Requests : int.MaxValue;
}
