namespace MmpTyped.Delivery;

/// <summary>
/// What became of one vendor's message of an <see cref="IMmpMultiVendorEvent"/> sent by
/// <see cref="MmpDeliveryClient.SendToAllAsync"/>: the vendor's answer, the refusal, or why it was skipped.
/// </summary>
public sealed class MmpVendorDeliveryResult
{
    internal MmpVendorDeliveryResult(string schemaId, MmpVendorStatus status, MmpDeliveryResult? result, string? reason)
    {
        SchemaId = schemaId;
        Status = status;
        Result = result;
        Reason = reason;
    }

    /// <summary>The vendor endpoint's schema id, for example <c>airbridge.app</c>.</summary>
    public string SchemaId { get; }

    /// <summary>Whether the message was sent, refused, skipped (not configured) or failed.</summary>
    public MmpVendorStatus Status { get; }

    /// <summary>
    /// The send's result, as <see cref="MmpDeliveryClient.SendAsync(IMmpEvent, string?, System.Threading.CancellationToken)"/>
    /// gives it, when the message was <see cref="MmpVendorStatus.Prepared"/> (sent) or <see cref="MmpVendorStatus.Refused"/>
    /// (its outcome <see cref="MmpDeliveryOutcome.Refused"/>, with the errors); null otherwise.
    /// </summary>
    public MmpDeliveryResult? Result { get; }

    /// <summary>Why nothing was sent when <see cref="MmpVendorStatus.NotConfigured"/> or <see cref="MmpVendorStatus.Failed"/>; never holds a credential.</summary>
    public string? Reason { get; }

    /// <summary>Whether the vendor has the message (<see cref="MmpDeliveryResult.IsDelivered"/>).</summary>
    public bool IsDelivered => Result is { IsDelivered: true };

    /// <summary>The send's result line, or the status, schema and reason when nothing was sent.</summary>
    public override string ToString() => Result?.ToString() ?? VendorLines.Format(Status, SchemaId, Reason, []);
}
