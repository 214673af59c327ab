namespace MmpTyped;

/// <summary>
/// The diagnostics catalogue: one id per rule, the same at compile time (analyzers) and at run time
/// (<c>IMmpEvent.Validate()</c>).
/// </summary>
#if MMP_RUNTIME
public
#else
internal
#endif
static class MmpErrorCodes
{
    /// <summary>None of a required identifier group is set (Airbridge: <c>user.externalUserID</c> or <c>device.deviceUUID</c>).</summary>
    public const string MissingIdentifier = "MMP001";

    /// <summary>A field is set without its companions (<c>deviceUUID</c> without <c>deviceModel</c>/<c>osName</c>/<c>osVersion</c>).</summary>
    public const string MissingCompanion = "MMP002";

    /// <summary>A required field is missing.</summary>
    public const string MissingRequired = "MMP003";

    /// <summary>A value the vendor does not accept: enum, pattern, length, range, format, timestamp format.</summary>
    public const string InvalidValue = "MMP004";

    /// <summary>The payload is over the vendor's size limit (AppsFlyer: 1 KB).</summary>
    public const string PayloadTooLarge = "MMP005";

    /// <summary>A hashed-PII field holds what looks like clear text.</summary>
    public const string ClearTextPii = "MMP006";

    /// <summary>A timestamp outside the vendor's window (Airbridge: older than 24 hours).</summary>
    public const string TimestampOutOfWindow = "MMP007";

    /// <summary>An iOS AppsFlyer app id without the <c>id</c> prefix (200 OK, event not recorded).</summary>
    public const string IosAppIdWithoutPrefix = "MMP008";

    /// <summary>The input is not JSON the schema can read (a parse error: wrong type, truncated, too deep).</summary>
    public const string Unreadable = "MMP100";
}
