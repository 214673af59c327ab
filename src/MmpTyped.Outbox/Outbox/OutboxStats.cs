using System;
using System.Collections.Generic;

namespace MmpTyped.Outbox;

/// <summary>How many outbox rows one vendor has in one state.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="State">The state.</param>
/// <param name="Count">How many rows.</param>
public readonly record struct OutboxCount(string Vendor, OutboxState State, long Count);

/// <summary>A route whose rows are not leased until it is resumed.</summary>
/// <param name="Vendor">The vendor.</param>
/// <param name="Route">The AppsFlyer app id or Airbridge app name; null for the vendor's rows that name no app.</param>
/// <param name="Reason">Why it was paused.</param>
/// <param name="PausedAt">When.</param>
public sealed record PausedRoute(string Vendor, string? Route, string Reason, DateTimeOffset PausedAt);

/// <summary>The outbox at a glance.</summary>
/// <param name="Counts">Rows by vendor and state (only the pairs that have rows), ordered by vendor, then state.</param>
/// <param name="DueCount">Pending rows due now, and leased rows whose lease ran out.</param>
/// <param name="OldestDueAt">The earliest next attempt time among the rows due now; null when none is due. Now minus this is how far sending lags.</param>
/// <param name="PausedRoutes">Routes not being sent.</param>
public sealed record OutboxStats(IReadOnlyList<OutboxCount> Counts, long DueCount, DateTimeOffset? OldestDueAt, IReadOnlyList<PausedRoute> PausedRoutes);
