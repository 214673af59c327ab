using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Sql;

/// <summary>
/// What differs between the databases behind a store: how to open a connection, the schema scripts, and
/// how to lease rows. Everything else is written once, in SQL both SQLite and PostgreSQL run.
/// </summary>
internal abstract class SqlDialect : System.IAsyncDisposable
{
    /// <summary>Names the store for messages, without any password (e.g. "the SQLite store at /data/app.db").</summary>
    public abstract string Description { get; }

    /// <summary>Opens a connection, ready for use; a failure becomes a <see cref="MessageStoreException"/> that names the store.</summary>
    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>The schema scripts: entry i upgrades version i to version i + 1.</summary>
    public abstract IReadOnlyList<string> Migrations { get; }

    /// <summary>A query returning a non-zero count when the schema version table exists.</summary>
    public abstract string VersionTableExistsSql { get; }

    /// <summary>A statement run first in the upgrade transaction so that two processes do not upgrade at once; null when the transaction itself does that.</summary>
    public virtual string? UpgradeLockSql => null;

    /// <summary>
    /// The statement that leases due rows of <paramref name="table"/> and returns them (<paramref name="columns"/>, each
    /// qualified with the prefix given to it), from the parameters <c>@owner</c>, <c>@expires</c>, <c>@now</c> and <c>@max</c>;
    /// <paramref name="due"/> is the condition a due row meets.
    /// </summary>
    public abstract string LeaseSql(string table, System.Func<string, string> columns, string due);

    /// <summary>Throws <see cref="System.ArgumentException"/> when a caller's connection is not of this kind or not to this database.</summary>
    public abstract void CheckCallerConnection(DbConnection connection);

    /// <summary>Closes what the dialect keeps open (pooled connections).</summary>
    public abstract ValueTask DisposeAsync();
}
