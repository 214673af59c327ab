using System;
using MmpTyped.Delivery;

namespace MmpTyped.Outbox.Dispatch;

/// <summary>
/// What the store records for one send. The delivery client makes one attempt per lease
/// (<see cref="MmpDeliveryClient.SendOnceAsync"/>); the retry schedule lives in the row, so a crash never loses it and
/// no in-process retry loop runs on top of the outbox's (which would multiply the attempts). The client still decides
/// whether a retry is safe (<see cref="MmpDeliveryResult.MayRetry"/>): an AppsFlyer or Affise request that may have
/// arrived is never sent again, because neither vendor documents dropping a second copy.
/// </summary>
internal static class OutcomePolicy
{
    /// <summary>The outcome to record, and the reason to pause the row's route when the vendor refused the credentials.</summary>
    public static (LeaseOutcome Outcome, string? PauseReason) Decide(OutboxRow row, MmpDeliveryResult result, OutboxDispatcherOptions options, DateTimeOffset now)
    {
        var code = Code(result.Outcome);
        var reason = result.Reason ?? code;
        switch (result.Outcome)
        {
            case MmpDeliveryOutcome.Delivered or MmpDeliveryOutcome.DeliveredUnverifiable or MmpDeliveryOutcome.Duplicate:
                return (LeaseOutcome.Completed(row.Id, code), null);
            case MmpDeliveryOutcome.Rejected or MmpDeliveryOutcome.Refused or MmpDeliveryOutcome.Expired:
                return (LeaseOutcome.DeadLettered(row.Id, code, reason), null);
            case MmpDeliveryOutcome.ConfigurationError when result.Attempts > 0:
                // The row waits in its paused route; it is sent again once the route is resumed.
                return (LeaseOutcome.Rescheduled(row.Id, now, code, reason), reason);
            case MmpDeliveryOutcome.ConfigurationError:
                // No request went out: this process's client still holds the route paused after an earlier 401/403.
                return (LeaseOutcome.Rescheduled(row.Id, now + Backoff(row.Attempts, options), code, reason), null);
        }

        if (!result.MayRetry)
            return (LeaseOutcome.DeadLettered(row.Id, "unknown",
                $"{row.Vendor} may have received it ({reason}); not sent again, since {row.Vendor} does not document dropping a second copy and it would count twice. Check {row.Vendor} before retrying it."), null);
        if (row.Attempts >= options.MaxAttempts)
            return (LeaseOutcome.DeadLettered(row.Id, code, $"gave up after {row.Attempts} attempts; last: {reason}"), null);

        var delay = Backoff(row.Attempts, options);
        if (result.RetryAfter is { } asked && asked > delay)
            delay = asked;
        var next = now + delay;
        if (row.Deadline is { } deadline && next > deadline)
            next = deadline; // one last look at the deadline, where the client answers Expired and the row goes dead
        return (LeaseOutcome.Rescheduled(row.Id, next, code, reason), null);
    }

    /// <summary>The short code stored as the row's last outcome.</summary>
    public static string Code(MmpDeliveryOutcome outcome) => outcome switch
    {
        MmpDeliveryOutcome.Delivered => "delivered",
        MmpDeliveryOutcome.DeliveredUnverifiable => "delivered-unverifiable",
        MmpDeliveryOutcome.Duplicate => "duplicate",
        MmpDeliveryOutcome.Refused => "refused",
        MmpDeliveryOutcome.Rejected => "rejected",
        MmpDeliveryOutcome.ConfigurationError => "configuration-error",
        MmpDeliveryOutcome.Throttled => "throttled",
        MmpDeliveryOutcome.Transient => "transient",
        _ => "expired",
    };

    /// <summary>Exponential backoff per attempt with equal jitter (half fixed, half random), capped at <see cref="OutboxDispatcherOptions.MaxDelay"/>.</summary>
    public static TimeSpan Backoff(int attempts, OutboxDispatcherOptions options)
    {
        var step = options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        step = Math.Min(step, options.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // jitter spreads retries out; it needs no cryptographic randomness
        return TimeSpan.FromMilliseconds(step / 2 + Random.Shared.NextDouble() * step / 2);
#pragma warning restore CA5394
    }
}
