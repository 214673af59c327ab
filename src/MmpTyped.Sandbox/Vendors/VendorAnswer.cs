using System;

namespace MmpTyped.Sandbox.Vendors;

/// <summary>What a sandboxed vendor answers to one request, and the outcome it records.</summary>
/// <param name="Outcome">One of <see cref="SandboxOutcomes"/>.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Reason">Why the event was not recorded (an MMP code and message, or a sentence); null when recorded.</param>
/// <param name="ContentType">The answer's media type.</param>
/// <param name="Body">The answer's body.</param>
/// <param name="RetryAfter">A <c>Retry-After</c> header to send, if any.</param>
internal sealed record VendorAnswer(string Outcome, int Status, string? Reason, string ContentType, string Body, TimeSpan? RetryAfter = null);
