using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox.Leasing;

namespace MmpTyped.Outbox.Sql;

/// <summary>The inbox over the table <c>mmptyped_inbox</c>, one row per content hash.</summary>
internal sealed class SqlInboxStore : IInboxStore
{
    public const string Table = "mmptyped_inbox";
    public const string HandledState = "handled";
    public const string QuarantinedState = "quarantined";

    private static readonly string[] Columns =
    [
        "id", "content_hash", "method", "body", "received_at", "version", "parse_error", "state", "attempts",
        "next_attempt_at", "lease_owner", "lease_expires_at", "completed_at", "last_outcome", "last_reason",
    ];

    private readonly SqlMessageStore _store;
    private readonly LeasedTable<InboxRow> _rows;

    public SqlInboxStore(SqlMessageStore store)
    {
        _store = store;
        _rows = new LeasedTable<InboxRow>(store, Table, Columns, Read, static row => row.Id, HandledState, notPaused: null);
    }

    public Task<InboxInsertResult> InsertAsync(InboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Method))
            throw new ArgumentException("The message has no Method (POST or GET).", nameof(message));
        var hash = message.ComputeContentHash();
        var receivedAt = UnixTime.ToMilliseconds(message.ReceivedAt);
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(transaction,
                    $"INSERT INTO {Table} (content_hash, method, body, received_at, version, parse_error, state, attempts, next_attempt_at) "
                    + "VALUES (@hash, @method, @body, @received, @version, @error, @state, 0, @received) ON CONFLICT DO NOTHING RETURNING id")
                .With("@hash", hash).With("@method", message.Method.ToUpperInvariant()).With("@body", message.Body.ToArray())
                .With("@received", receivedAt).With("@version", message.Version).With("@error", message.ParseError)
                .With("@state", message.ParseError is null ? LeasedTable<InboxRow>.Pending : QuarantinedState))
            {
                if (await insert.ScalarInt64Async(cancellationToken).ConfigureAwait(false) is { } id)
                    return new InboxInsertResult(id, Inserted: true);
            }
            await using var existing = connection.Command(transaction, $"SELECT id FROM {Table} WHERE content_hash = @hash").With("@hash", hash);
            var stored = await existing.ScalarInt64Async(cancellationToken).ConfigureAwait(false)
                ?? throw new MessageStoreException($"{_store.Dialect.Description} refused an inbox message and holds none with its content hash.");
            return new InboxInsertResult(stored, Inserted: false);
        }, cancellationToken);
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
}
