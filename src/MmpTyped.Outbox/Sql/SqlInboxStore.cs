using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MmpTyped.Outbox.Batching;
using MmpTyped.Outbox.Leasing;

namespace MmpTyped.Outbox.Sql;

/// <summary>The inbox over the table <c>mmptyped_inbox</c>, one row per content hash.</summary>
internal sealed partial class SqlInboxStore : IInboxStore
{
    public const string Table = "mmptyped_inbox";
    public const string HandledState = "handled";
    public const string QuarantinedState = "quarantined";

    private static readonly string[] Columns =
    [
        "id", "content_hash", "method", "body", "received_at", "version", "parse_error", "state", "attempts",
        "next_attempt_at", "lease_owner", "lease_expires_at", "completed_at", "last_outcome", "last_reason",
    ];

    /// <summary>
    /// The most messages one transaction takes: large enough that one fsync serves every sender waiting on a
    /// busy receiver, small enough that a transaction (about 3 KB a message) stays short.
    /// </summary>
    private const int MaxInsertBatch = 128;

    private readonly SqlMessageStore _store;
    private readonly LeasedTable<InboxRow> _rows;
    private readonly GroupCommit<PendingInsert, InboxInsertResult> _inserts;

    public SqlInboxStore(SqlMessageStore store)
    {
        _store = store;
        _rows = new LeasedTable<InboxRow>(store, Table, Columns, Read, static row => row.Id, HandledState, notPaused: null);
        _inserts = new GroupCommit<PendingInsert, InboxInsertResult>(WriteBatchAsync, MaxInsertBatch);
    }

    /// <summary>
    /// Stores the message in the next group commit (<see cref="GroupCommit{TItem, TResult}"/>): inserts arriving
    /// together are written in one transaction, each answered once that transaction committed.
    /// </summary>
    public Task<InboxInsertResult> InsertAsync(InboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Method))
            throw new ArgumentException("The message has no Method (POST or GET).", nameof(message));
        return _inserts.AddAsync(new PendingInsert(message, message.ComputeContentHash()), cancellationToken);
    }

    /// <summary>The group commit the inserts wait in (its queue is what tests watch).</summary>
    internal GroupCommit<PendingInsert, InboxInsertResult> Inserts => _inserts;

    /// <summary>
    /// Writes a batch in one transaction: each message inserted unless its content hash is stored already
    /// (by an earlier transaction, or earlier in this batch: the same message twice in one batch is one row).
    /// </summary>
    private Task<IReadOnlyList<InboxInsertResult>> WriteBatchAsync(IReadOnlyList<PendingInsert> batch) =>
        _store.WriteAsync(async (connection, transaction) =>
        {
            var ids = connection.CanCreateBatch
                ? await InsertInOneRoundTripAsync(connection, transaction, batch).ConfigureAwait(false)
                : await InsertOneByOneAsync(connection, transaction, batch).ConfigureAwait(false);
            var results = new InboxInsertResult[batch.Count];
            await using var existing = connection.Command(transaction, $"SELECT id FROM {Table} WHERE content_hash = @hash")
                .With("@hash", Array.Empty<byte>());
            for (var i = 0; i < batch.Count; i++)
            {
                if (ids[i] is { } id)
                {
                    results[i] = new InboxInsertResult(id, Inserted: true);
                    continue;
                }
                existing.Set("@hash", batch[i].Hash);
                var stored = await existing.ScalarInt64Async(CancellationToken.None).ConfigureAwait(false)
                    ?? throw new MessageStoreException($"{_store.Dialect.Description} refused an inbox message and holds none with its content hash.");
                results[i] = new InboxInsertResult(stored, Inserted: false);
            }
            LogBatchCommitting(_store.Logger, batch.Count);
            return (IReadOnlyList<InboxInsertResult>)results;
        }, CancellationToken.None);

    private const string InsertSql =
        $"INSERT INTO {Table} (content_hash, method, body, received_at, version, parse_error, state, attempts, next_attempt_at) "
        + "VALUES (@hash, @method, @body, @received, @version, @error, @state, 0, @received) ON CONFLICT DO NOTHING RETURNING id";

    /// <summary>The insert's parameters for one message.</summary>
    private static IEnumerable<(string Name, object? Value, DbType Type)> InsertParameters(PendingInsert pending)
    {
        var message = pending.Message;
        yield return ("@hash", pending.Hash, DbType.Binary);
        yield return ("@method", message.Method.ToUpperInvariant(), DbType.String);
        yield return ("@body", message.Body.ToArray(), DbType.Binary);
        yield return ("@received", UnixTime.ToMilliseconds(message.ReceivedAt), DbType.Int64);
        yield return ("@version", message.Version, DbType.String);
        yield return ("@error", message.ParseError, DbType.String);
        yield return ("@state", message.ParseError is null ? LeasedTable<InboxRow>.Pending : QuarantinedState, DbType.String);
    }

    /// <summary>
    /// Every insert sent in one round trip (a server database such as PostgreSQL, where each round trip costs
    /// a network exchange and a context switch); the id of each new row, null where the hash was stored already.
    /// </summary>
    private static async Task<long?[]> InsertInOneRoundTripAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PendingInsert> batch)
    {
        await using var inserts = connection.CreateBatch();
        inserts.Transaction = transaction;
        foreach (var pending in batch)
        {
            var insert = inserts.CreateBatchCommand();
            insert.CommandText = InsertSql;
            foreach (var (name, value, type) in InsertParameters(pending))
            {
                var parameter = insert.CreateParameter();
                parameter.ParameterName = name;
                parameter.DbType = type;
                parameter.Value = value ?? DBNull.Value;
                insert.Parameters.Add(parameter);
            }
            inserts.BatchCommands.Add(insert);
        }
        var ids = new long?[batch.Count];
        await using var reader = await inserts.ExecuteReaderAsync(CancellationToken.None).ConfigureAwait(false);
        var i = 0;
        do
        {
            if (i == ids.Length)
                throw new MessageStoreException($"{connection.GetType().Name} returned more results than the {batch.Count} inbox inserts sent.");
            if (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false))
                ids[i] = reader.GetInt64(0);
            i++;
        }
        while (await reader.NextResultAsync(CancellationToken.None).ConfigureAwait(false));
        return i == ids.Length ? ids : throw new MessageStoreException($"{connection.GetType().Name} returned {i} results for {batch.Count} inbox inserts.");
    }

    /// <summary>One insert after the other, the command reused (an embedded database such as SQLite, where a statement costs no round trip).</summary>
    private static async Task<long?[]> InsertOneByOneAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<PendingInsert> batch)
    {
        var ids = new long?[batch.Count];
        await using var insert = connection.Command(transaction, InsertSql);
        foreach (var (name, _, type) in InsertParameters(batch[0]))
            insert.With(name, null, type);
        for (var i = 0; i < batch.Count; i++)
        {
            foreach (var (name, value, _) in InsertParameters(batch[i]))
                insert.Set(name, value);
            ids[i] = await insert.ScalarInt64Async(CancellationToken.None).ConfigureAwait(false);
        }
        return ids;
    }

    public Task<IReadOnlyList<InboxRow>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        _rows.LeaseAsync(owner, maxCount, leaseDuration, cancellationToken);

    public Task<int> RenewLeaseAsync(string owner, IReadOnlyList<long> ids, TimeSpan leaseDuration, CancellationToken cancellationToken = default) =>
        _rows.RenewAsync(owner, ids, leaseDuration, cancellationToken);

    public Task<IReadOnlyList<long>> RecordAsync(string owner, IReadOnlyList<LeaseOutcome> outcomes, CancellationToken cancellationToken = default) =>
        _rows.RecordAsync(owner, outcomes, cancellationToken);

    public Task<int> ReleaseAsync(string owner, IReadOnlyList<long>? ids, CancellationToken cancellationToken = default) =>
        _rows.ReleaseAsync(owner, ids, cancellationToken);

    public Task<int> DeleteHandledAsync(DateTimeOffset completedBefore, int maxCount, CancellationToken cancellationToken = default) =>
        _rows.DeleteCompletedAsync(completedBefore, maxCount, cancellationToken);

    public Task<InboxRow?> GetAsync(long id, CancellationToken cancellationToken = default) => _rows.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<InboxRow>> ListAsync(long afterId, int maxCount, CancellationToken cancellationToken = default) =>
        _rows.ListAsync(null, afterId, maxCount, cancellationToken);

    public Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken = default) => _rows.RetryDeadAsync(id, cancellationToken);

    public Task<InboxStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        _store.ReadAsync(async connection =>
        {
            var counts = new SortedDictionary<InboxState, long>();
            await using (var command = connection.Command(null, $"SELECT state, COUNT(*) FROM {Table} GROUP BY state"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    counts.Add(ParseState(reader.GetString(0)), reader.GetInt64(1));
            }
            var (dueCount, oldestDue) = await _rows.DueAsync(connection, cancellationToken).ConfigureAwait(false);
            return new InboxStats(counts, dueCount, oldestDue);
        }, cancellationToken);

    private static InboxRow Read(DbDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        ContentHash = reader.GetFieldValue<byte[]>(1),
        Method = reader.GetString(2),
        Body = reader.GetFieldValue<byte[]>(3),
        ReceivedAt = UnixTime.ToTime(reader.GetInt64(4)),
        Version = reader.GetNullableString(5),
        ParseError = reader.GetNullableString(6),
        State = ParseState(reader.GetString(7)),
        Attempts = checked((int)reader.GetInt64(8)),
        NextAttemptAt = UnixTime.ToTime(reader.GetInt64(9)),
        LeaseOwner = reader.GetNullableString(10),
        LeaseExpiresAt = reader.GetTime(11),
        CompletedAt = reader.GetTime(12),
        LastOutcome = reader.GetNullableString(13),
        LastReason = reader.GetNullableString(14),
    };

    private static InboxState ParseState(string state) => state switch
    {
        LeasedTable<InboxRow>.Pending => InboxState.Pending,
        LeasedTable<InboxRow>.Leased => InboxState.Leased,
        HandledState => InboxState.Handled,
        QuarantinedState => InboxState.Quarantined,
        LeasedTable<InboxRow>.Dead => InboxState.Dead,
        _ => throw new MessageStoreException($"An inbox row has the unknown state '{state}'."),
    };

    [LoggerMessage(EventId = 20, Level = LogLevel.Debug, Message = "Committing {Count} inbox messages in one transaction")]
    private static partial void LogBatchCommitting(ILogger logger, int count);

    /// <summary>A message waiting for its group commit, with its content hash computed by the caller.</summary>
    internal readonly record struct PendingInsert(InboxMessage Message, byte[] Hash);
}
