using System;
using System.Collections.Generic;

namespace MmpTyped.Outbox;

/// <summary>The inbox at a glance.</summary>
/// <param name="Counts">Rows by state (only the states that have rows), in the enum's order.</param>
/// <param name="DueCount">Pending rows due now, and leased rows whose lease ran out.</param>
/// <param name="OldestDueAt">The earliest next attempt time among the rows due now; null when none is due.</param>
public sealed record InboxStats(IReadOnlyDictionary<InboxState, long> Counts, long DueCount, DateTimeOffset? OldestDueAt);
