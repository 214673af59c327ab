using System;
using Microsoft.Extensions.Logging;
using MmpTyped.Outbox.Sql;

namespace MmpTyped.Outbox.Sqlite;

/// <summary>
/// The embedded store: a SQLite file, created with its folder on first use. Several processes on one
/// machine may share the file (one writes at a time); for several machines use PostgreSQL.
/// </summary>
public static class SqliteMessageStore
{
    /// <summary>A store over the SQLite file at <paramref name="path"/>; nothing is opened until first use or <see cref="IMessageStore.InitializeAsync"/>.</summary>
    /// <param name="path">The database file.</param>
    /// <param name="clock">What tells the time (created, due and lease times); the system clock when null.</param>
    /// <param name="logger">Where schema upgrades are logged; nowhere when null.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or not a valid path.</exception>
    public static IMessageStore Create(string path, TimeProvider? clock = null, ILogger? logger = null) =>
        new SqlMessageStore(new SqliteDialect(path), clock, logger);
}
