using System;

namespace MmpTyped.Outbox;

/// <summary>What to do with a leased row once its holder is done with it.</summary>
public enum LeaseOutcomeKind
{
    /// <summary>Done (delivered, or handled): kept for the retention period, then deleted.</summary>
    Completed,

    /// <summary>Try again at <see cref="LeaseOutcome.NextAttemptAt"/>.</summary>
    Rescheduled,

    /// <summary>Give up, with the reason.</summary>
    DeadLettered,
}

/// <summary>
/// The outcome of one leased row, recorded only while the recorder still holds the lease: a row whose
/// lease passed to someone else is left alone.
/// </summary>
/// <param name="Id">The row.</param>
/// <param name="Kind">What to do with it.</param>
/// <param name="Outcome">A short code for what happened (e.g. <c>delivered</c>, <c>throttled</c>, <c>rejected</c>, <c>expired</c>).</param>
/// <param name="Reason">Why, in words; never a secret. Stored up to <see cref="MaxReasonLength"/> characters.</param>
/// <param name="NextAttemptAt">When to try again, for <see cref="LeaseOutcomeKind.Rescheduled"/>.</param>
public readonly record struct LeaseOutcome(long Id, LeaseOutcomeKind Kind, string Outcome, string? Reason = null, DateTimeOffset? NextAttemptAt = null)
{
    /// <summary>The longest reason stored; a longer one is cut.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Done: delivered or handled.</summary>
    public static LeaseOutcome Completed(long id, string outcome = "delivered") => new(id, LeaseOutcomeKind.Completed, outcome);

    /// <summary>Try again at <paramref name="nextAttemptAt"/>.</summary>
    public static LeaseOutcome Rescheduled(long id, DateTimeOffset nextAttemptAt, string outcome, string? reason = null) =>
        new(id, LeaseOutcomeKind.Rescheduled, outcome, reason, nextAttemptAt);

    /// <summary>Give up, with the reason.</summary>
    public static LeaseOutcome DeadLettered(long id, string outcome, string reason) => new(id, LeaseOutcomeKind.DeadLettered, outcome, reason);
}
