using System;
using Microsoft.AspNetCore.Http;

namespace MmpTyped.Sandbox.Vendors;

/// <summary>
/// Affise MMP S2S events, <c>POST /v1/external_data/add_event</c>, with <c>Authorization: Bearer &lt;API key&gt;</c>
/// or the <c>API-KEY</c> query parameter. Affise documents the request, not its answers, its limits or what
/// <c>affise_event_id</c> de-duplicates. The sandbox assumes: 200 <c>{"status":"ok"}</c>; 401 for a missing
/// or wrong key; 400 naming the reason for a body that is not one JSON object or lacks a mandatory field;
/// an event without a device id is answered 200 and dropped (Affise cannot attribute it); no rate limit
/// and no de-duplication (a replay is recorded again).
/// </summary>
internal sealed class AffiseEndpoint(string key, SandboxContext context)
    : VendorEndpoint("affise.s2s", key, limiter: null, context)
{
    private const string Json = "application/json";
    private const string QueryKey = "API-KEY";

    public override VendorAnswer Handle(HttpContext http, byte[] body)
    {
        var refusal = ReadAndCheck(body, out _, out var errors);
        if (refusal is not null)
            return Refuse(400, refusal);
        return errors.Count > 0
            ? new VendorAnswer(SandboxOutcomes.Dropped, 200, Reasons(errors), Json, JsonMessage("ok", "accepted"))
            : new VendorAnswer(SandboxOutcomes.Recorded, 200, null, Json, JsonMessage("ok", "accepted"));
    }

    public override VendorAnswer Throttled(TimeSpan retryAfter) =>
        throw new InvalidOperationException("Affise documents no rate limit; the sandbox sets none.");

    public override VendorAnswer TooLarge(long limit) =>
        Refuse(413, $"the body is over the {limit} bytes the sandbox reads.");

    protected override VendorAnswer Unauthenticated(bool missing, string reason) =>
        new(SandboxOutcomes.Rejected, 401, reason, Json, JsonMessage("error", "Unauthorized: " + (missing ? "no API key." : "unknown API key.")));

    /// <summary>The header, or else the <c>API-KEY</c> query parameter (as a plain key, compared without <c>Bearer</c>).</summary>
    protected override string? Credential(HttpRequest request)
    {
        var header = base.Credential(request);
        if (header is not null)
            return header;
        return request.Query.TryGetValue(QueryKey, out var values) && values.Count > 0 ? "Bearer " + values[0] : null;
    }

    private static VendorAnswer Refuse(int status, string reason) =>
        new(SandboxOutcomes.Rejected, status, reason, Json, JsonMessage("error", reason));
}
