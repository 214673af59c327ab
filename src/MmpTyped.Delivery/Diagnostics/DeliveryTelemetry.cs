using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MmpTyped.Delivery.Diagnostics;

/// <summary>
/// The client's metrics and traces, both named <c>MmpTyped.Delivery</c> (subscribe to that meter and activity
/// source in OpenTelemetry). Tags are the schema id, the outcome and the HTTP status: never an app id (unbounded),
/// never a credential.
/// </summary>
public sealed class MmpDeliveryTelemetry : IDisposable
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "MmpTyped.Delivery";

    internal static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter _meter;

    /// <summary>Creates the instruments on <paramref name="meterFactory"/>'s meter.</summary>
    public MmpDeliveryTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        _meter = meterFactory.Create(Name);
        Sent = _meter.CreateCounter<long>("mmptyped.delivery.sent", "{event}", "Events handed to the client to send.");
        Outcomes = _meter.CreateCounter<long>("mmptyped.delivery.outcomes", "{event}", "Events by their final outcome.");
        Attempts = _meter.CreateCounter<long>("mmptyped.delivery.attempts", "{request}", "HTTP requests made to vendors, retries included.");
        Duration = _meter.CreateHistogram<double>("mmptyped.delivery.duration", "s", "Time from the send call to its outcome, retries included.");
    }

    internal Counter<long> Sent { get; }

    internal Counter<long> Outcomes { get; }

    internal Counter<long> Attempts { get; }

    internal Histogram<double> Duration { get; }

    internal void RecordAttempt(string schemaId, int? status)
    {
        if (!Attempts.Enabled)
            return; // the status tag boxes an int: no listener, no cost
        Attempts.Add(1, new KeyValuePair<string, object?>("mmp.schema", schemaId),
            new KeyValuePair<string, object?>("http.response.status_code", status));
    }

    internal void RecordOutcome(string schemaId, MmpDeliveryOutcome outcome, TimeSpan elapsed)
    {
        var schema = new KeyValuePair<string, object?>("mmp.schema", schemaId);
        var result = new KeyValuePair<string, object?>("mmp.outcome", OutcomeName(outcome));
        Outcomes.Add(1, schema, result);
        Duration.Record(elapsed.TotalSeconds, schema, result);
    }

    /// <summary>Disposes the meter.</summary>
    public void Dispose() => _meter.Dispose();

    internal static string OutcomeName(MmpDeliveryOutcome outcome) => outcome switch
    {
        MmpDeliveryOutcome.Delivered => "delivered",
        MmpDeliveryOutcome.DeliveredUnverifiable => "delivered_unverifiable",
        MmpDeliveryOutcome.Duplicate => "duplicate",
        MmpDeliveryOutcome.Refused => "refused",
        MmpDeliveryOutcome.Rejected => "rejected",
        MmpDeliveryOutcome.ConfigurationError => "configuration_error",
        MmpDeliveryOutcome.Throttled => "throttled",
        MmpDeliveryOutcome.Transient => "transient",
        _ => "expired",
    };
}
