namespace MmpTyped.Delivery;

/// <summary>What became of one send, decided from the vendor's documented answers.</summary>
public enum MmpDeliveryOutcome
{
    /// <summary>The vendor accepted the event (2xx from Airbridge or Affise).</summary>
    Delivered,

    /// <summary>
    /// AppsFlyer answered 200, which it documents as "minimum data validation": the event may still not be
    /// recorded. Nothing better can be known from the answer.
    /// </summary>
    DeliveredUnverifiable,

    /// <summary>The vendor already had an event with this de-duplication key: a copy was delivered before.</summary>
    Duplicate,

    /// <summary>Nothing was sent: the event breaks a rule the vendor would drop it for (MMP001–MMP008), listed in the result.</summary>
    Refused,

    /// <summary>The vendor refused the event for good (4xx); retrying the same bytes cannot help. The reason is in the result.</summary>
    Rejected,

    /// <summary>
    /// 401 or 403: the credential or the app is wrong. The route (vendor and credential) stops sending for a while
    /// and every send on it answers this, without a request, until the pause ends.
    /// </summary>
    ConfigurationError,

    /// <summary>The vendor asked to slow down (429) until the deadline; the result carries its Retry-After.</summary>
    Throttled,

    /// <summary>The vendor or the network failed (5xx, a timeout, a reset, an answer not from the vendor) until the send gave up.</summary>
    Transient,

    /// <summary>The vendor's time window for the event ended before it was delivered (or before the first attempt).</summary>
    Expired,
}
