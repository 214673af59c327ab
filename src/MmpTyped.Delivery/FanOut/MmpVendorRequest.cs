using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace MmpTyped.Delivery;

/// <summary>
/// One vendor's message of an <see cref="IMmpMultiVendorEvent"/>, prepared by
/// <see cref="MmpDeliveryClient.PrepareForAll"/>: a request ready to send or store, or why there is none.
/// </summary>
public sealed class MmpVendorRequest
{
    private MmpVendorRequest(string schemaId, MmpVendorStatus status, MmpDeliveryRequest? request, IReadOnlyList<MmpError> errors, string? reason)
    {
        SchemaId = schemaId;
        Status = status;
        Request = request;
        Errors = errors;
        Reason = reason;
    }

    /// <summary>The vendor endpoint's schema id, for example <c>airbridge.app</c>.</summary>
    public string SchemaId { get; }

    /// <summary>Whether the message was prepared, and if not, why.</summary>
    public MmpVendorStatus Status { get; }

    /// <summary>The request to send or store; null unless <see cref="Status"/> is <see cref="MmpVendorStatus.Prepared"/>.</summary>
    public MmpDeliveryRequest? Request { get; }

    /// <summary>The rules the message breaks when it was <see cref="MmpVendorStatus.Refused"/>; empty otherwise.</summary>
    public IReadOnlyList<MmpError> Errors { get; }

    /// <summary>Why the message was not prepared when <see cref="MmpVendorStatus.NotConfigured"/> or <see cref="MmpVendorStatus.Failed"/>; never holds a credential.</summary>
    public string? Reason { get; }

    /// <summary>Whether <see cref="Request"/> is ready.</summary>
    [MemberNotNullWhen(true, nameof(Request))]
    public bool IsPrepared => Status == MmpVendorStatus.Prepared;

    internal static MmpVendorRequest Prepared(MmpDeliveryRequest request) => new(request.SchemaId, MmpVendorStatus.Prepared, request, [], null);

    internal static MmpVendorRequest Refused(string schemaId, IReadOnlyList<MmpError> errors) => new(schemaId, MmpVendorStatus.Refused, null, errors, null);

    internal static MmpVendorRequest NotPrepared(string schemaId, MmpVendorStatus status, string reason) => new(schemaId, status, null, [], reason);

    /// <summary>One line: status and schema, then the reason or one line per broken rule.</summary>
    public override string ToString() => VendorLines.Format(Status, SchemaId, Reason, Errors);
}
