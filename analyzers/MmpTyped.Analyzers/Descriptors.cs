using Microsoft.CodeAnalysis;

namespace MmpTyped.Analyzers;

/// <summary>
/// The vendor-rule diagnostics: the same ids <c>Validate()</c> reports at run time, named as
/// <c>MmpErrorCodes</c> names them. Warnings, not errors: the vendor answers 200 OK and drops the event, and a team may
/// knowingly accept a rule (<c>dotnet_diagnostic.MMP001.severity</c> in .editorconfig changes it).
/// </summary>
internal static class Descriptors
{
    public const string Category = "MmpTyped.Vendor";

    /// <summary>Where each id's page lives: <c>analyzers/docs/MMPxxx.md</c> in the repository.</summary>
    public const string HelpBase = "https://github.com/mmptyped/mmptyped/blob/main/analyzers/docs/";

    public static readonly DiagnosticDescriptor MissingIdentifier = Create(
        MmpErrorCodes.MissingIdentifier,
        "The event has none of the identifiers the vendor needs",
        "{0}",
        "Vendors match an event to a user or device by an identifier. Without any, the request is accepted and the event is silently dropped.");

    public static readonly DiagnosticDescriptor MissingCompanion = Create(
        MmpErrorCodes.MissingCompanion,
        "A field is set without the fields the vendor needs with it",
        "{0}",
        "Some fields only count together with others (Airbridge: device.deviceUUID needs deviceModel, osName and osVersion).");

    public static readonly DiagnosticDescriptor InvalidValue = Create(
        MmpErrorCodes.InvalidValue,
        "A value the vendor does not accept",
        "{0}",
        "The value breaks a rule of the vendor's schema (an enum, anyOf alternative, pattern, length, format, range or timestamp encoding); the vendor drops it or the whole event.");

    public static readonly DiagnosticDescriptor ClearTextPii = Create(
        MmpErrorCodes.ClearTextPii,
        "Clear-text personal data in a hashed field",
        "{0}",
        "The vendor expects the digest of normalised personal data. Clear text here leaks the data and never matches.");

    public static readonly DiagnosticDescriptor IosAppIdWithoutPrefix = Create(
        MmpErrorCodes.IosAppIdWithoutPrefix,
        "An iOS app id without its 'id' prefix",
        "\"{0}\" is an iOS App Store id without its 'id' prefix: AppsFlyer answers 200 OK and does not record the event; use \"id{0}\"",
        "AppsFlyer names iOS apps 'id' + the App Store id. A bare number gets 200 OK and the event is lost.");

    private static DiagnosticDescriptor Create(string id, string title, string message, string description) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true, description,
            helpLinkUri: HelpBase + id + ".md");
}

/// <summary>The keys of <see cref="Diagnostic.Properties"/> the code fixes read.</summary>
internal static class PropertyKeys
{
    /// <summary>MMP001: the branches, separated by <c>|</c>; a branch is C# property paths joined by <c>+</c> (<c>User.ExternalUserID|Device.DeviceUUID</c>).</summary>
    public const string Branches = "Branches";

    /// <summary>MMP002: the missing C# property paths, separated by <c>|</c>.</summary>
    public const string Missing = "Missing";

    /// <summary>MMP006: the <c>MmpHash</c> method that hashes the clear text, when the text is one it accepts.</summary>
    public const string HashHelper = "HashHelper";

    public const char Separator = '|';
    public const char BranchJoin = '+';
}
