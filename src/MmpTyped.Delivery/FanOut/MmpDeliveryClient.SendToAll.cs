using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Delivery.Diagnostics;
using MmpTyped.Delivery.Requests;
using MmpTyped.Delivery.Sending;
using Microsoft.Extensions.Logging;

namespace MmpTyped.Delivery;

// Sending an event defined once to every vendor it declares. Each vendor's message is prepared, sent and reported on
// its own: a refusal, a skipped vendor, a vendor's 4xx or outage, even an exception, is that vendor's result alone.
public sealed partial class MmpDeliveryClient
{
    // The vendors (and reasons) already warned about as skipped: later skips are logged at debug level.
    private readonly ConcurrentDictionary<(string SchemaId, string Reason), byte> _skipsWarned = new();

    /// <summary>
    /// Sends an event defined once for several vendors to every vendor configured in the delivery settings, at once,
    /// and returns one result per vendor message, in the event's order. Each send is
    /// <see cref="SendAsync(MmpDeliveryRequest, CancellationToken)"/>: validated, retried and rate-limited as a single
    /// send is, with its own route's limit and pause. A vendor whose message is refused (MMP001–MMP008), whose
    /// credential is not set (skipped, <see cref="MmpVendorStatus.NotConfigured"/>), who answers 4xx, is down, or whose
    /// send throws, gets that result alone; the others are sent all the same.
    /// </summary>
    /// <param name="message">The event; <see cref="IMmpMultiVendorEvent.ToVendorEvents"/> gives its vendor messages.</param>
    /// <param name="apps">The AppsFlyer app id and the Airbridge app name the vendors' URLs take.</param>
    /// <param name="cancellationToken">Cancels every send, including their waits between retries.</param>
    /// <returns>One result per vendor message; the call returns when every send has ended.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="apps"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<IReadOnlyList<MmpVendorDeliveryResult>> SendToAllAsync(IMmpMultiVendorEvent message, MmpAppIds apps, CancellationToken cancellationToken = default)
    {
        var prepared = PrepareForAll(message, apps);
        var sends = new Task<MmpVendorDeliveryResult>[prepared.Count];
        for (var i = 0; i < sends.Length; i++)
            sends[i] = SendPreparedAsync(prepared[i], cancellationToken);
        return await Task.WhenAll(sends).ConfigureAwait(false);
    }

    /// <summary>
    /// The preparing half of <see cref="SendToAllAsync"/>, for an outbox: each vendor message of the event is validated,
    /// serialized once and given its de-duplication key (as <see cref="TryPrepare"/> does), or reported as refused, not
    /// configured (skipped, logged as event 1309) or failed (logged as event 1310). Never throws for one vendor's message.
    /// </summary>
    /// <param name="message">The event; <see cref="IMmpMultiVendorEvent.ToVendorEvents"/> gives its vendor messages.</param>
    /// <param name="apps">The AppsFlyer app id and the Airbridge app name the vendors' URLs take.</param>
    /// <returns>One entry per vendor message, in the event's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="apps"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="IMmpMultiVendorEvent.ToVendorEvents"/> returned null.</exception>
    public IReadOnlyList<MmpVendorRequest> PrepareForAll(IMmpMultiVendorEvent message, MmpAppIds apps)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(apps);
        var vendorEvents = message.ToVendorEvents()
            ?? throw new ArgumentException($"{message.GetType().FullName}.ToVendorEvents() returned null.", nameof(message));
        var prepared = new MmpVendorRequest[vendorEvents.Count];
        for (var i = 0; i < prepared.Length; i++)
            prepared[i] = Prepare(vendorEvents[i], apps);
        return prepared;
    }

    private MmpVendorRequest Prepare(MmpVendorEvent vendorEvent, MmpAppIds apps)
    {
        var schemaId = string.IsNullOrWhiteSpace(vendorEvent.SchemaId) ? "(no schema id)" : vendorEvent.SchemaId;
        if (!IsConfigured(schemaId, out var route, out var notConfigured))
        {
            var firstTime = _skipsWarned.TryAdd((schemaId, notConfigured), 0);
            DeliveryLog.VendorSkipped(_logger, firstTime ? LogLevel.Warning : LogLevel.Debug, schemaId, notConfigured);
            return MmpVendorRequest.NotPrepared(schemaId, MmpVendorStatus.NotConfigured, notConfigured);
        }
        try
        {
            var message = vendorEvent.Event ?? throw new ArgumentException($"The {schemaId} message of the event is null.", nameof(vendorEvent));
            if (!MmpDeliveryRequest.TryCreateFor(message, schemaId, apps.For(route), _time, out var request, out var errors))
                return MmpVendorRequest.Refused(schemaId, errors);
            return MmpVendorRequest.Prepared(request);
        }
#pragma warning disable CA1031 // one vendor's exception is that vendor's result: the other vendors are prepared all the same
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return MmpVendorRequest.NotPrepared(schemaId, MmpVendorStatus.Failed, Failed(schemaId, failure));
        }
    }

    private async Task<MmpVendorDeliveryResult> SendPreparedAsync(MmpVendorRequest vendor, CancellationToken cancellationToken)
    {
        if (!vendor.IsPrepared)
        {
            var refused = vendor.Status == MmpVendorStatus.Refused ? Refused(vendor.SchemaId, vendor.Errors) : null;
            return new MmpVendorDeliveryResult(vendor.SchemaId, vendor.Status, refused, vendor.Reason);
        }
        try
        {
            var result = await SendAsync(vendor.Request, cancellationToken).ConfigureAwait(false);
            return new MmpVendorDeliveryResult(vendor.SchemaId, MmpVendorStatus.Prepared, result, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // one vendor's exception is that vendor's result: the other sends go on
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return new MmpVendorDeliveryResult(vendor.SchemaId, MmpVendorStatus.Failed, null, Failed(vendor.SchemaId, failure));
        }
    }

    /// <summary>Whether this client can send <paramref name="schemaId"/>: it has a route for it and a credential for its vendor; else why not.</summary>
    private bool IsConfigured(string schemaId, [NotNullWhen(true)] out MmpRoute? route, [NotNullWhen(false)] out string? notConfigured)
    {
        notConfigured = null;
        if (!MmpRoute.TryGet(schemaId, out route))
            notConfigured = $"this client sends no '{schemaId}' (it sends {string.Join(", ", MmpRoute.SchemaIds)})";
        else if (VendorOptionsOf(route) is var vendor && string.IsNullOrWhiteSpace(vendor.Credential))
            notConfigured = $"{vendor.CredentialSetting} is not set";
        return notConfigured is null;
    }

    /// <summary>
    /// The failure as a reason, its type and message scrubbed of the vendor's credential, logged as event 1310 (without
    /// the exception object, whose unscrubbed text a structured sink would export).
    /// </summary>
    private string Failed(string schemaId, Exception failure)
    {
        var reason = failure.GetType().Name + ": " + failure.Message;
        if (MmpRoute.TryGet(schemaId, out var route) && VendorOptionsOf(route).Credential is { Length: > 0 } credential)
            reason = VendorCall.Scrub(reason, credential);
        DeliveryLog.VendorFailed(_logger, schemaId, reason);
        return reason;
    }
}
