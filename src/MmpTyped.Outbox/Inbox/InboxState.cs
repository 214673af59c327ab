namespace MmpTyped.Outbox;

/// <summary>Where an inbox row stands.</summary>
public enum InboxState
{
    /// <summary>Stored, waiting to be handed to the handler.</summary>
    Pending,

    /// <summary>Held by a worker until its lease expires; an expired lease makes the row due again.</summary>
    Leased,

    /// <summary>The handler took it; kept for the retention period, then deleted.</summary>
    Handled,

    /// <summary>It did not parse: kept with the parse error, never handed on.</summary>
    Quarantined,

    /// <summary>The handler kept failing: given up on with the reason; retried only when told.</summary>
    Dead,
}
