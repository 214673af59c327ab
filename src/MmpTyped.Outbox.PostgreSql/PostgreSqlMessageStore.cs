using System;
using Microsoft.Extensions.Logging;
using MmpTyped.Outbox.Sql;

namespace MmpTyped.Outbox.PostgreSql;

/// <summary>
/// The shared store: a PostgreSQL database that several processes on several machines use at once;
/// two leasers never hold the same row while its lease runs.
/// </summary>
public static class PostgreSqlMessageStore
{
    /// <summary>A store over the database <paramref name="connectionString"/> names; nothing is opened until first use or <see cref="IMessageStore.InitializeAsync"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=…;Database=…;Username=…;Password=…</c>). Its password is never repeated in a message.</param>
    /// <param name="clock">What tells the time (created, due and lease times); the system clock when null.</param>
    /// <param name="logger">Where schema upgrades are logged; nowhere when null.</param>
    /// <exception cref="ArgumentException">The connection string is empty, malformed, or names no host.</exception>
    public static IMessageStore Create(string connectionString, TimeProvider? clock = null, ILogger? logger = null) =>
        new SqlMessageStore(new PostgreSqlDialect(connectionString), clock, logger);
}
