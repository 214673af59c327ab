using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox.Leasing;

namespace MmpTyped.Outbox.Sql;

/// <summary>The outbox over the table <c>mmptyped_outbox</c>, with the paused routes in <c>mmptyped_paused_routes</c>.</summary>
internal sealed class SqlOutboxStore : IOutboxStore
{
    public const string Table = "mmptyped_outbox";
    public const string PausedTable = "mmptyped_paused_routes";
    public const string DeliveredState = "delivered";

    private static readonly string[] Columns =
    [
        "id", "vendor", "schema_id", "route", "body", "idempotency_key", "created_at", "deadline", "attempts",
        "next_attempt_at", "state", "lease_owner", "lease_expires_at", "completed_at", "last_outcome", "last_reason", "event_time",
    ];

    private readonly SqlMessageStore _store;
    private readonly LeasedTable<OutboxRow> _rows;

    public SqlOutboxStore(SqlMessageStore store)
    {
        _store = store;
        _rows = new LeasedTable<OutboxRow>(store, Table, Columns, Read, static row => row.Id, DeliveredState,
            $"NOT EXISTS (SELECT 1 FROM {PausedTable} p WHERE p.vendor = {Table}.vendor AND p.route = {Table}.route)");
    }

    public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        Check(messages);
        return _store.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, messages, cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<OutboxMessage> messages, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        Check(messages);
        _store.Dialect.CheckCallerConnection(connection);
        if (transaction is not null && !ReferenceEquals(transaction.Connection, connection))
            throw new ArgumentException("The transaction belongs to another connection.", nameof(transaction));
        await _store.CheckSchemaOnAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        return await _store.Guard(async () =>
        {
            if (transaction is not null)
                return await InsertAsync(connection, transaction, messages, cancellationToken).ConfigureAwait(false);
            await using var own = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var ids = await InsertAsync(connection, own, messages, cancellationToken).ConfigureAwait(false);
            await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            return ids;
        }).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<OutboxRow>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        _rows.LeaseAsync(owner, maxCount, leaseDuration, cancellationToken);

    public Task<int> RenewLeaseAsync(string owner, IReadOnlyList<long> ids, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        _rows.RenewAsync(owner, ids, leaseDuration, cancellationToken);

    public Task<IReadOnlyList<long>> RecordAsync(string owner, IReadOnlyList<LeaseOutcome> outcomes, CancellationToken cancellationToken = default) =>
        _rows.RecordAsync(owner, outcomes, cancellationToken);

    public Task<int> ReleaseAsync(string owner, IReadOnlyList<long>? ids, CancellationToken cancellationToken = default) =>
        _rows.ReleaseAsync(owner, ids, cancellationToken);

    public Task<int> DeleteDeliveredAsync(DateTimeOffset completedBefore, int maxCount, CancellationToken cancellationToken = default) =>
        _rows.DeleteCompletedAsync(completedBefore, maxCount, cancellationToken);

    public Task<OutboxRow?> GetAsync(long id, CancellationToken cancellationToken = default) => _rows.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<OutboxRow>> ListDeadAsync(long afterId, int maxCount, CancellationToken cancellationToken = default) =>
        _rows.ListAsync(LeasedTable<OutboxRow>.Dead, afterId, maxCount, cancellationToken);

    public Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default) => _rows.RetryDeadAsync(id, cancellationToken);

    public Task<OutboxStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(async connection =>
        {
            var counts = new List<OutboxCount>();
            await using (var command = connection.Command(null, $"SELECT vendor, state, COUNT(*) FROM {Table} GROUP BY vendor, state"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    counts.Add(new OutboxCount(reader.GetString(0), ParseState(reader.GetString(1)), reader.GetInt64(2)));
            }
            counts.Sort(static (a, b) => string.CompareOrdinal(a.Vendor, b.Vendor) is var byVendor and not 0 ? byVendor : a.State.CompareTo(b.State));
            var (dueCount, oldestDue) = await _rows.DueAsync(connection, cancellationToken).ConfigureAwait(false);

            var paused = new List<PausedRoute>();
            await using (var command = connection.Command(null, $"SELECT vendor, route, reason, paused_at FROM {PausedTable} ORDER BY vendor, route"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    paused.Add(new PausedRoute(reader.GetString(0), ReadRoute(reader.GetString(1)), reader.GetString(2), UnixTime.ToTime(reader.GetInt64(3))));
            }
            return new OutboxStats(counts, dueCount, oldestDue, paused);
        }, cancellationToken);

    public Task PauseRouteAsync(string vendor, string? route, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var now = _store.NowMilliseconds;
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"INSERT INTO {PausedTable} (vendor, route, reason, paused_at) VALUES (@vendor, @route, @reason, @now) "
                    + "ON CONFLICT (vendor, route) DO UPDATE SET reason = excluded.reason, paused_at = excluded.paused_at")
                .With("@vendor", vendor).With("@route", StoredRoute(route)).With("@reason", reason).With("@now", now);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> ResumeRouteAsync(string vendor, string? route, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vendor);
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction, $"DELETE FROM {PausedTable} WHERE vendor = @vendor AND route = @route")
                .With("@vendor", vendor).With("@route", StoredRoute(route));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken);
    }

    private static readonly string InsertSql =
        $"INSERT INTO {Table} (vendor, schema_id, route, body, idempotency_key, event_time, created_at, deadline, attempts, next_attempt_at, state) "
        + $"VALUES (@vendor, @schema, @route, @body, @key, @event, @now, @deadline, 0, @next, '{LeasedTable<OutboxRow>.Pending}') "
        + "ON CONFLICT DO NOTHING RETURNING id";

    /// <summary>The most inserts sent to the server in one round trip.</summary>
    private const int RoundTrip = 100;

    // A message with the same vendor, route and idempotency key as a stored one is not inserted (the
    // partial unique index); its id is the stored row's. Where the provider batches statements
    // (PostgreSQL), up to RoundTrip inserts go in one round trip; SQLite, in process, runs them one by one.
    private async Task<IReadOnlyList<long>> InsertAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var now = _store.NowMilliseconds;
        var ids = new long?[messages.Count];
        if (connection.CanCreateBatch && messages.Count > 1)
        {
            for (var first = 0; first < messages.Count; first += RoundTrip)
                await InsertBatchAsync(connection, transaction, messages, first, Math.Min(RoundTrip, messages.Count - first), now, ids, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var insert = connection.Command(transaction, InsertSql);
            for (var i = 0; i < messages.Count; i++)
            {
                insert.Parameters.Clear();
                Bind(insert.Parameters, insert.CreateParameter, messages[i], now);
                ids[i] = await insert.ScalarInt64Async(cancellationToken).ConfigureAwait(false);
            }
        }

        var result = new long[messages.Count];
        for (var i = 0; i < messages.Count; i++)
            result[i] = ids[i] ?? await StoredIdAsync(connection, transaction, messages[i], i, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task InsertBatchAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxMessage> messages, int first, int count, long now, long?[] ids, CancellationToken cancellationToken)
    {
        await using var batch = connection.CreateBatch();
        batch.Transaction = transaction;
        for (var i = first; i < first + count; i++)
        {
            var command = batch.CreateBatchCommand();
            command.CommandText = InsertSql;
            Bind(command.Parameters, command.CreateParameter, messages[i], now);
            batch.BatchCommands.Add(command);
        }
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        for (var i = first; i < first + count; i++)
        {
            // One result per insert, in order: its id, or no row when the idempotency key was stored already.
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                ids[i] = reader.GetInt64(0);
            await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void Bind(DbParameterCollection parameters, Func<DbParameter> create, OutboxMessage message, long now)
    {
        Add("@vendor", message.Vendor, DbType.String);
        Add("@schema", message.SchemaId, DbType.String);
        Add("@route", StoredRoute(message.Route), DbType.String);
        Add("@body", message.Body.ToArray(), DbType.Binary);
        Add("@key", message.IdempotencyKey, DbType.String);
        Add("@event", UnixTime.ToMilliseconds(message.EventTime), DbType.Int64);
        Add("@now", now, DbType.Int64);
        Add("@deadline", UnixTime.ToMilliseconds(message.Deadline), DbType.Int64);
        Add("@next", message.NotBefore is { } notBefore ? Math.Max(now, UnixTime.ToMilliseconds(notBefore)) : now, DbType.Int64);

        void Add(string name, object? value, DbType type)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.DbType = type;
            parameter.Value = value ?? DBNull.Value;
            parameters.Add(parameter);
        }
    }

    private async Task<long> StoredIdAsync(DbConnection connection, DbTransaction transaction, OutboxMessage message, int index, CancellationToken cancellationToken)
    {
        await using var existing = connection.Command(transaction, $"SELECT id FROM {Table} WHERE vendor = @vendor AND route = @route AND idempotency_key = @key")
            .With("@vendor", message.Vendor).With("@route", StoredRoute(message.Route)).With("@key", message.IdempotencyKey);
        return await existing.ScalarInt64Async(cancellationToken).ConfigureAwait(false)
            ?? throw new MessageStoreException($"{_store.Dialect.Description} refused message {index} and holds no row with its idempotency key.");
    }

    private static void Check(IReadOnlyList<OutboxMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i] ?? throw new ArgumentException($"Message {i} is null.", nameof(messages));
            if (string.IsNullOrWhiteSpace(message.SchemaId))
                throw new ArgumentException($"Message {i} has no SchemaId.", nameof(messages));
            if (message.Route is { } route && string.IsNullOrWhiteSpace(route))
                throw new ArgumentException($"Message {i} has an empty Route: give the AppsFlyer app id or Airbridge app name, or null where the vendor's URL names no app.", nameof(messages));
            if (message.Body.IsEmpty)
                throw new ArgumentException($"Message {i} has an empty Body.", nameof(messages));
            if (message.IdempotencyKey is { Length: 0 })
                throw new ArgumentException($"Message {i} has an empty IdempotencyKey: leave it null when the vendor has none.", nameof(messages));
        }
    }

    private static OutboxRow Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Vendor = reader.GetString(1),
        SchemaId = reader.GetString(2),
        Route = ReadRoute(reader.GetString(3)),
        Body = reader.GetFieldValue<byte[]>(4),
        IdempotencyKey = reader.GetNullableString(5),
        CreatedAt = UnixTime.ToTime(reader.GetInt64(6)),
        Deadline = reader.GetTime(7),
        Attempts = checked((int)reader.GetInt64(8)),
        NextAttemptAt = UnixTime.ToTime(reader.GetInt64(9)),
        State = ParseState(reader.GetString(10)),
        LeaseOwner = reader.GetNullableString(11),
        LeaseExpiresAt = reader.GetTime(12),
        CompletedAt = reader.GetTime(13),
        LastOutcome = reader.GetNullableString(14),
        LastReason = reader.GetNullableString(15),
        EventTime = reader.GetTime(16),
    };

    // A row that names no app (Affise) keeps an empty route, not NULL: the idempotency index and the paused
    // routes compare routes with '=', which NULL never satisfies.
    private static string StoredRoute(string? route) => route ?? "";

    private static string? ReadRoute(string stored) => stored.Length == 0 ? null : stored;

    private static OutboxState ParseState(string state) => state switch
    {
        LeasedTable<OutboxRow>.Pending => OutboxState.Pending,
        LeasedTable<OutboxRow>.Leased => OutboxState.Leased,
        DeliveredState => OutboxState.Delivered,
        LeasedTable<OutboxRow>.Dead => OutboxState.Dead,
        _ => throw new MessageStoreException($"An outbox row has the unknown state '{state}'."),
    };
}
