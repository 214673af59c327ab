using System;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox;

/// <summary>
/// One database holding the outbox, the inbox and the small state values, with one schema that the
/// library creates and upgrades itself (a version table): SQLite for one machine, PostgreSQL for several.
/// </summary>
public interface IMessageStore : IAsyncDisposable
{
    /// <summary>Outgoing vendor requests.</summary>
    IOutboxStore Outbox { get; }

    /// <summary>Received Push API messages.</summary>
    IInboxStore Inbox { get; }

    /// <summary>Small values kept across restarts.</summary>
    IKeyValueStore State { get; }

    /// <summary>
    /// Opens the database and creates or upgrades its schema; every operation does this first when it has
    /// not been done. Call it at start-up to fail early.
    /// </summary>
    /// <exception cref="MessageStoreException">The database cannot be opened, or its schema is newer than this library (then nothing is written).</exception>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
