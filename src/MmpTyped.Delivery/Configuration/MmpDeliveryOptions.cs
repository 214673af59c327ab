using System;

namespace MmpTyped.Delivery.Configuration;

/// <summary>
/// The delivery settings, bound from the <c>MmpTyped</c> configuration section (so a JSON file and environment
/// variables such as <c>MmpTyped__Airbridge__ApiToken</c> both work). A vendor is enabled by its credential.
/// </summary>
public sealed class MmpDeliveryOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "MmpTyped";

    /// <summary>AppsFlyer S2S (<c>MmpTyped:AppsFlyer:*</c>).</summary>
    public AppsFlyerOptions AppsFlyer { get; set; } = new();

    /// <summary>Airbridge S2S, in-app and in-web (<c>MmpTyped:Airbridge:*</c>).</summary>
    public AirbridgeOptions Airbridge { get; set; } = new();

    /// <summary>Affise MMP S2S (<c>MmpTyped:Affise:*</c>).</summary>
    public AffiseOptions Affise { get; set; } = new();

    /// <summary>How long one send may keep retrying, and how (<c>MmpTyped:Delivery:*</c>).</summary>
    public MmpRetryOptions Delivery { get; set; } = new();
}

/// <summary>What every vendor has: where to send, and how many requests a minute it takes.</summary>
public abstract class MmpVendorOptions
{
    /// <summary>
    /// Replaces the scheme, host and port of the vendor's documented URL (the path stays), for a proxy or a
    /// local sandbox; null sends to the vendor itself.
    /// </summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Requests per minute per credential; the vendor's documented limit unless set (tests set a few).</summary>
    public int? PermitsPerMinute { get; set; }

    /// <summary>The credential, whatever the vendor calls it; null or empty when the vendor is not configured.</summary>
    internal abstract string? Credential { get; }

    /// <summary>The configuration key of the credential, for error messages.</summary>
    internal abstract string CredentialSetting { get; }

    /// <summary>The vendor's documented requests per minute, or null when it documents none.</summary>
    internal abstract int? DocumentedPermitsPerMinute { get; }

    /// <summary>Never shows the credential.</summary>
    public override string ToString() =>
        $"{GetType().Name} {{ BaseUrl = {BaseUrl?.ToString() ?? "(vendor)"}, credential {(string.IsNullOrEmpty(Credential) ? "not set" : "set")} }}";
}

/// <summary>AppsFlyer S2S settings.</summary>
public sealed class AppsFlyerOptions : MmpVendorOptions
{
    /// <summary>The app's S2S key (<c>MmpTyped:AppsFlyer:S2SKey</c>), sent in the <c>authentication</c> header.</summary>
    public string? S2SKey { get; set; }

    /// <summary>
    /// AppsFlyer keeps an event's <c>eventTime</c> only when the event arrives before 02:00 UTC of the next day;
    /// later it stamps the arrival time instead. False (the default): such an event is not sent and its outcome is
    /// Expired, so revenue is never reported on the wrong day. True: it is sent anyway and AppsFlyer dates it on arrival.
    /// </summary>
    public bool SendAfterEventTimeWindow { get; set; }

    internal override string? Credential => S2SKey;

    internal override string CredentialSetting => "MmpTyped:AppsFlyer:S2SKey";

    internal override int? DocumentedPermitsPerMinute => 60_000;
}

/// <summary>Airbridge S2S settings (both the in-app and the in-web endpoint).</summary>
public sealed class AirbridgeOptions : MmpVendorOptions
{
    /// <summary>The S2S API token (<c>MmpTyped:Airbridge:ApiToken</c>), sent as <c>Authorization: Bearer</c>.</summary>
    public string? ApiToken { get; set; }

    internal override string? Credential => ApiToken;

    internal override string CredentialSetting => "MmpTyped:Airbridge:ApiToken";

    internal override int? DocumentedPermitsPerMinute => 1_000;
}

/// <summary>Affise MMP S2S settings.</summary>
public sealed class AffiseOptions : MmpVendorOptions
{
    /// <summary>The API key (<c>MmpTyped:Affise:ApiKey</c>), sent as <c>Authorization: Bearer</c>.</summary>
    public string? ApiKey { get; set; }

    internal override string? Credential => ApiKey;

    internal override string CredentialSetting => "MmpTyped:Affise:ApiKey";

    // Affise documents no rate limit: none is applied unless PermitsPerMinute is set.
    internal override int? DocumentedPermitsPerMinute => null;
}

/// <summary>Retry settings shared by every vendor.</summary>
public sealed class MmpRetryOptions
{
    /// <summary>How long one send may keep retrying; the vendor's own time window may end it sooner. Default 30 s.</summary>
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many HTTP requests per send, the first included. Default 5.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry's delay before jitter; each later one doubles it. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>No retry waits longer than this unless the vendor's <c>Retry-After</c> asks for it. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One HTTP request may take this long before it counts as a transient failure. Default 10 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After a 401 or 403 the route (vendor and credential) sends nothing for this long. Default 5 minutes.</summary>
    public TimeSpan ConfigurationErrorPause { get; set; } = TimeSpan.FromMinutes(5);
}
