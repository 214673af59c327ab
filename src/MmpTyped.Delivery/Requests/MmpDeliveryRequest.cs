using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using MmpTyped.Delivery.Requests;
using MmpTyped.Runtime;

namespace MmpTyped.Delivery;

/// <summary>
/// One event ready to send: validated, serialized once, with its de-duplication key in the body. Its members are
/// plain values so that an outbox can store them and a dispatcher send the same bytes later
/// (<see cref="MmpDeliveryClient.SendAsync(MmpDeliveryRequest, System.Threading.CancellationToken)"/>); every
/// retry of a request sends exactly these bytes.
/// </summary>
public sealed class MmpDeliveryRequest
{
    private static readonly ConcurrentDictionary<Type, string?> SchemaOfType = new();

    /// <summary>Rebuilds a request from stored values (an outbox row); <see cref="TryCreate"/> makes new ones.</summary>
    /// <param name="schemaId">The endpoint's schema id, for example <c>airbridge.app</c>.</param>
    /// <param name="appId">AppsFlyer's app id or Airbridge's app name; null for Affise, whose URL has none.</param>
    /// <param name="body">The UTF-8 JSON body, sent as is.</param>
    /// <param name="idempotencyKey">The de-duplication key inside <paramref name="body"/>; null for AppsFlyer.</param>
    /// <param name="eventTime">When the event happened, as the body says; null when it does not say.</param>
    /// <param name="deadline">When the vendor's window for the event ends; null when it has none.</param>
    /// <exception cref="ArgumentException">An unknown or inbound schema id, an empty body, or a missing app id where the URL needs one.</exception>
    public MmpDeliveryRequest(string schemaId, string? appId, ReadOnlyMemory<byte> body, string? idempotencyKey, DateTimeOffset? eventTime, DateTimeOffset? deadline)
        : this(RouteOf(schemaId), appId, body, idempotencyKey, eventTime, deadline)
    {
        if (body.IsEmpty)
            throw new ArgumentException("The request body is empty.", nameof(body));
        CheckApp(Route, appId);
    }

    /// <summary>The endpoint's schema id, for example <c>airbridge.app</c>.</summary>
    public string SchemaId { get; }

    /// <summary>AppsFlyer's app id (<c>id123456789</c>, <c>com.example.shop</c>) or Airbridge's app name; null for Affise.</summary>
    public string? AppId { get; }

    /// <summary>The UTF-8 JSON body, serialized once.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Airbridge's <c>eventUUID</c> or Affise's <c>affise_event_id</c> in the body; null for AppsFlyer, which has no such key.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>When the event happened, read from the body (AppsFlyer <c>eventTime</c>, Airbridge <c>eventTimestamp</c>, Affise <c>affise_event_timestamp</c>).</summary>
    public DateTimeOffset? EventTime { get; }

    /// <summary>
    /// When the vendor's window for this event ends: Airbridge does not process an event more than 24 hours after its
    /// <c>eventTimestamp</c>; AppsFlyer keeps <c>eventTime</c> only until 02:00 UTC of the next day. Null when there is none.
    /// </summary>
    public DateTimeOffset? Deadline { get; }

    internal MmpRoute Route { get; }

    /// <summary>
    /// Validates <paramref name="message"/> (at <paramref name="time"/>'s now), serializes it once, and writes a
    /// fresh de-duplication key into the body when the event has none. False, with the errors, when the vendor
    /// would drop the event (MMP001–MMP008): nothing should be sent then.
    /// </summary>
    /// <param name="message">A vendor record or an <c>[MmpEvent]</c> class of an outbound schema.</param>
    /// <param name="appId">AppsFlyer's app id or Airbridge's app name (one backend may serve several apps); null for Affise.</param>
    /// <param name="time">The clock the vendor's windows are measured on.</param>
    /// <param name="request">The request, when the event may be sent.</param>
    /// <param name="errors">Why not, otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> or <paramref name="time"/> is null.</exception>
    /// <exception cref="ArgumentException">The message's type has no outbound schema, or the URL needs an app id and none is given.</exception>
    public static bool TryCreate(IMmpEvent message, string? appId, TimeProvider time,
        [NotNullWhen(true)] out MmpDeliveryRequest? request, out IReadOnlyList<MmpError> errors)
    {
        ArgumentNullException.ThrowIfNull(message);
        var schemaId = SchemaIdOf(message.GetType())
            ?? throw new ArgumentException($"{message.GetType().FullName} is not an MmpTyped event: it has no [MmpSchema]. Send a vendor record or an [MmpEvent] class.", nameof(message));
        return TryCreateFor(message, schemaId, appId, time, out request, out errors);
    }

    /// <summary>
    /// As <see cref="TryCreate(IMmpEvent, string?, TimeProvider, out MmpDeliveryRequest?, out IReadOnlyList{MmpError})"/>
    /// for a message that says its schema itself (one vendor's message of a multi-vendor event): a type that carries
    /// another <c>[MmpSchema]</c> is refused rather than sent to the wrong endpoint.
    /// </summary>
    internal static bool TryCreateFor(IMmpEvent message, string schemaId, string? appId, TimeProvider time,
        [NotNullWhen(true)] out MmpDeliveryRequest? request, out IReadOnlyList<MmpError> errors)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(time);
        if (SchemaIdOf(message.GetType()) is { } declared && !string.Equals(declared, schemaId, StringComparison.Ordinal))
            throw new ArgumentException($"The message for {schemaId} is a {message.GetType().FullName}, an event of {declared}.", nameof(message));
        var route = RouteOf(schemaId);
        CheckApp(route, appId);

        request = null;
        var validation = message.Validate(time);
        if (route.Vendor == MmpVendor.AppsFlyer && MmpChecks.IsBareIosAppId(appId))
        {
            var bare = new MmpError("MMP008", "appId",
                $"'{appId}' looks like an iOS app id without its 'id' prefix: AppsFlyer answers 200 OK and drops the event. Use 'id{appId}'.");
            errors = [.. validation.Errors, bare];
            return false;
        }
        if (!validation.IsValid)
        {
            errors = validation.Errors;
            return false;
        }

        byte[] body = MmpJson.SerializeToUtf8Bytes(message);
        var found = BodyFields.Read(body, route);
        var key = found.Key;
        if (key is null && route.KeyPlace != IdempotencyKeyPlace.None && found.KeyObjectStart >= 0)
        {
            key = Guid.NewGuid().ToString("D");
            body = BodyFields.InsertKey(body, route, found.KeyObjectStart, key);
        }
        request = new MmpDeliveryRequest(route, appId, body, key, found.EventTime, WindowEnd(route, found.EventTime));
        errors = [];
        return true;
    }

    private MmpDeliveryRequest(MmpRoute route, string? appId, ReadOnlyMemory<byte> body, string? key, DateTimeOffset? eventTime, DateTimeOffset? deadline)
    {
        Route = route;
        SchemaId = route.SchemaId;
        AppId = appId;
        Body = body;
        IdempotencyKey = key;
        EventTime = eventTime;
        Deadline = deadline;
    }

    /// <summary>The vendor's window for an event of <paramref name="eventTime"/>; null when it has none.</summary>
    internal static DateTimeOffset? WindowEnd(MmpRoute route, DateTimeOffset? eventTime) =>
        eventTime is not { } at ? null
        : route.Vendor switch
        {
            MmpVendor.Airbridge => at.AddHours(24),
            MmpVendor.AppsFlyer => new DateTimeOffset(at.UtcDateTime.Date, TimeSpan.Zero).AddDays(1).AddHours(2),
            _ => null, // Affise documents no window
        };

    private static string? SchemaIdOf(Type type) =>
        SchemaOfType.GetOrAdd(type, static t => t.GetCustomAttribute<MmpSchemaAttribute>(inherit: false)?.SchemaId);

    private static MmpRoute RouteOf(string schemaId)
    {
        ArgumentNullException.ThrowIfNull(schemaId);
        return MmpRoute.TryGet(schemaId, out var route)
            ? route
            : throw new ArgumentException(
                $"'{schemaId}' is not an outbound schema this client sends to. Known: {string.Join(", ", MmpRoute.SchemaIds)}.", nameof(schemaId));
    }

    private static void CheckApp(MmpRoute route, string? appId)
    {
        if (route.AppParameter is null)
            return;
        if (string.IsNullOrWhiteSpace(appId))
            throw new ArgumentException(
                route.Vendor == MmpVendor.AppsFlyer
                    ? $"{route.SchemaId} needs the app id (id123456789 for iOS, the package name for Android): it goes into the URL."
                    : $"{route.SchemaId} needs the Airbridge app name: it goes into the URL.",
                nameof(appId));
    }
}
