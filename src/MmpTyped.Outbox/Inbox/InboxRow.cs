using System;

namespace MmpTyped.Outbox;

/// <summary>One stored inbox row as read back from the store.</summary>
public sealed record InboxRow
{
    /// <summary>The row's id, unique in its store.</summary>
    public required long Id { get; init; }

    /// <summary>The SHA-256 of the method and the bytes (<see cref="InboxMessage.ComputeContentHash"/>).</summary>
    public required ReadOnlyMemory<byte> ContentHash { get; init; }

    /// <summary>The HTTP method it came with.</summary>
    public required string Method { get; init; }

    /// <summary>The raw bytes received.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>When it arrived.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The version detected, if any.</summary>
    public string? Version { get; init; }

    /// <summary>Why it did not parse, for a quarantined row.</summary>
    public string? ParseError { get; init; }

    /// <summary>Where it stands.</summary>
    public required InboxState State { get; init; }

    /// <summary>How many times it was leased for handling (a lease released unhandled does not count).</summary>
    public required int Attempts { get; init; }

    /// <summary>When it is next due.</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Who holds the lease, while leased.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>When the lease runs out, while leased.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>When it was handled or dead-lettered.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>A short code for the last attempt's outcome.</summary>
    public string? LastOutcome { get; init; }

    /// <summary>Why, in words, for the last attempt.</summary>
    public string? LastReason { get; init; }
}
