using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox.Sql;

namespace MmpTyped.Outbox.Leasing;

/// <summary>
/// The leasing both the outbox and the inbox use, over any table with the lease columns (<c>state</c>,
/// <c>attempts</c>, <c>next_attempt_at</c>, <c>lease_owner</c>, <c>lease_expires_at</c>, <c>completed_at</c>,
/// <c>last_outcome</c>, <c>last_reason</c>). A row is due when it is pending and its time has come, or
/// leased with a lease that ran out (its holder crashed or stalled). Outcomes are recorded only by the
/// lease's holder, so a holder that stalled past its lease cannot overwrite what the next holder did.
/// </summary>
internal sealed class LeasedTable<TRow>
{
    public const string Pending = "pending";
    public const string Leased = "leased";
    public const string Dead = "dead";

    private readonly SqlMessageStore _store;
    private readonly string _table;
    private readonly string[] _columns;
    private readonly Func<DbDataReader, TRow> _read;
    private readonly Func<TRow, long> _idOf;
    private readonly string _doneState;
    private readonly string _due;

    /// <param name="store">The store.</param>
    /// <param name="table">The table.</param>
    /// <param name="columns">The columns read into a row, in the order <paramref name="read"/> reads them.</param>
    /// <param name="read">Reads a row at the reader's position.</param>
    /// <param name="idOf">A row's id.</param>
    /// <param name="doneState">The state of a completed row.</param>
    /// <param name="notPaused">A further condition a due row meets (over the unaliased table), or null.</param>
    public LeasedTable(SqlMessageStore store, string table, string[] columns, Func<DbDataReader, TRow> read, Func<TRow, long> idOf, string doneState, string? notPaused)
    {
        _store = store;
        _table = table;
        _columns = columns;
        _read = read;
        _idOf = idOf;
        _doneState = doneState;
        _due = $"((state = '{Pending}' AND next_attempt_at <= @now) OR (state = '{Leased}' AND lease_expires_at <= @now))"
            + (notPaused is null ? "" : " AND " + notPaused);
    }

    public string Columns(string prefix = "") => prefix + string.Join(", " + prefix, _columns);

    public Task<IReadOnlyList<TRow>> LeaseAsync(string owner, int maxCount, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        var now = _store.NowMilliseconds;
        var sql = _store.Dialect.LeaseSql(_table, Columns, _due);
        return _store.WriteAsync<IReadOnlyList<TRow>>(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction, sql)
                .With("@owner", owner).With("@expires", now + (long)leaseDuration.TotalMilliseconds)
                .With("@now", now).With("@max", (long)maxCount);
            var rows = await ReadRowsAsync(command, cancellationToken).ConfigureAwait(false);
            // RETURNING gives no order: hand the rows out by id, oldest first.
            rows.Sort((a, b) => _idOf(a).CompareTo(_idOf(b)));
            return rows;
        }, cancellationToken);
    }

    public Task<int> RenewAsync(string owner, IReadOnlyList<long> ids, TimeSpan leaseDuration, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseDuration, TimeSpan.Zero);
        var expires = _store.NowMilliseconds + (long)leaseDuration.TotalMilliseconds;
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"UPDATE {_table} SET lease_expires_at = @expires WHERE id = @id AND state = '{Leased}' AND lease_owner = @owner")
                .With("@expires", expires).With("@owner", owner).With("@id", 0L);
            var held = 0;
            foreach (var id in ids)
            {
                command.Set("@id", id);
                held += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return held;
        }, cancellationToken);
    }

    public Task<IReadOnlyList<long>> RecordAsync(string owner, IReadOnlyList<LeaseOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentNullException.ThrowIfNull(outcomes);
        foreach (var outcome in outcomes)
            Check(outcome);
        var now = _store.NowMilliseconds;
        return _store.WriteAsync<IReadOnlyList<long>>(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"UPDATE {_table} SET state = @state, lease_owner = NULL, lease_expires_at = NULL, "
                    + "next_attempt_at = COALESCE(@next, next_attempt_at), completed_at = @completed, "
                    + $"last_outcome = @outcome, last_reason = @reason WHERE id = @id AND state = '{Leased}' AND lease_owner = @owner")
                .With("@state", "").With("@next", (long?)null).With("@completed", (long?)null)
                .With("@outcome", "").With("@reason", (string?)null).With("@id", 0L).With("@owner", owner);
            var lost = new List<long>();
            foreach (var outcome in outcomes)
            {
                command.Set("@state", outcome.Kind switch
                {
                    LeaseOutcomeKind.Completed => _doneState,
                    LeaseOutcomeKind.Rescheduled => Pending,
                    _ => Dead,
                });
                command.Set("@next", UnixTime.ToMilliseconds(outcome.NextAttemptAt));
                command.Set("@completed", outcome.Kind == LeaseOutcomeKind.Rescheduled ? null : now);
                command.Set("@outcome", outcome.Outcome);
                command.Set("@reason", outcome.Reason is { Length: > LeaseOutcome.MaxReasonLength } reason ? reason[..LeaseOutcome.MaxReasonLength] : outcome.Reason);
                command.Set("@id", outcome.Id);
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    lost.Add(outcome.Id);
            }
            return lost;
        }, cancellationToken);
    }

    public Task<int> ReleaseAsync(string owner, IReadOnlyList<long>? ids, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var sql = $"UPDATE {_table} SET state = '{Pending}', lease_owner = NULL, lease_expires_at = NULL, "
            + "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END "
            + $"WHERE state = '{Leased}' AND lease_owner = @owner" + (ids is null ? "" : " AND id = @id");
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction, sql).With("@owner", owner);
            if (ids is null)
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            command.With("@id", 0L);
            var released = 0;
            foreach (var id in ids)
            {
                command.Set("@id", id);
                released += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            return released;
        }, cancellationToken);
    }

    /// <summary>Deletes one bounded batch of completed rows: a short transaction however large the table grew.</summary>
    public Task<int> DeleteCompletedAsync(DateTimeOffset completedBefore, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"DELETE FROM {_table} WHERE id IN (SELECT id FROM {_table} WHERE state = @done AND completed_at < @before ORDER BY id LIMIT @max)")
                .With("@done", _doneState).With("@before", UnixTime.ToMilliseconds(completedBefore)).With("@max", (long)maxCount);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<bool> RetryDeadAsync(long id, CancellationToken cancellationToken)
    {
        var now = _store.NowMilliseconds;
        return _store.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.Command(transaction,
                    $"UPDATE {_table} SET state = '{Pending}', attempts = 0, next_attempt_at = @now, completed_at = NULL WHERE id = @id AND state = '{Dead}'")
                .With("@now", now).With("@id", id);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    /// <summary>How many rows are due now, and the earliest next attempt time among them.</summary>
    public async Task<(long Count, DateTimeOffset? OldestDueAt)> DueAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, $"SELECT COUNT(*), MIN(next_attempt_at) FROM {_table} WHERE {_due}")
            .With("@now", _store.NowMilliseconds);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt64(0), reader.GetTime(1));
    }

    public Task<TRow?> GetAsync(long id, CancellationToken cancellationToken) =>
        _store.ReadAsync(async connection =>
        {
            await using var command = connection.Command(null, $"SELECT {Columns()} FROM {_table} WHERE id = @id").With("@id", id);
            var rows = await ReadRowsAsync(command, cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? default : rows[0];
        }, cancellationToken);

    public Task<IReadOnlyList<TRow>> ListAsync(string? state, long afterId, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return _store.ReadAsync<IReadOnlyList<TRow>>(async connection =>
        {
            await using var command = connection.Command(null,
                    $"SELECT {Columns()} FROM {_table} WHERE id > @after" + (state is null ? "" : " AND state = @state") + " ORDER BY id LIMIT @max")
                .With("@after", afterId).With("@max", (long)maxCount);
            if (state is not null)
                command.With("@state", state);
            return await ReadRowsAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    private async Task<List<TRow>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(_read(reader));
        return rows;
    }

    private static void Check(LeaseOutcome outcome)
    {
        if (string.IsNullOrWhiteSpace(outcome.Outcome))
            throw new ArgumentException($"The outcome of row {outcome.Id} has no Outcome code.", nameof(outcome));
        if (outcome.Kind == LeaseOutcomeKind.Rescheduled && outcome.NextAttemptAt is null)
            throw new ArgumentException($"The outcome of row {outcome.Id} reschedules it without a NextAttemptAt.", nameof(outcome));
        if (!Enum.IsDefined(outcome.Kind))
            throw new ArgumentException($"The outcome of row {outcome.Id} has the unknown kind {(int)outcome.Kind}.", nameof(outcome));
    }
}
