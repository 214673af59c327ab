using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace MmpTyped.Outbox;

/// <summary>Registers a message store; the SQLite and PostgreSQL packages add their own one-line forms on top of this.</summary>
public static class MessageStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the store <paramref name="create"/> makes as a singleton <see cref="IMessageStore"/>, with its
    /// <see cref="IOutboxStore"/>, <see cref="IInboxStore"/> and <see cref="IKeyValueStore"/>, and a hosted service
    /// that opens it and creates or upgrades its schema when the host starts, so a store that cannot be
    /// opened stops the start-up with its reason. A second registration is ignored.
    /// </summary>
    public static IServiceCollection AddMmpTypedStore(this IServiceCollection services, Func<IServiceProvider, IMessageStore> create)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(create);
        services.TryAddSingleton(create);
        services.TryAddSingleton(static provider => provider.GetRequiredService<IMessageStore>().Outbox);
        services.TryAddSingleton(static provider => provider.GetRequiredService<IMessageStore>().Inbox);
        services.TryAddSingleton(static provider => provider.GetRequiredService<IMessageStore>().State);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MessageStoreInitializer>());
        return services;
    }

    /// <summary>Opens the store and brings its schema up to date when the host starts.</summary>
    private sealed class MessageStoreInitializer(IMessageStore store) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
