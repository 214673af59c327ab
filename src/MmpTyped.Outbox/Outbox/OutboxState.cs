namespace MmpTyped.Outbox;

/// <summary>Where an outbox row stands.</summary>
public enum OutboxState
{
    /// <summary>Waiting for its next attempt time.</summary>
    Pending,

    /// <summary>Held by a sender until its lease expires; an expired lease makes the row due again.</summary>
    Leased,

    /// <summary>Sent and accepted; kept for the retention period, then deleted.</summary>
    Delivered,

    /// <summary>Given up on, with the reason: rejected for good, expired, or out of attempts. Retried only when told.</summary>
    Dead,
}
