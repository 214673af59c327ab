using System;
using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery.Outcomes;

/// <summary>
/// Turns a vendor's HTTP answer into an outcome, from what each vendor documents:
/// AppsFlyer's 200 means only "minimal validation passed" and its 400 "Failed to Authenticate" is a wrong key;
/// 401/403 are configuration errors everywhere; 408 and 5xx (but 501) are transient; 429 is throttling;
/// 409, or a 2xx whose body says "duplicate", is a duplicate; every other 4xx is a permanent rejection.
/// None of the vendors documents a duplicate answer or a 429: those two rows are assumptions.
/// </summary>
internal static class ResponseClassifier
{
    public static MmpDeliveryOutcome Classify(MmpVendor vendor, int status, string? mediaType, string bodyStart) =>
        status switch
        {
            >= 200 and < 300 when vendor == MmpVendor.AppsFlyer => MmpDeliveryOutcome.DeliveredUnverifiable,
            >= 200 and < 300 when IsHtml(mediaType, bodyStart) => MmpDeliveryOutcome.Transient, // a proxy's page, not the vendor
            >= 200 and < 300 when bodyStart.Contains("duplicate", StringComparison.OrdinalIgnoreCase) => MmpDeliveryOutcome.Duplicate,
            >= 200 and < 300 => MmpDeliveryOutcome.Delivered,
            409 => MmpDeliveryOutcome.Duplicate,
            401 or 403 => MmpDeliveryOutcome.ConfigurationError,
            400 when vendor == MmpVendor.AppsFlyer && bodyStart.Contains("Failed to Authenticate", StringComparison.OrdinalIgnoreCase)
                => MmpDeliveryOutcome.ConfigurationError,
            408 => MmpDeliveryOutcome.Transient,
            429 => MmpDeliveryOutcome.Throttled,
            501 => MmpDeliveryOutcome.Rejected,
            >= 500 and < 600 => MmpDeliveryOutcome.Transient,
            _ => MmpDeliveryOutcome.Rejected, // other 4xx, and 1xx/3xx the vendors never answer
        };

    /// <summary>
    /// Whether a failed attempt may be sent again. Airbridge and Affise drop a second copy by its key, so every
    /// transient or throttled failure is retried. AppsFlyer has no key: a copy it already received counts the revenue
    /// twice, so only answers that say the request was not processed (429, 503) and connections that never opened
    /// are retried; a reset, a timeout or another 5xx after the body went out ends the send as Transient.
    /// </summary>
    public static bool MayRetry(MmpVendor vendor, MmpDeliveryOutcome outcome, int? status, bool requestNeverSent) =>
        outcome switch
        {
            MmpDeliveryOutcome.Throttled => true,
            MmpDeliveryOutcome.Transient when vendor != MmpVendor.AppsFlyer => true,
            MmpDeliveryOutcome.Transient => requestNeverSent || status == 503,
            _ => false,
        };

    private static bool IsHtml(string? mediaType, string bodyStart) =>
        string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase)
        || bodyStart.TrimStart().StartsWith('<');
}
