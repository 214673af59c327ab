using System;
using System.Collections.Generic;
using System.Data.Common;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox.Sql;

namespace MmpTyped.Outbox.Sqlite;

/// <summary>
/// SQLite: one writer at a time (a write transaction starts with <c>BEGIN IMMEDIATE</c>, so leasing is a
/// single atomic statement), WAL so readers never wait for it, and <c>synchronous=FULL</c> so a commit
/// that returned survives a power cut, not only a crashed process.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>How long a writer waits for another one before failing.</summary>
    private const int BusyTimeoutMilliseconds = 30_000;

    private readonly string _path;
    private readonly string _connectionString;

    public SqliteDialect(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    public override string Description => $"the SQLite store at {_path}";

    public override IReadOnlyList<string> Migrations { get; } = [SqliteSchema.Version1];

    public override string VersionTableExistsSql =>
        $"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '{SchemaUpgrade.VersionTable}'";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            if (Path.GetDirectoryName(_path) is { Length: > 0 } folder)
                Directory.CreateDirectory(folder);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragmas = connection.CreateCommand();
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new MessageStoreException($"Cannot open {Description}: {e.Message}", e);
        }
    }

    public override string LeaseSql(string table, Func<string, string> columns, string due) =>
        $"UPDATE {table} SET state = 'leased', lease_owner = @owner, lease_expires_at = @expires, attempts = attempts + 1 "
        + $"WHERE id IN (SELECT id FROM {table} WHERE {due} ORDER BY next_attempt_at, id LIMIT @max) "
        + $"RETURNING {columns("")}";

    // Pooled connections keep the file open; closing them lets the file be moved or deleted.
    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    public override void CheckCallerConnection(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite)
            throw new ArgumentException($"The connection is a {connection.GetType().Name}; {Description} needs a SqliteConnection to the same file.", nameof(connection));
        if (sqlite.State != System.Data.ConnectionState.Open)
            throw new ArgumentException("The connection is not open.", nameof(connection));
        var theirs = Path.GetFullPath(sqlite.DataSource);
        if (!string.Equals(theirs, _path, StringComparison.Ordinal))
            throw new ArgumentException($"The connection is to {theirs}, not to {Description}: the outbox rows must commit in the same database.", nameof(connection));
    }
}
