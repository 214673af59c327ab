using System;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace MmpTyped.AspNetCore;

/// <summary>
/// Makes room in Kestrel for the longest GET message the receiver accepts. A GET message travels in the
/// request line (<c>GET /appsflyer/push?…</c>), and Kestrel refuses a request line over 8 KB by default
/// (414) before any endpoint sees it: with the default 64 KB <see cref="AppsFlyerPushReceiverOptions.MaxMessageBytes"/>,
/// a long GET message would be lost although the receiver would take it.
/// </summary>
public static class AppsFlyerPushKestrelLimits
{
    /// <summary>Room beside the message for the rest of the request line: method, path, protocol version.</summary>
    public const int RequestLineRoom = 8 * 1024;

    /// <summary>Room beside the request line for the headers (Kestrel's own default total).</summary>
    public const int HeadersRoom = 32 * 1024;

    /// <summary>
    /// Raises, where lower, Kestrel's request-line limit (<see cref="KestrelServerLimits.MaxRequestLineSize"/>) to
    /// <paramref name="maxMessageBytes"/> + <see cref="RequestLineRoom"/>, the HTTP/2 and HTTP/3 header field
    /// limits (the path travels as one) to the same, and the headers' total
    /// (<see cref="KestrelServerLimits.MaxRequestHeadersTotalSize"/>) to that + <see cref="HeadersRoom"/>. Then a GET
    /// message up to the receiver's limit reaches it (one just over gets the receiver's 413) and only a much
    /// longer one is refused by Kestrel (414 or 431). Limits already higher are kept. Call it with the
    /// receiver's <see cref="AppsFlyerPushReceiverOptions.MaxMessageBytes"/>:
    /// <code>builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.AllowAppsFlyerPushMessages());</code>
    /// The limits are the server's: they apply to every endpoint it serves.
    /// </summary>
    /// <returns>The same limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessageBytes"/> is not positive.</exception>
    public static KestrelServerLimits AllowAppsFlyerPushMessages(this KestrelServerLimits limits, int maxMessageBytes = AppsFlyerPushReceiverOptions.DefaultMaxMessageBytes)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        var line = AtMostIntMax((long)maxMessageBytes + RequestLineRoom);
        limits.MaxRequestLineSize = Math.Max(limits.MaxRequestLineSize, line);
        limits.MaxRequestHeadersTotalSize = Math.Max(limits.MaxRequestHeadersTotalSize, AtMostIntMax((long)line + HeadersRoom));
        limits.Http2.MaxRequestHeaderFieldSize = Math.Max(limits.Http2.MaxRequestHeaderFieldSize, line);
        limits.Http3.MaxRequestHeaderFieldSize = Math.Max(limits.Http3.MaxRequestHeaderFieldSize, line);
        return limits;
    }

    private static int AtMostIntMax(long value) => (int)Math.Min(value, int.MaxValue);
}
