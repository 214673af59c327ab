using System;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.AspNetCore;

/// <summary>
/// What the application does with each received Push API message, registered with
/// <c>AddAppsFlyerPushHandler&lt;T&gt;()</c> (resolved in a scope of its own per message). It is called at
/// least once per stored message, after the message was answered: a process that dies mid-call calls it
/// again for that message, so make it idempotent (<see cref="AppsFlyerPushDelivery.InboxId"/> is a stable key).
/// An exception makes the worker try again later, then dead-letter the message with the exception's message.
/// </summary>
public interface IAppsFlyerPushHandler
{
    /// <summary>Handles one message.</summary>
    Task HandleAsync(AppsFlyerPushDelivery delivery, CancellationToken cancellationToken);
}

/// <summary>One stored message handed to the handler.</summary>
/// <param name="InboxId">The inbox row holding it: the same on every attempt.</param>
/// <param name="Message">The message, V1.0 or V2.0, read with the V2.0 names.</param>
/// <param name="Method">How it came: <c>POST</c> or <c>GET</c>.</param>
/// <param name="ReceivedAt">When it arrived.</param>
/// <param name="Attempt">Which try this is, from 1.</param>
public sealed record AppsFlyerPushDelivery(long InboxId, MmpTyped.AppsFlyer.IAppsFlyerPushMessage Message, string Method, DateTimeOffset ReceivedAt, int Attempt);
