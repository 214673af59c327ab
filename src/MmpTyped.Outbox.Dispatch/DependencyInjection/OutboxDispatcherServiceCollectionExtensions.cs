using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// Registers the outbox on top of a store (<c>AddMmpTypedSqliteStore</c>, <c>AddMmpTypedPostgreSqlStore</c>) and the
/// delivery client (<c>AddMmpDelivery</c>).
/// </summary>
public static class OutboxDispatcherServiceCollectionExtensions
{
    /// <summary>Registers <see cref="MmpOutbox"/> alone: enqueue here, dispatch in another process (<c>mmptyped outbox run</c>).</summary>
    public static IServiceCollection AddMmpOutbox(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<MmpOutbox>();
        return services;
    }

    /// <summary>
    /// Registers <see cref="MmpOutbox"/> and the <see cref="OutboxDispatcher"/> hosted service, its settings bound from
    /// <c>MmpTyped:Outbox</c> and checked when the host starts (a message names each setting to fix).
    /// </summary>
    public static IServiceCollection AddMmpOutboxDispatcher(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddCore(services).Bind(configuration.GetSection(OutboxDispatcherOptions.SectionName));
        return services;
    }

    /// <summary>Registers <see cref="MmpOutbox"/> and the dispatcher with settings set in code, checked when the host starts.</summary>
    public static IServiceCollection AddMmpOutboxDispatcher(this IServiceCollection services, Action<OutboxDispatcherOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    private static OptionsBuilder<OutboxDispatcherOptions> AddCore(IServiceCollection services)
    {
        AddMmpOutbox(services);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddLogging();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxDispatcherOptions>, OutboxDispatcherOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, OutboxDispatcher>());
        return services.AddOptions<OutboxDispatcherOptions>().ValidateOnStart();
    }
}
