using System;
using System.Net.Http;
using System.Threading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Delivery.Diagnostics;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="MmpDeliveryClient"/> and its settings.</summary>
public static class MmpDeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers the client with its settings bound from <paramref name="configuration"/>'s <c>MmpTyped</c> section
    /// (<c>MmpTyped:AppsFlyer:S2SKey</c>, <c>MmpTyped:Airbridge:ApiToken</c>, <c>MmpTyped:Affise:ApiKey</c>,
    /// <c>MmpTyped:&lt;Vendor&gt;:BaseUrl</c>, <c>MmpTyped:Delivery:*</c>), validated when the host starts.
    /// </summary>
    public static IServiceCollection AddMmpDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration.GetSection(MmpDeliveryOptions.SectionName));
        return services;
    }

    /// <summary>Registers the client with settings set in code (tests, tools), validated when the host starts.</summary>
    public static IServiceCollection AddMmpDelivery(this IServiceCollection services, Action<MmpDeliveryOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    private static OptionsBuilder<MmpDeliveryOptions> AddCore(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MmpDeliveryOptions>, MmpDeliveryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddLogging();
        services.TryAddSingleton<MmpDeliveryTelemetry>();
        services.TryAddSingleton<MmpDeliveryClient>();

        // Ours: the retry loop, because it must know whether the vendor de-duplicates (only Airbridge documents it), the
        // event's window and the route's rate limit; and the per-attempt timeout, one CancelAfter on the send's own token
        // source. The standard resilience handler is not used: it retries every POST, which double-counts AppsFlyer
        // revenue, and a resilience pipeline for the timeout alone cost about 1.1 KB per request (measured).
        services.AddHttpClient(MmpDeliveryClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = false, // a redirected POST turns into a GET: report it instead
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            })
            // The factory's own request logging is removed: at Trace level it writes the request headers, and although
            // RedactLoggedHeaders masks them in the message, their raw values stay in the log's structured state,
            // where a structured sink exports the vendor's key. The client logs each attempt itself (DeliveryLog).
            .RemoveAllLoggers();
        return services.AddOptions<MmpDeliveryOptions>().ValidateOnStart();
    }
}
