using System;
using System.Collections.Concurrent;
using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery.Sending;

/// <summary>
/// Each (endpoint, app, base URL)'s request URL, built once: a backend sends to a handful of apps, and building a
/// <see cref="Uri"/> per send costs more than the rest of the client's own work.
/// </summary>
internal sealed class RequestUrls
{
    /// <summary>Past this many apps the URLs are built per send instead of cached, so a caller sending to unbounded app ids cannot grow memory.</summary>
    private const int MaxCached = 1024;

    private readonly ConcurrentDictionary<(string SchemaId, string? App), Entry> _urls = new();

    public Uri Get(MmpRoute route, string? app, Uri? baseUrl)
    {
        if (_urls.TryGetValue((route.SchemaId, app), out var entry) && Equals(entry.BaseUrl, baseUrl))
            return entry.Url; // the base URL is compared because options may be reloaded with another one
        var url = route.BuildUrl(app, baseUrl);
        if (_urls.Count < MaxCached)
            _urls[(route.SchemaId, app)] = new Entry(baseUrl, url);
        return url;
    }

    private sealed record Entry(Uri? BaseUrl, Uri Url);
}
