using System;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MmpTyped.Outbox.Sql;

/// <summary>
/// The store over one database, whichever: the schema upgrade done once, then every operation in a
/// connection of its own (writes in a transaction, committed before the call returns).
/// </summary>
internal sealed partial class SqlMessageStore : IMessageStore
{
    private readonly SemaphoreSlim _initializing = new(1, 1);
    private readonly ILogger _logger;
    private volatile bool _initialized;

    public SqlMessageStore(SqlDialect dialect, TimeProvider? clock, ILogger? logger)
    {
        Dialect = dialect;
        Clock = clock ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
        Outbox = new SqlOutboxStore(this);
        Inbox = new SqlInboxStore(this);
        State = new SqlKeyValueStore(this);
    }

    public SqlDialect Dialect { get; }

    public TimeProvider Clock { get; }

    /// <summary>Where the store's own events go (schema upgrades, inbox group commits).</summary>
    public ILogger Logger => _logger;

    public IOutboxStore Outbox { get; }

    public IInboxStore Inbox { get; }

    public IKeyValueStore State { get; }

    public long NowMilliseconds => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_initialized)
            return;
        await _initializing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized)
                return;
            await using var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
            var upgrade = await Guard(() => SchemaUpgrade.RunAsync(Dialect, connection, cancellationToken)).ConfigureAwait(false);
            if (upgrade is var (from, to))
                LogSchemaUpgraded(_logger, Dialect.Description, from, to);
            _initialized = true;
        }
        finally
        {
            _initializing.Release();
        }
    }

    /// <summary>
    /// Checks, on the caller's connection and inside its transaction, that the schema is the library's: the
    /// upgrade itself runs on a connection of the store's own, which would wait for the caller's open
    /// transaction on SQLite, so it is never started from here.
    /// </summary>
    public async Task CheckSchemaOnAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (_initialized)
            return;
        var version = await Guard(() => SchemaUpgrade.ReadVersionAsync(Dialect, connection, transaction, cancellationToken)).ConfigureAwait(false);
        if (version != SchemaUpgrade.LibraryVersion(Dialect))
        {
            throw new MessageStoreException(
                $"{Dialect.Description} has schema version {version}, this library needs {SchemaUpgrade.LibraryVersion(Dialect)}: "
                + "call InitializeAsync on the store before opening the transaction to enqueue in.");
        }
        _initialized = true;
    }

    /// <summary>Runs <paramref name="work"/> in a transaction on a connection of its own, and commits.</summary>
    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Guard(async () =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> on a connection of its own, outside any transaction.</summary>
    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await Dialect.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Guard(() => work(connection)).ConfigureAwait(false);
    }

    /// <summary>A database error becomes a <see cref="MessageStoreException"/> naming the store (never its password).</summary>
    public async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (DbException e)
        {
            throw new MessageStoreException($"{Dialect.Description} failed: {e.Message}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Dialect.DisposeAsync().ConfigureAwait(false);
        _initializing.Dispose();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Upgraded the schema of {Store} from version {From} to {To}")]
    private static partial void LogSchemaUpgraded(ILogger logger, string store, long from, long to);
}
