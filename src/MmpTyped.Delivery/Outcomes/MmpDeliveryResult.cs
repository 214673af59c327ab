using System;
using System.Collections.Generic;
using System.Globalization;

namespace MmpTyped.Delivery;

/// <summary>The outcome of one send: never an exception for what a vendor answered.</summary>
public sealed class MmpDeliveryResult
{
    internal MmpDeliveryResult(MmpDeliveryOutcome outcome, string schemaId, int attempts)
    {
        Outcome = outcome;
        SchemaId = schemaId;
        Attempts = attempts;
    }

    /// <summary>What became of the event.</summary>
    public MmpDeliveryOutcome Outcome { get; }

    /// <summary>The schema id of the endpoint, for example <c>airbridge.app</c>.</summary>
    public string SchemaId { get; }

    /// <summary>How many HTTP requests were made (0 when the event was refused, expired or the route was paused).</summary>
    public int Attempts { get; }

    /// <summary>The HTTP status of the last answer; null when no answer came (refused, network failure).</summary>
    public int? StatusCode { get; init; }

    /// <summary>
    /// Why: the vendor's reason (the first bytes of its answer, as text) or what the client decided; null when delivered.
    /// Never holds a credential.
    /// </summary>
    public string? Reason { get; init; }

    /// <summary>The rule violations that made the client refuse to send; empty otherwise.</summary>
    public IReadOnlyList<MmpError> Errors { get; init; } = [];

    /// <summary>How long the vendor asked to wait, when it said (429 or 503 with <c>Retry-After</c>).</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>
    /// The event's key the request carried (Airbridge <c>eventUUID</c>, Affise <c>affise_event_id</c>); null for AppsFlyer,
    /// which has none. Only Airbridge documents de-duplication by it.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>
    /// Whether sending the same bytes again is safe after a <see cref="MmpDeliveryOutcome.Transient"/> or
    /// <see cref="MmpDeliveryOutcome.Throttled"/> end. Always for Airbridge, which drops a second copy by its
    /// <c>eventUUID</c>. For AppsFlyer (no key) and Affise (whose <c>affise_event_id</c> is not documented to
    /// de-duplicate), only when the vendor said it did not process the request (429, 503) or the connection never
    /// opened: after a reset, a timeout or another 5xx the vendor may have the event, and a second copy would count
    /// twice. False for every other outcome.
    /// </summary>
    public bool MayRetry { get; init; }

    /// <summary>Whether the vendor has the event: delivered, delivered unverifiable, or a duplicate of one it has.</summary>
    public bool IsDelivered => Outcome is MmpDeliveryOutcome.Delivered or MmpDeliveryOutcome.DeliveredUnverifiable or MmpDeliveryOutcome.Duplicate;

    /// <summary>One line: outcome, schema, attempts, status and reason, then one line per refused rule.</summary>
    public override string ToString()
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{Outcome} {SchemaId} attempts={Attempts}");
        if (StatusCode is int status)
            line += string.Create(CultureInfo.InvariantCulture, $" status={status}");
        if (RetryAfter is TimeSpan retryAfter)
            line += string.Create(CultureInfo.InvariantCulture, $" retry-after={retryAfter.TotalSeconds:0.###}s");
        if (Reason is not null)
            line += ": " + Reason;
        foreach (var error in Errors)
            line += Environment.NewLine + "  " + error;
        return line;
    }
}
