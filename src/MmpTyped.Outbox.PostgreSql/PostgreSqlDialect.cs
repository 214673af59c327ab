using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox.Sql;
using Npgsql;

namespace MmpTyped.Outbox.PostgreSql;

/// <summary>
/// PostgreSQL: leasing picks due rows with <c>FOR UPDATE SKIP LOCKED</c>, so leasers running at once each
/// take rows no other holds, without waiting for each other. The tables live in the connection's
/// current schema (the first of its search path).
/// </summary>
/// <remarks>
/// Times come from the process's clock, not the server's: the lease durations (minutes) are assumed to
/// dwarf the clock skew between machines that share one database.
/// </remarks>
internal sealed class PostgreSqlDialect : SqlDialect
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _database;

    public PostgreSqlDialect(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            // The message names the setting at fault; the connection string itself is never repeated (it may hold a password).
            throw new ArgumentException($"Not a valid PostgreSQL connection string: {e.Message}", nameof(connectionString));
        }
        if (string.IsNullOrEmpty(builder.Host))
            throw new ArgumentException("The PostgreSQL connection string names no Host.", nameof(connectionString));
        _database = builder.Database ?? builder.Username ?? "";
        Description = string.Create(CultureInfo.InvariantCulture, $"the PostgreSQL store {builder.Host}:{builder.Port}/{_database}");
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public override string Description { get; }

    public override IReadOnlyList<string> Migrations { get; } = [PostgreSqlSchema.Version1];

    public override string VersionTableExistsSql =>
        $"SELECT CASE WHEN to_regclass('{SchemaUpgrade.VersionTable}') IS NULL THEN 0 ELSE 1 END";

    // One upgrader at a time per schema; the lock ends with the transaction.
    public override string UpgradeLockSql =>
        $"SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.{SchemaUpgrade.VersionTable}'))";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new MessageStoreException($"Cannot open {Description}: {e.Message}", e);
        }
    }

    public override string LeaseSql(string table, Func<string, string> columns, string due) =>
        $"WITH due AS (SELECT id FROM {table} WHERE {due} ORDER BY next_attempt_at, id LIMIT @max FOR UPDATE SKIP LOCKED) "
        + $"UPDATE {table} AS r SET state = 'leased', lease_owner = @owner, lease_expires_at = @expires, attempts = r.attempts + 1 "
        + $"FROM due WHERE r.id = due.id RETURNING {columns("r.")}";

    public override void CheckCallerConnection(DbConnection connection)
    {
        if (connection is not NpgsqlConnection npgsql)
            throw new ArgumentException($"The connection is a {connection.GetType().Name}; {Description} needs an NpgsqlConnection to the same database.", nameof(connection));
        if (npgsql.State != System.Data.ConnectionState.Open)
            throw new ArgumentException("The connection is not open.", nameof(connection));
        if (!string.Equals(npgsql.Database, _database, StringComparison.Ordinal))
            throw new ArgumentException($"The connection is to the database '{npgsql.Database}', not to {Description}: the outbox rows must commit in the same database.", nameof(connection));
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
