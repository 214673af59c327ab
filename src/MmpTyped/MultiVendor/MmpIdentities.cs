namespace MmpTyped;

/// <summary>
/// Who an event is about: the identities a backend knows of a user and their device, given once for
/// every vendor of an <see cref="IMmpMultiVendorEvent"/>. Each vendor's message takes what its envelope
/// has a place for; a vendor whose identifier the given values cannot satisfy is refused by its own
/// <c>Validate()</c> (MMP001) while the others still send. Leave unknown values null.
/// </summary>
public sealed record MmpIdentities
{
    /// <summary>Your own stable id of the user (AppsFlyer <c>customer_user_id</c>, Airbridge <c>user.externalUserID</c>).</summary>
    public string? CustomerUserId { get; init; }

    /// <summary>The AppsFlyer id the AppsFlyer SDK created at the app's first launch (AppsFlyer <c>appsflyer_id</c>, which AppsFlyer requires).</summary>
    public string? AppsFlyerId { get; init; }

    /// <summary>The iOS advertising id, upper-case (AppsFlyer <c>idfa</c>, Airbridge <c>device.ifa</c>, Affise <c>adid</c>).</summary>
    public string? Idfa { get; init; }

    /// <summary>The iOS identifier for vendor, upper-case (AppsFlyer <c>idfv</c>, Airbridge <c>device.ifv</c>).</summary>
    public string? Idfv { get; init; }

    /// <summary>The Google advertising id of an Android device (AppsFlyer <c>advertising_id</c>, Airbridge <c>device.gaid</c>, Affise <c>gaid_adid</c>).</summary>
    public string? Gaid { get; init; }

    /// <summary>
    /// The device id the Airbridge SDK reports (Airbridge <c>device.deviceUUID</c>). Airbridge needs
    /// <see cref="DeviceModel"/>, <see cref="Platform"/> and <see cref="OsVersion"/> with it.
    /// </summary>
    public string? AirbridgeDeviceUuid { get; init; }

    /// <summary>The device's model name, e.g. <c>SM-G781B</c> (Airbridge <c>device.deviceModel</c>).</summary>
    public string? DeviceModel { get; init; }

    /// <summary>The device's operating system (Airbridge <c>device.osName</c>).</summary>
    public MmpPlatform? Platform { get; init; }

    /// <summary>The operating system's version, e.g. <c>18.0.1</c> (AppsFlyer <c>os</c>, Airbridge <c>device.osVersion</c>).</summary>
    public string? OsVersion { get; init; }

    /// <summary>The device id the Affise SDK generated for the install (Affise <c>affise_device_id</c>).</summary>
    public string? AffiseDeviceId { get; init; }

    /// <summary>The random user id the Affise SDK generated beside its device id (Affise <c>random_user_id</c>).</summary>
    public string? AffiseRandomUserId { get; init; }

    /// <summary>The SHA-256 (64 lower-case hex characters) of the trimmed, lower-cased email address (AppsFlyer <c>email_hashed</c>); see <c>MmpHash</c>.</summary>
    public string? EmailSha256 { get; init; }

    /// <summary>The SHA-256 of the phone number as digits with the country code, no <c>+</c> (AppsFlyer <c>phone_number_hashed</c>); see <c>MmpHash</c>.</summary>
    public string? PhoneSha256 { get; init; }

    /// <summary>The SHA-256 of the phone number in E.164 form, with its <c>+</c> (AppsFlyer <c>phone_number_e164_hashed</c>); see <c>MmpHash</c>.</summary>
    public string? PhoneE164Sha256 { get; init; }

    /// <summary>The app's bundle id or package name, e.g. <c>com.example.shop</c> (AppsFlyer <c>bundleIdentifier</c>, Airbridge <c>app.packageName</c>, which Airbridge requires).</summary>
    public string? PackageName { get; init; }

    /// <summary>The app's id in Affise MMP, from its Applications page (Affise <c>app_id</c>).</summary>
    public string? AffiseAppId { get; init; }

    /// <summary>The device's IPv4 address when the event happened (AppsFlyer <c>ip</c>, Airbridge <c>device.clientIP</c>).</summary>
    public string? Ip { get; init; }
}

/// <summary>A device's operating system, as <see cref="MmpIdentities.Platform"/> gives it.</summary>
public enum MmpPlatform
{
    /// <summary>Android.</summary>
    Android,

    /// <summary>iOS.</summary>
    Ios,
}
