using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Sql;

/// <summary>
/// Creates and upgrades the schema, recorded in the one-row table <c>mmptyped_schema</c>. A database whose
/// version is newer than this library's is refused before anything is written to it.
/// </summary>
internal static class SchemaUpgrade
{
    public const string VersionTable = "mmptyped_schema";

    public static long LibraryVersion(SqlDialect dialect) => dialect.Migrations.Count;

    /// <summary>Upgrades to the library's version; returns the versions upgraded from and to, or null when it was current.</summary>
    public static async Task<(long From, long To)?> RunAsync(SqlDialect dialect, DbConnection connection, CancellationToken cancellationToken)
    {
        var target = LibraryVersion(dialect);
        // Read first, outside any transaction: a newer or current schema is left untouched.
        var found = await ReadVersionAsync(dialect, connection, null, cancellationToken).ConfigureAwait(false);
        ThrowIfNewer(dialect, found, target);
        if (found == target)
            return null;

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (dialect.UpgradeLockSql is { } lockSql)
        {
            await using var locking = connection.Command(transaction, lockSql);
            await locking.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var create = connection.Command(transaction, $"CREATE TABLE IF NOT EXISTS {VersionTable} (version BIGINT NOT NULL)"))
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        // Read again under the lock: another process may have upgraded meanwhile.
        var current = await ReadVersionAsync(dialect, connection, transaction, cancellationToken).ConfigureAwait(false);
        ThrowIfNewer(dialect, current, target);
        for (var version = current; version < target; version++)
        {
            await using var step = connection.Command(transaction, dialect.Migrations[(int)version]);
            await step.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        await using (var record = connection.Command(transaction, $"DELETE FROM {VersionTable}; INSERT INTO {VersionTable} (version) VALUES (@version)").With("@version", target))
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return current == target ? null : (current, target);
    }

    /// <summary>The schema version recorded in the database; 0 when it has none yet.</summary>
    public static async Task<long> ReadVersionAsync(SqlDialect dialect, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var exists = connection.Command(transaction, dialect.VersionTableExistsSql);
        if ((await exists.ScalarInt64Async(cancellationToken).ConfigureAwait(false) ?? 0) == 0)
            return 0;
        await using var read = connection.Command(transaction, $"SELECT MAX(version) FROM {VersionTable}");
        return await read.ScalarInt64Async(cancellationToken).ConfigureAwait(false) ?? 0;
    }

    private static void ThrowIfNewer(SqlDialect dialect, long found, long target)
    {
        if (found > target)
        {
            throw new MessageStoreException(
                $"{dialect.Description} has schema version {found}, newer than this library's {target}: "
                + "it was upgraded by a newer MmpTyped.Outbox. Use that version; nothing was written.");
        }
    }
}
