using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MmpTyped.AspNetCore.Processing;
using MmpTyped.AspNetCore.Receiving;

namespace MmpTyped.AspNetCore;

/// <summary>Registers the Push API receiver and its handler.</summary>
public static class AppsFlyerPushServiceCollectionExtensions
{
    /// <summary>
    /// Registers what <c>MapAppsFlyerPush</c> needs, with its options bound from <c>MmpTyped:PushApi</c>
    /// (<c>TokenHeader</c>, <c>Token</c>, <c>MaxMessageBytes</c>, <c>AllowedSources</c>, <c>Worker:…</c>) and then
    /// <paramref name="configure"/>, checked when the host starts (a missing token stops the start naming
    /// <c>MmpTyped:PushApi:Token</c>). A store must be registered too (<c>AddMmpTypedSqliteStore</c> or
    /// <c>AddMmpTypedPostgreSqlStore</c>).
    /// </summary>
    public static IServiceCollection AddAppsFlyerPushReceiver(this IServiceCollection services, Action<AppsFlyerPushReceiverOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<AppsFlyerPushReceiverOptions>().BindConfiguration(AppsFlyerPushReceiverOptions.SectionName);
        if (configure is not null)
            options.Configure(configure);
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AppsFlyerPushReceiverOptions>, AppsFlyerPushReceiverOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PushEndpointHandler>();
        return services;
    }

    /// <summary>
    /// Registers <typeparamref name="THandler"/> (scoped: one per message) and the background worker that
    /// hands it every stored message at least once, with retargeting de-duplication, retries and dead-lettering.
    /// Without a handler the receiver only stores: another process can lease the inbox.
    /// </summary>
    public static IServiceCollection AddAppsFlyerPushHandler<THandler>(this IServiceCollection services)
        where THandler : class, IAppsFlyerPushHandler
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddScoped<IAppsFlyerPushHandler, THandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AppsFlyerPushWorker>());
        return services;
    }
}
