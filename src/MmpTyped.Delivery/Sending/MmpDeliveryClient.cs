using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Delivery.Diagnostics;
using MmpTyped.Delivery.Outcomes;
using MmpTyped.Delivery.Requests;
using MmpTyped.Delivery.Sending;

namespace MmpTyped.Delivery;

/// <summary>
/// Sends events to AppsFlyer, Airbridge and Affise. Validates before sending, serializes once, fills the
/// event key (Airbridge eventUUID, Affise affise_event_id), waits for the route's rate limit, retries only what is safe for the vendor inside the
/// deadline, and returns an <see cref="MmpDeliveryResult"/> for every vendor answer: it never throws for one.
/// A singleton (it holds each route's rate limit and pauses). It takes its <see cref="HttpClient"/> from
/// <see cref="IHttpClientFactory"/> and keeps it for two minutes (the factory's handler lifetime), so that a send
/// does not pay for a new client.
/// </summary>
public sealed partial class MmpDeliveryClient : IDisposable
{
    /// <summary>The name of the <see cref="HttpClient"/> this client asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "MmpTyped.Delivery";

    private readonly IHttpClientFactory _httpClients;
    private readonly IOptionsMonitor<MmpDeliveryOptions> _options;
    private readonly TimeProvider _time;
    private readonly MmpDeliveryTelemetry _telemetry;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(MmpVendor Vendor, string Credential), RouteGate> _gates = new();
    private readonly RequestUrls _urls = new();
    private HeldHttpClient? _http;

    /// <summary>Creates the client; <c>services.AddMmpDelivery(configuration)</c> registers it.</summary>
    /// <exception cref="OptionsValidationException">The settings are invalid; the message names each setting to fix.</exception>
    public MmpDeliveryClient(IHttpClientFactory httpClientFactory, IOptionsMonitor<MmpDeliveryOptions> options, TimeProvider timeProvider,
        MmpDeliveryTelemetry telemetry, ILogger<MmpDeliveryClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(telemetry);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClients = httpClientFactory;
        _options = options;
        _time = timeProvider;
        _telemetry = telemetry;
        _logger = logger;
        _ = options.CurrentValue; // fail at start-up, naming the setting, rather than at the first send
    }

    /// <summary>
    /// Validates, prepares and sends one event. AppsFlyer and Airbridge need the app (id or name) because one
    /// backend may serve several apps; Affise takes none.
    /// </summary>
    /// <param name="message">A vendor record or an <c>[MmpEvent]</c> class of an outbound schema.</param>
    /// <param name="appId">AppsFlyer's app id (<c>id123456789</c>, <c>com.example.shop</c>) or Airbridge's app name; null for Affise.</param>
    /// <param name="cancellationToken">Cancels the send, including its waits between retries.</param>
    /// <returns>The outcome; <see cref="MmpDeliveryOutcome.Refused"/> with the errors when the vendor would drop the event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">The message has no outbound schema, or the app id is missing where the URL needs one.</exception>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured; the message names the setting.</exception>
    public Task<MmpDeliveryResult> SendAsync(IMmpEvent message, string? appId = null, CancellationToken cancellationToken = default)
    {
        return TryPrepare(message, appId, out var request, out var errors)
            ? SendAsync(request, cancellationToken)
            : Task.FromResult(Refused(request?.SchemaId ?? SchemaOf(message), errors));
    }

    /// <summary>
    /// The preparing half of <see cref="SendAsync(IMmpEvent, string?, CancellationToken)"/>: validates on this client's clock,
    /// serializes once and fills the de-duplication key, so that an outbox can store the request and send it later.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">The message has no outbound schema, or the app id is missing where the URL needs one.</exception>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured; the message names the setting.</exception>
    public bool TryPrepare(IMmpEvent message, string? appId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MmpDeliveryRequest? request, out IReadOnlyList<MmpError> errors)
    {
        var prepared = MmpDeliveryRequest.TryCreate(message, appId, _time, out request, out errors);
        if (prepared)
            CredentialFor(request!.Route);
        return prepared;
    }

    /// <summary>Sends a prepared request (from <see cref="TryPrepare"/> or an outbox row), retrying what is safe until its deadline.</summary>
    /// <param name="request">The request; its body is sent as is on every attempt.</param>
    /// <param name="cancellationToken">Cancels the send, including its waits between retries.</param>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured; the message names the setting.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<MmpDeliveryResult> SendAsync(MmpDeliveryRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, _options.CurrentValue.Delivery.MaxAttempts, cancellationToken);

    /// <summary>
    /// Sends a prepared request with exactly one HTTP attempt and no retry in this process: for a durable outbox,
    /// which reschedules the stored row itself (so a crash never loses the schedule). It still waits for the
    /// route's rate limit, honours a paused route and the vendor's window, and says in
    /// <see cref="MmpDeliveryResult.MayRetry"/> whether sending the same bytes again is safe.
    /// </summary>
    /// <param name="request">The request; its body is sent as is.</param>
    /// <param name="cancellationToken">Cancels the wait for a permit and the attempt.</param>
    /// <exception cref="InvalidOperationException">The vendor's credential is not configured; the message names the setting.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<MmpDeliveryResult> SendOnceAsync(MmpDeliveryRequest request, CancellationToken cancellationToken = default) =>
        SendAsync(request, 1, cancellationToken);

    private async Task<MmpDeliveryResult> SendAsync(MmpDeliveryRequest request, int maxAttempts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (vendor, credential) = CredentialFor(request.Route);
        var started = _time.GetTimestamp();
        using var activity = MmpDeliveryTelemetry.ActivitySource.StartActivity("MmpTyped.Delivery send");
        activity?.SetTag("mmp.schema", request.SchemaId);
        _telemetry.Sent.Add(1, new KeyValuePair<string, object?>("mmp.schema", request.SchemaId));

        // One async method for the whole send (telemetry, checks, retry loop): each further awaited layer costs a
        // state machine on the heap per send. Every return sets result, which the finally block records.
        MmpDeliveryResult? result = null;
        try
        {
            var route = request.Route;
            var options = _options.CurrentValue;
            var retry = options.Delivery;
            var now = _time.GetUtcNow();
            var window = route.Vendor == MmpVendor.AppsFlyer && options.AppsFlyer.SendAfterEventTimeWindow ? null : request.Deadline;
            var deadline = now + retry.RetryBudget;
            if (window < deadline)
                deadline = window.Value;
            if (window <= now)
                return result = Expired(request, 0, null, string.Create(CultureInfo.InvariantCulture, $"the vendor's window for this event ended at {window:O}"));

            var gate = _gates.GetOrAdd((route.Vendor, credential),
                static (key, state) => new RouteGate(state.Permits, state.Time, state.Route.IsBearer ? "Bearer " + key.Credential : key.Credential),
                (Permits: vendor.PermitsPerMinute ?? vendor.DocumentedPermitsPerMinute, Time: _time, Route: route));
            if (gate.PausedUntil > now)
            {
                DeliveryLog.RoutePaused(_logger, route.SchemaId, gate.PausedUntil, vendor.CredentialSetting);
                return result = new MmpDeliveryResult(MmpDeliveryOutcome.ConfigurationError, route.SchemaId, 0)
                {
                    Reason = $"not sent: the route is paused after a 401/403 until {gate.PausedUntil:O}; check {vendor.CredentialSetting}",
                    IdempotencyKey = request.IdempotencyKey,
                };
            }

            // One token source per send: armed for the deadline while it waits (rate limit, backoff) and for the earlier of
            // the attempt timeout and the deadline while an attempt runs. It is replaced only after it fired (a timeout).
            var timer = new CancellationTokenSource(deadline - now, _time);
            var callerLink = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timer);
            try
            {
                var url = _urls.Get(route, request.AppId, vendor.BaseUrl);
                var client = HttpClient();
                var attempts = 0;
                while (true)
                {
                    if (!await WaitForRouteAsync(gate, deadline, timer.Token, cancellationToken).ConfigureAwait(false))
                        return result = GaveUp(request, attempts, new Attempt(MmpDeliveryOutcome.Throttled, null, "no permit of the route's rate limit before the deadline", null, false), deadline == window);

                    attempts++;
                    DeliveryLog.Sending(_logger, route.SchemaId, request.AppId, attempts);
                    now = _time.GetUtcNow();
                    timer.CancelAfter(Clamp(retry.AttemptTimeout, deadline - now));
                    var attempt = await VendorCall.SendAsync(client, route, url, request.Body, gate.AuthorizationValue, credential, _time, timer.Token, cancellationToken).ConfigureAwait(false);
                    _telemetry.RecordAttempt(route.SchemaId, attempt.Status);
                    now = _time.GetUtcNow();

                    if (attempt.Outcome == MmpDeliveryOutcome.ConfigurationError)
                    {
                        var until = now + retry.ConfigurationErrorPause;
                        gate.Pause(until);
                        DeliveryLog.ConfigurationError(_logger, route.SchemaId, attempt.Status, attempt.Reason, vendor.CredentialSetting, until);
                        return result = Result(request, attempts, attempt);
                    }
                    var delay = Backoff(attempts, retry);
                    if (attempt.RetryAfter is { } asked && asked > delay)
                        delay = asked;
                    if (attempt.Outcome == MmpDeliveryOutcome.Throttled)
                        gate.SlowDown(now + delay); // every send on the route waits, not only this one

                    if (!ResponseClassifier.MayRetry(route.Vendor, attempt.Outcome, attempt.Status, attempt.NeverSent))
                        return result = Finish(request, attempts, attempt);
                    if (attempts >= maxAttempts || now + delay >= deadline)
                        return result = GaveUp(request, attempts, attempt, expired: deadline == window && now + delay >= deadline);

                    DeliveryLog.Retrying(_logger, route.SchemaId, request.AppId, attempts, attempt.Outcome, attempt.Reason, delay);
                    if (!timer.TryReset())
                    {
                        // The attempt timed out: that source has fired for good; the rest of the send needs a fresh one.
                        callerLink.Dispose();
                        timer.Dispose();
                        timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
                        callerLink = cancellationToken.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), timer);
                    }
                    timer.CancelAfter(deadline - now);
                    try
                    {
                        await Task.Delay(delay, _time, timer.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        return result = GaveUp(request, attempts, attempt, expired: deadline == window);
                    }
                }
            }
            finally
            {
                callerLink.Dispose();
                timer.Dispose();
            }
        }
        finally
        {
            if (result is not null)
                Completed(result, activity, started);
        }
    }

    private void Completed(MmpDeliveryResult result, Activity? activity, long started)
    {
        _telemetry.RecordOutcome(result.SchemaId, result.Outcome, _time.GetElapsedTime(started));
        activity?.SetTag("mmp.outcome", MmpDeliveryTelemetry.OutcomeName(result.Outcome));
        activity?.SetTag("mmp.attempts", result.Attempts);
        if (!result.IsDelivered)
            activity?.SetStatus(ActivityStatusCode.Error, result.Outcome.ToString());
    }

    /// <summary>Stops the routes' rate-limit timers.</summary>
    public void Dispose()
    {
        foreach (var gate in _gates.Values)
            gate.Dispose();
        _gates.Clear();
    }

    /// <summary>The client from the factory, renewed every <see cref="HeldHttpClient.Lifetime"/> so that DNS and handler changes are seen.</summary>
    private HttpClient HttpClient()
    {
        var held = _http;
        var now = Environment.TickCount64;
        if (held is not null && now - held.TakenAt < HeldHttpClient.Lifetime)
            return held.Client;
        held = new HeldHttpClient(_httpClients.CreateClient(HttpClientName), now);
        _http = held; // two sends racing here each take a client from the factory: harmless
        return held.Client;
    }

    /// <summary>The attempt's timeout, cut to what is left before the deadline (zero when nothing is left).</summary>
    private static TimeSpan Clamp(TimeSpan timeout, TimeSpan left) =>
        left <= TimeSpan.Zero ? TimeSpan.Zero : timeout < left ? timeout : left;

    /// <summary>Waits out a 429's slow-down and takes a rate-limit permit; false when the deadline came first.</summary>
    private async Task<bool> WaitForRouteAsync(RouteGate gate, DateTimeOffset deadline, CancellationToken deadlineToken, CancellationToken cancellationToken)
    {
        try
        {
            var slowUntil = gate.SlowUntil;
            var now = _time.GetUtcNow();
            if (slowUntil > now)
            {
                if (slowUntil >= deadline)
                    return false;
                await Task.Delay(slowUntil - now, _time, deadlineToken).ConfigureAwait(false);
            }
            return await gate.AcquireAsync(deadlineToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private MmpDeliveryResult Finish(MmpDeliveryRequest request, int attempts, Attempt attempt)
    {
        var result = Result(request, attempts, attempt);
        if (result.IsDelivered)
            DeliveryLog.Delivered(_logger, request.SchemaId, request.AppId, result.Outcome, attempts, attempt.Status);
        else if (attempt.Outcome == MmpDeliveryOutcome.Rejected)
            DeliveryLog.Rejected(_logger, request.SchemaId, request.AppId, attempt.Status, attempt.Reason);
        else
            DeliveryLog.GaveUp(_logger, request.SchemaId, request.AppId, attempt.Outcome, attempts, attempt.Reason);
        return result;
    }

    private MmpDeliveryResult GaveUp(MmpDeliveryRequest request, int attempts, Attempt attempt, bool expired)
    {
        if (expired)
            return Expired(request, attempts, attempt, $"the vendor's window for this event ends before another attempt could be made (last: {attempt.Reason ?? attempt.Outcome.ToString()})");
        DeliveryLog.GaveUp(_logger, request.SchemaId, request.AppId, attempt.Outcome, attempts, attempt.Reason);
        return Result(request, attempts, attempt);
    }

    private MmpDeliveryResult Expired(MmpDeliveryRequest request, int attempts, Attempt? last, string reason)
    {
        DeliveryLog.GaveUp(_logger, request.SchemaId, request.AppId, MmpDeliveryOutcome.Expired, attempts, reason);
        return new MmpDeliveryResult(MmpDeliveryOutcome.Expired, request.SchemaId, attempts)
        {
            StatusCode = last?.Status,
            Reason = reason,
            IdempotencyKey = request.IdempotencyKey,
        };
    }

    private static MmpDeliveryResult Result(MmpDeliveryRequest request, int attempts, Attempt attempt) =>
        new(attempt.Outcome, request.SchemaId, attempts)
        {
            MayRetry = ResponseClassifier.MayRetry(request.Route.Vendor, attempt.Outcome, attempt.Status, attempt.NeverSent),
            StatusCode = attempt.Status,
            Reason = attempt.Reason,
            RetryAfter = attempt.RetryAfter,
            IdempotencyKey = request.IdempotencyKey,
        };

    /// <summary>Exponential backoff with "equal jitter": half the step fixed, half random, capped at <see cref="MmpRetryOptions.MaxDelay"/>.</summary>
    private static TimeSpan Backoff(int attempt, MmpRetryOptions retry)
    {
        var step = retry.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt - 1, 16));
        step = Math.Min(step, retry.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // jitter spreads retries out; it needs no cryptographic randomness
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
#pragma warning restore CA5394
    }

    /// <summary>The result of an event the vendor would drop: logged, counted, nothing sent.</summary>
    private MmpDeliveryResult Refused(string schemaId, IReadOnlyList<MmpError> errors)
    {
        DeliveryLog.Refused(_logger, schemaId, string.Join("; ", errors));
        _telemetry.Sent.Add(1, new KeyValuePair<string, object?>("mmp.schema", schemaId));
        _telemetry.RecordOutcome(schemaId, MmpDeliveryOutcome.Refused, TimeSpan.Zero);
        return new MmpDeliveryResult(MmpDeliveryOutcome.Refused, schemaId, 0)
        {
            Errors = errors,
            Reason = "not sent: the vendor would drop this event",
        };
    }

    private (MmpVendorOptions Options, string Credential) CredentialFor(MmpRoute route)
    {
        var vendor = VendorOptionsOf(route);
        return string.IsNullOrWhiteSpace(vendor.Credential)
            ? throw new InvalidOperationException($"{vendor.CredentialSetting} is not set: configure it to send {route.SchemaId}.")
            : (vendor, vendor.Credential);
    }

    private MmpVendorOptions VendorOptionsOf(MmpRoute route)
    {
        var options = _options.CurrentValue;
        return route.Vendor switch
        {
            MmpVendor.AppsFlyer => options.AppsFlyer,
            MmpVendor.Airbridge => options.Airbridge,
            _ => options.Affise,
        };
    }

    private static string SchemaOf(IMmpEvent message) =>
        message.GetType().GetCustomAttributes(typeof(Runtime.MmpSchemaAttribute), false) is [Runtime.MmpSchemaAttribute schema, ..] ? schema.SchemaId : "unknown";
}
