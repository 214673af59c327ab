namespace MmpTyped.Sandbox;

/// <summary>
/// Makes the next <see cref="Count"/> requests to one vendor fail: after <see cref="DelayMs"/>, either the
/// connection is reset (<see cref="Reset"/>) or the request is answered <see cref="Status"/> (with a
/// <c>Retry-After</c> header when <see cref="RetryAfterSeconds"/> is set). A fault with neither a status nor a
/// reset only delays the requests, which the vendor then handles as usual.
/// </summary>
public sealed record SandboxFault
{
    /// <summary>The schema id of the endpoint: <c>appsflyer.s2s</c>, <c>airbridge.app</c>, <c>airbridge.web</c> or <c>affise.s2s</c>.</summary>
    public required string Vendor { get; init; }

    /// <summary>The HTTP status to answer (400-599), or null to answer normally after the delay.</summary>
    public int? Status { get; init; }

    /// <summary>How many requests the fault applies to, at least 1.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The <c>Retry-After</c> header to send, in seconds; none when null.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>How long to wait (real time) before answering or resetting, in milliseconds.</summary>
    public int DelayMs { get; init; }

    /// <summary>Drop the connection without an answer, as a crashed vendor or a broken network would.</summary>
    public bool Reset { get; init; }
}
