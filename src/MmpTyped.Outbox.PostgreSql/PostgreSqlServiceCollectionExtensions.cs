using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Outbox.PostgreSql;

/// <summary>Registers the PostgreSQL store.</summary>
public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Registers the PostgreSQL database <paramref name="connectionString"/> names as the application's message
    /// store (outbox, inbox, state), with the <see cref="TimeProvider"/> and logging registered in the container
    /// when there are any.
    /// </summary>
    public static IServiceCollection AddMmpTypedPostgreSqlStore(this IServiceCollection services, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddMmpTypedStore(provider => PostgreSqlMessageStore.Create(
            connectionString,
            provider.GetService<TimeProvider>(),
            provider.GetService<ILoggerFactory>()?.CreateLogger("MmpTyped.Outbox.PostgreSql")));
    }
}
