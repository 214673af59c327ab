namespace MmpTyped.Delivery;

/// <summary>
/// What became of one vendor's message of an <see cref="IMmpMultiVendorEvent"/> before it reached the vendor. Each
/// vendor's message is handled on its own: one vendor's status never changes another's.
/// </summary>
public enum MmpVendorStatus
{
    /// <summary>
    /// The message passed <c>Validate()</c> and was prepared: sent (the delivery result says what the vendor answered)
    /// or handed to the outbox.
    /// </summary>
    Prepared,

    /// <summary>The message breaks a rule the vendor would drop it for (MMP001–MMP008): not sent, not stored; the errors are listed.</summary>
    Refused,

    /// <summary>
    /// The delivery settings have no credential for the vendor, or this client has no route for the schema: the message
    /// was skipped, and the reason names the setting.
    /// </summary>
    NotConfigured,

    /// <summary>Preparing or sending the message threw (an app id missing where the URL needs one, a defect): the reason holds the exception's type and message.</summary>
    Failed,
}
