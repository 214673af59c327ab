using System;

namespace MmpTyped.Sandbox;

/// <summary>One request a sandboxed vendor received, and what the vendor would have done with it.</summary>
/// <param name="Vendor">The schema id of the endpoint: <c>appsflyer.s2s</c>, <c>airbridge.app</c>, <c>airbridge.web</c> or <c>affise.s2s</c>.</param>
/// <param name="Outcome">One of <see cref="SandboxOutcomes"/>: <c>recorded</c>, <c>dropped</c>, <c>duplicate</c>, <c>rejected</c>, <c>throttled</c>, <c>failed</c>.</param>
/// <param name="Reason">Why it was not recorded: an MMP code and its message (<c>MMP008 ...</c>), or a sentence; null when recorded.</param>
/// <param name="Status">The HTTP status answered; 0 when the connection was reset without an answer.</param>
/// <param name="Body">The body received, as text (bytes that are not UTF-8 show as U+FFFD); null when there was none.</param>
/// <param name="ReceivedAt">When the request arrived, on the sandbox's clock.</param>
public sealed record SandboxEvent(
    string Vendor,
    string Outcome,
    string? Reason,
    int Status,
    string? Body,
    DateTimeOffset ReceivedAt);
