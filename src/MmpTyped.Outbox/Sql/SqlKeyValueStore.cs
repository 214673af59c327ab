using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox.Sql;

/// <summary>Small values by scope and key, in the table <c>mmptyped_state</c>.</summary>
internal sealed class SqlKeyValueStore(SqlMessageStore store) : IKeyValueStore
{
    public const string Table = "mmptyped_state";

    public Task<byte[]?> GetAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        Check(scope, key);
        var now = store.NowMilliseconds;
        return store.ReadAsync(async connection =>
        {
            await using var command = connection.Command(null,
                    $"SELECT value FROM {Table} WHERE scope = @scope AND key = @key AND (expires_at IS NULL OR expires_at > @now)")
                .With("@scope", scope).With("@key", key).With("@now", now);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
        }, cancellationToken);
    }

    public Task SetAsync(string scope, string key, ReadOnlyMemory<byte> value, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        Check(scope, key);
        var now = store.NowMilliseconds;
        return store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"INSERT INTO {Table} (scope, key, value, expires_at, updated_at) VALUES (@scope, @key, @value, @expires, @now) "
                    + "ON CONFLICT (scope, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at, updated_at = excluded.updated_at")
                .With("@scope", scope).With("@key", key).With("@value", value.ToArray())
                .With("@expires", UnixTime.ToMilliseconds(expiresAt)).With("@now", now);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> RemoveAsync(string scope, string key, CancellationToken cancellationToken = default)
    {
        Check(scope, key);
        return store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction, $"DELETE FROM {Table} WHERE scope = @scope AND key = @key")
                .With("@scope", scope).With("@key", key);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<KeyValueEntry>> ListAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        var now = store.NowMilliseconds;
        return store.ReadAsync<IReadOnlyList<KeyValueEntry>>(async connection =>
        {
            await using var command = connection.Command(null,
                    $"SELECT key, value, expires_at, updated_at FROM {Table} WHERE scope = @scope AND (expires_at IS NULL OR expires_at > @now) ORDER BY key")
                .With("@scope", scope).With("@now", now);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var entries = new List<KeyValueEntry>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                entries.Add(new KeyValueEntry(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetTime(2), UnixTime.ToTime(reader.GetInt64(3))));
            return entries;
        }, cancellationToken);
    }

    public Task<int> DeleteExpiredAsync(int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        var now = store.NowMilliseconds;
        return store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"DELETE FROM {Table} WHERE (scope, key) IN (SELECT scope, key FROM {Table} WHERE expires_at <= @now LIMIT @max)")
                .With("@now", now).With("@max", (long)maxCount);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    private static void Check(string scope, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
    }
}
