using System;

namespace MmpTyped.Outbox;

/// <summary>One stored outbox row as read back from the store.</summary>
public sealed record OutboxRow
{
    /// <summary>The row's id, unique in its store.</summary>
    public required long Id { get; init; }

    /// <summary>The vendor: the first dotted part of <see cref="SchemaId"/>.</summary>
    public required string Vendor { get; init; }

    /// <summary>The schema id of the body.</summary>
    public required string SchemaId { get; init; }

    /// <summary>The AppsFlyer app id or Airbridge app name the request goes to; null where the vendor's URL names no app.</summary>
    public required string? Route { get; init; }

    /// <summary>The request body exactly as it is to be sent.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The vendor's de-duplication key, if any.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>When the event happened, if the body says.</summary>
    public DateTimeOffset? EventTime { get; init; }

    /// <summary>When it was enqueued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The end of the vendor's window, if any.</summary>
    public DateTimeOffset? Deadline { get; init; }

    /// <summary>How many times it was leased for sending (a lease released unsent does not count).</summary>
    public required int Attempts { get; init; }

    /// <summary>When it is next due.</summary>
    public required DateTimeOffset NextAttemptAt { get; init; }

    /// <summary>Where it stands.</summary>
    public required OutboxState State { get; init; }

    /// <summary>Who holds the lease, while <see cref="State"/> is <see cref="OutboxState.Leased"/>.</summary>
    public string? LeaseOwner { get; init; }

    /// <summary>When the lease runs out, while leased.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; init; }

    /// <summary>When it was delivered or dead-lettered.</summary>
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>A short code for the last attempt's outcome (e.g. <c>throttled</c>, <c>rejected</c>).</summary>
    public string? LastOutcome { get; init; }

    /// <summary>Why, in words, for the last attempt.</summary>
    public string? LastReason { get; init; }
}
