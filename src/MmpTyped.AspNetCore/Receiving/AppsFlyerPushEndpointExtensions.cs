using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.AspNetCore.Receiving;

namespace MmpTyped.AspNetCore;

/// <summary>Maps the AppsFlyer Push API endpoint.</summary>
public static class AppsFlyerPushEndpointExtensions
{
    /// <summary>The path <c>mmptyped receive</c> listens on unless told otherwise.</summary>
    public const string DefaultPattern = "/appsflyer/push";

    /// <summary>
    /// Maps POST (a JSON body) and GET (the fields in the query string) at <paramref name="pattern"/>. Each
    /// request with the right token is committed to the inbox before it is answered 200; the same message
    /// again is answered 200 and stored once; one that does not parse is stored quarantined with the parse
    /// error and answered 200 (AppsFlyer never sends a message again). Wrong or missing token: 401; source
    /// not allowed: 403; over the size limit: 413; store failure: 503. Needs <c>AddAppsFlyerPushReceiver</c>.
    /// A GET message travels in the request line, which Kestrel limits to 8 KB by default (longer: 414 before
    /// the endpoint sees it): give the server room with
    /// <see cref="AppsFlyerPushKestrelLimits.AllowAppsFlyerPushMessages"/>.
    /// </summary>
    public static IEndpointConventionBuilder MapAppsFlyerPush(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        var handler = endpoints.ServiceProvider.GetService<PushEndpointHandler>()
            ?? throw new InvalidOperationException("MapAppsFlyerPush needs services.AddAppsFlyerPushReceiver() (and a store: AddMmpTypedSqliteStore or AddMmpTypedPostgreSqlStore).");
        return endpoints.MapMethods(pattern, [HttpMethods.Get, HttpMethods.Post], handler.HandleAsync)
            .WithDisplayName("AppsFlyer Push API receiver");
    }
}
