using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace MmpTyped.Outbox.Dispatch.Diagnostics;

/// <summary>
/// The dispatcher's meter, <c>MmpTyped.Outbox</c>: <c>mmptyped.outbox.leased</c> (rows leased),
/// <c>mmptyped.outbox.outcomes</c> (rows by what was recorded: <c>mmp.outbox.state</c> delivered, rescheduled, dead,
/// released; <c>mmp.outcome</c>; <c>mmp.vendor</c>) and <c>mmptyped.outbox.deleted</c> (delivered rows cleaned up).
/// </summary>
internal sealed class DispatchMetrics
{
    public const string MeterName = "MmpTyped.Outbox";

    public DispatchMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        Leased = meter.CreateCounter<long>("mmptyped.outbox.leased", "{row}", "Outbox rows leased for sending");
        Outcomes = meter.CreateCounter<long>("mmptyped.outbox.outcomes", "{row}", "Outbox rows by the outcome recorded");
        Deleted = meter.CreateCounter<long>("mmptyped.outbox.deleted", "{row}", "Delivered outbox rows deleted after the retention");
    }

    public Counter<long> Leased { get; }

    public Counter<long> Outcomes { get; }

    public Counter<long> Deleted { get; }

    public void Record(string vendor, string state, string outcome) =>
        Outcomes.Add(1,
            new KeyValuePair<string, object?>("mmp.vendor", vendor),
            new KeyValuePair<string, object?>("mmp.outbox.state", state),
            new KeyValuePair<string, object?>("mmp.outcome", outcome));
}
