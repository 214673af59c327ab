using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Outbox.Sqlite;

/// <summary>Registers the SQLite store.</summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SQLite file at <paramref name="path"/> as the application's message store (outbox, inbox,
    /// state), with the <see cref="TimeProvider"/> and logging registered in the container when there are any.
    /// </summary>
    public static IServiceCollection AddMmpTypedSqliteStore(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return services.AddMmpTypedStore(provider => SqliteMessageStore.Create(
            path,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger("MmpTyped.Outbox.Sqlite")));
    }
}
