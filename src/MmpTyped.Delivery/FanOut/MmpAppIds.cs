using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery;

/// <summary>
/// The apps an event defined once for several vendors goes to: AppsFlyer's app id and Airbridge's app name, which their
/// URLs name (one backend may serve several apps, so they are given per call, as the single sends take them). Affise's
/// URL names no app.
/// </summary>
public sealed record MmpAppIds
{
    /// <summary>AppsFlyer's app id: <c>id123456789</c> for iOS, the package name for Android; null when no AppsFlyer message is sent.</summary>
    public string? AppsFlyerAppId { get; init; }

    /// <summary>Airbridge's app name, for its in-app and in-web endpoints; null when no Airbridge message is sent.</summary>
    public string? AirbridgeAppName { get; init; }

    /// <summary>The app the route's URL takes; null for a vendor whose URL names none.</summary>
    internal string? For(MmpRoute route) => route.Vendor switch
    {
        MmpVendor.AppsFlyer => AppsFlyerAppId,
        MmpVendor.Airbridge => AirbridgeAppName,
        _ => null,
    };
}
