using System;
using System.Collections.Generic;
using MmpTyped.Schemas;

namespace MmpTyped.Delivery.Requests;

/// <summary>The vendors this client sends to.</summary>
internal enum MmpVendor
{
    AppsFlyer,
    Airbridge,
    Affise,
}

/// <summary>
/// Where the vendor's event key sits in the body. Airbridge de-duplicates by it; Affise documents its key only as
/// "new for each event", so the client fills it but does not count on it (see <c>ResponseClassifier.MayRetry</c>).
/// </summary>
internal enum IdempotencyKeyPlace
{
    /// <summary>AppsFlyer documents no de-duplication key: a second copy counts twice.</summary>
    None,

    /// <summary>Airbridge's root <c>eventUUID</c>.</summary>
    RootEventUuid,

    /// <summary>Affise's <c>event.affise_event_id</c> (de-duplication by it is not documented).</summary>
    AffiseEventId,
}

/// <summary>
/// One outbound endpoint, read from its built-in schema (URL, path parameter, authentication) and from what the
/// vendor documents about de-duplication.
/// </summary>
internal sealed class MmpRoute
{
    private static readonly Dictionary<string, MmpRoute> Routes = Build();

    private MmpRoute(MmpSchemaInfo schema, MmpVendor vendor, IdempotencyKeyPlace keyPlace)
    {
        SchemaId = schema.Id;
        Vendor = vendor;
        KeyPlace = keyPlace;
        var url = schema.Url ?? throw new InvalidOperationException($"The schema '{schema.Id}' has no URL.");
        var open = url.IndexOf('{', StringComparison.Ordinal);
        AppParameter = open < 0 ? null : url[(open + 1)..url.IndexOf('}', open)];
        UrlTemplate = new Uri(url);
        var auth = schema.Auth ?? throw new InvalidOperationException($"The schema '{schema.Id}' documents no authentication.");
        AuthHeader = auth.Name;
        IsBearer = string.Equals(auth.Scheme, "bearer", StringComparison.Ordinal);
    }

    public string SchemaId { get; }

    public MmpVendor Vendor { get; }

    public IdempotencyKeyPlace KeyPlace { get; }

    /// <summary>The vendor's documented URL, with <c>{app_id}</c> or <c>{app_name}</c> in its path.</summary>
    public Uri UrlTemplate { get; }

    /// <summary>The path parameter (<c>app_id</c>, <c>app_name</c>), or null when the URL has none (Affise).</summary>
    public string? AppParameter { get; }

    public string AuthHeader { get; }

    public bool IsBearer { get; }

    /// <summary>Every schema id the client sends to.</summary>
    public static IEnumerable<string> SchemaIds => Routes.Keys;

    public static bool TryGet(string schemaId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MmpRoute? route) =>
        Routes.TryGetValue(schemaId, out route);

    /// <summary>The request URL: the documented one with the app escaped into its path, on <paramref name="baseUrl"/> when set.</summary>
    public Uri BuildUrl(string? app, Uri? baseUrl)
    {
        var path = UrlTemplate.AbsolutePath;
        if (AppParameter is not null)
            path = path.Replace("%7B" + AppParameter + "%7D", Uri.EscapeDataString(app!), StringComparison.OrdinalIgnoreCase)
                       .Replace("{" + AppParameter + "}", Uri.EscapeDataString(app!), StringComparison.Ordinal);
        var origin = baseUrl ?? new Uri(UrlTemplate.GetLeftPart(UriPartial.Authority));
        return new Uri(origin, path);
    }

    private static Dictionary<string, MmpRoute> Build()
    {
        var routes = new Dictionary<string, MmpRoute>(StringComparer.Ordinal);
        foreach (var schema in MmpSchemaCatalog.All)
        {
            if (schema.Direction != MmpDirection.Outbound)
                continue;
            var (vendor, key) = schema.Id switch
            {
                "appsflyer.s2s" => (MmpVendor.AppsFlyer, IdempotencyKeyPlace.None),
                "airbridge.app" or "airbridge.web" => (MmpVendor.Airbridge, IdempotencyKeyPlace.RootEventUuid),
                "affise.s2s" => (MmpVendor.Affise, IdempotencyKeyPlace.AffiseEventId),
                _ => ((MmpVendor?)null, IdempotencyKeyPlace.None),
            };
            if (vendor is { } known)
                routes.Add(schema.Id, new MmpRoute(schema, known, key));
        }
        return routes;
    }
}
