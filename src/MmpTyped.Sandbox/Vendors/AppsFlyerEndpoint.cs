using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MmpTyped.Runtime;
using MmpTyped.Sandbox.Limits;

namespace MmpTyped.Sandbox.Vendors;

/// <summary>
/// AppsFlyer S2S in-app events, <c>POST /inappevent/{app_id}</c> with the S2S key in the <c>authentication</c>
/// header. AppsFlyer's answers are plain-text bodies: <c>OK</c>, <c>Failed to Authenticate</c>,
/// <c>Unauthorized</c>, <c>Payload is missing or failed to parse</c>, <c>appsflyer_id is a mandatory field</c>,
/// <c>Bad request</c>. AppsFlyer checks little before answering 200 OK; the events it then does not record
/// (an iOS app id without <c>id</c>, a body over 1 KB, an <c>eventValue</c> that is not a string, and any other
/// rule of the record) are answered <c>OK</c> and logged as dropped.
/// </summary>
internal sealed class AppsFlyerEndpoint(string key, FixedWindowLimiter limiter, SandboxContext context)
    : VendorEndpoint("appsflyer.s2s", key, limiter, context)
{
    private const string Text = "text/plain; charset=utf-8";
    private const string AppsFlyerId = "appsflyer_id";
    private const string AppsFlyerIdPath = "$.appsflyer_id";

    public override VendorAnswer Handle(HttpContext http, byte[] body)
    {
        var unreadable = TryRead(body, out var record, out var document);
        using (document)
        {
            if (document is null)
                return Answer(SandboxOutcomes.Rejected, 400, unreadable, "Payload is missing or failed to parse");
            var root = document.RootElement;
            if (!root.TryGetProperty(AppsFlyerId, out var id) || id.ValueKind != JsonValueKind.String || id.GetString()!.Length == 0)
                return Answer(SandboxOutcomes.Rejected, 400, new MmpError(MmpErrorCodes.MissingRequired, AppsFlyerIdPath, "'appsflyer_id' is required.").ToString(), "appsflyer_id is a mandatory field");

            // Found only on the wire: the record reads eventValue as the JSON text inside a string, so a
            // client that sends an object never gets that far. AppsFlyer answers 200 OK and does not record it.
            var drops = new List<MmpError>();
            AddBareIosAppId(http, drops);
            if (body.Length > Schema.SizeLimitBytes)
                drops.Add(new MmpError(MmpErrorCodes.PayloadTooLarge, "$", string.Create(CultureInfo.InvariantCulture, $"The payload is {body.Length} bytes, over the {Schema.SizeLimitBytes} the vendor accepts: it answers 200 OK and does not record the event.")));
            if (root.TryGetProperty("eventValue", out var eventValue) && eventValue.ValueKind != JsonValueKind.String)
                drops.Add(new MmpError(MmpErrorCodes.InvalidValue, "$.eventValue", $"'eventValue' must be a string holding JSON (\"{{...}}\" or \"\"); it is {Article(eventValue.ValueKind)}: the vendor answers 200 OK without recording it."));

            if (record is null)
            {
                return drops.Count > 0
                    ? Answer(SandboxOutcomes.Dropped, 200, Reasons(drops), "OK")
                    : Answer(SandboxOutcomes.Rejected, 400, unreadable, "Bad request");
            }

            var errors = Validate(record);
            foreach (var error in errors)
            {
                if (error.Path == AppsFlyerIdPath)
                    return Answer(SandboxOutcomes.Rejected, 400, error.ToString(), "appsflyer_id is a mandatory field");
                if (error.Code == MmpErrorCodes.MissingRequired)
                    return Answer(SandboxOutcomes.Rejected, 400, error.ToString(), "Bad request");
            }
            // The record measures its size as it would write itself; the raw size checked above is what the vendor sees.
            drops.AddRange(body.Length > Schema.SizeLimitBytes ? errors.Where(e => e.Code != MmpErrorCodes.PayloadTooLarge) : errors);
            return drops.Count > 0
                ? Answer(SandboxOutcomes.Dropped, 200, Reasons(drops), "OK")
                : Answer(SandboxOutcomes.Recorded, 200, null, "OK");
        }
    }

    public override VendorAnswer Throttled(TimeSpan retryAfter) =>
        // AppsFlyer documents the quota (60,000 per minute) but no answer over it: 429 is the sandbox's assumption.
        Answer(SandboxOutcomes.Throttled, 429, $"over the rate limit of {Limiter!.PermitsPerWindow} requests per minute.", "Too Many Requests") with { RetryAfter = retryAfter };

    public override VendorAnswer TooLarge(long limit) =>
        Answer(SandboxOutcomes.Rejected, 413, $"{MmpErrorCodes.PayloadTooLarge} $ the body is over the {limit} bytes the sandbox reads.", "Payload Too Large");

    protected override VendorAnswer Unauthenticated(bool missing, string reason) =>
        missing
            ? Answer(SandboxOutcomes.Rejected, 400, reason, "Failed to Authenticate")
            : Answer(SandboxOutcomes.Rejected, 401, reason, "Unauthorized");

    private static void AddBareIosAppId(HttpContext http, List<MmpError> drops)
    {
        if (http.Request.RouteValues["app_id"] is string appId && MmpChecks.IsBareIosAppId(appId))
        {
            drops.Add(new MmpError(MmpErrorCodes.IosAppIdWithoutPrefix, "{app_id}",
                $"'{appId}' looks like an iOS app id without its 'id' prefix: the vendor answers 200 OK and does not record the event. Use 'id{appId}'."));
        }
    }

    private static VendorAnswer Answer(string outcome, int status, string? reason, string body) => new(outcome, status, reason, Text, body);
}
