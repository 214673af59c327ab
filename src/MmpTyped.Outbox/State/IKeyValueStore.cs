using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Outbox;

/// <summary>
/// Small values kept across restarts, by scope and key: what a worker must not forget when its process
/// stops (e.g. the messages the retargeting de-duplicator holds while it waits for their twins).
/// An entry past its expiry time reads as absent.
/// </summary>
public interface IKeyValueStore
{
    /// <summary>The value, or null when absent or expired.</summary>
    Task<byte[]?> GetAsync(string scope, string key, CancellationToken cancellationToken = default);

    /// <summary>Sets the value, replacing any; durable when this returns.</summary>
    Task SetAsync(string scope, string key, ReadOnlyMemory<byte> value, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Removes the entry; false when there was none.</summary>
    Task<bool> RemoveAsync(string scope, string key, CancellationToken cancellationToken = default);

    /// <summary>Every unexpired entry of the scope, by key.</summary>
    Task<IReadOnlyList<KeyValueEntry>> ListAsync(string scope, CancellationToken cancellationToken = default);

    /// <summary>Deletes up to <paramref name="maxCount"/> expired entries of any scope; returns how many.</summary>
    Task<int> DeleteExpiredAsync(int maxCount, CancellationToken cancellationToken = default);
}

/// <summary>One stored entry.</summary>
/// <param name="Key">The key within its scope.</param>
/// <param name="Value">The value.</param>
/// <param name="ExpiresAt">When it stops counting, if ever.</param>
/// <param name="UpdatedAt">When it was last set.</param>
public sealed record KeyValueEntry(string Key, ReadOnlyMemory<byte> Value, DateTimeOffset? ExpiresAt, DateTimeOffset UpdatedAt);
