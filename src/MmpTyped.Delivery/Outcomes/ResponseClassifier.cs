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
    public static MmpDeliveryOutcome Classify(MmpVendor vendor, int status, string? mediaType, ReadOnlySpan<char> bodyStart) =>
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
    /// Whether a failed attempt may be sent again. Only Airbridge documents de-duplication (by <c>eventUUID</c>), so
    /// only Airbridge gets every transient or throttled failure retried. AppsFlyer has no key, and Affise asks for a
    /// new <c>affise_event_id</c> per event but does not say that it drops a second copy: for both, a copy the vendor
    /// already received may count twice (revenue included), so only answers that say the request was not processed
    /// (429, 503) and connections that never opened are retried; a reset, a timeout or another 5xx after the body
    /// went out ends the send as Transient with <see cref="MmpDeliveryResult.MayRetry"/> false.
    /// </summary>
    public static bool MayRetry(MmpVendor vendor, MmpDeliveryOutcome outcome, int? status, bool requestNeverSent) =>
        outcome switch
        {
            MmpDeliveryOutcome.Throttled => true,
            MmpDeliveryOutcome.Transient when VendorDeduplicates(vendor) => true,
            MmpDeliveryOutcome.Transient => requestNeverSent || status == 503,
            _ => false,
        };

    /// <summary>
    /// Whether the vendor documents that it drops a second copy of an event by its key. Airbridge does
    /// ("eventUUID … used for de-duplication"). Affise documents <c>affise_event_id</c> only as "new for each event":
    /// the client still fills it and reuses it on every attempt, but assumes nothing is de-duplicated by it.
    /// </summary>
    public static bool VendorDeduplicates(MmpVendor vendor) => vendor == MmpVendor.Airbridge;

    /// <summary>An HTML page (a proxy's or a login portal's), by its <c>Content-Type</c> (raw, parameters allowed) or its first character.</summary>
    private static bool IsHtml(string? mediaType, ReadOnlySpan<char> bodyStart) =>
        (mediaType is not null && mediaType.AsSpan().TrimStart().StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        || bodyStart.TrimStart().StartsWith('<');
}
