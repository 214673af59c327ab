using System;
using System.Globalization;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MmpTyped.Sandbox.Vendors;

namespace MmpTyped.Sandbox.Hosting;

/// <summary>
/// The path of every vendor request: read the body (capped), apply an injected fault, check the
/// credential and the rate limit, let the vendor decide, then log the outcome and answer. Whatever
/// happens, the request ends in the event log and the client gets an answer (or, for a reset fault, a
/// closed connection), never a stack trace.
/// </summary>
internal sealed class VendorRequestHandler(SandboxContext context, int maxBodyBytes, ILogger logger)
{
    private const int TruncatedBodyChars = 1024;

    public async Task HandleAsync(HttpContext http, VendorEndpoint endpoint)
    {
        var receivedAt = context.Time.GetUtcNow();
        var body = await RequestBody.ReadAsync(http.Request, maxBodyBytes, http.RequestAborted);
        var bodyText = BodyText(body);

        var fault = context.Faults.TryTake(endpoint.SchemaId);
        if (fault is not null)
        {
            if (fault.DelayMs > 0)
            {
                try
                {
                    await Task.Delay(fault.DelayMs, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    Record(endpoint, new VendorAnswer(SandboxOutcomes.Failed, 0, "injected fault: the client gave up during the delay", "", ""), bodyText, receivedAt);
                    return;
                }
            }
            if (fault.Reset)
            {
                Record(endpoint, new VendorAnswer(SandboxOutcomes.Failed, 0, "injected fault: connection reset", "", ""), bodyText, receivedAt);
                http.Abort();
                return;
            }
            if (fault.Status is int status)
            {
                var retryAfter = fault.RetryAfterSeconds is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
                var injected = new VendorAnswer(SandboxOutcomes.Failed, status, $"injected fault: {status}", "text/plain; charset=utf-8",
                    Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status), retryAfter);
                Record(endpoint, injected, bodyText, receivedAt);
                await WriteAsync(http, injected);
                return;
            }
        }

        VendorAnswer answer;
        try
        {
            answer = Decide(http, endpoint, body);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A defect of the sandbox, not the vendor's behaviour: say so without a stack trace.
            SandboxLog.HandlerFailed(logger, endpoint.SchemaId, e.GetType().Name, e.Message);
            answer = new VendorAnswer(SandboxOutcomes.Failed, 500, $"the sandbox failed: {e.GetType().Name}", "text/plain; charset=utf-8", "Internal Server Error");
        }
        Record(endpoint, answer, bodyText, receivedAt);
        await WriteAsync(http, answer);
    }

    private static VendorAnswer Decide(HttpContext http, VendorEndpoint endpoint, RequestBody body)
    {
        var refused = endpoint.Authenticate(http.Request);
        if (refused is not null)
            return refused;
        if (endpoint.Limiter is { } limiter && !limiter.TryAcquire(out var wait))
            return endpoint.Throttled(wait);
        return body.TooLarge ? endpoint.TooLarge(http.Request.ContentLength ?? body.Bytes.Length) : endpoint.Handle(http, body.Bytes);
    }

    private void Record(VendorEndpoint endpoint, VendorAnswer answer, string? bodyText, DateTimeOffset receivedAt)
    {
        context.Events.Add(new SandboxEvent(endpoint.SchemaId, answer.Outcome, answer.Reason, answer.Status, bodyText, receivedAt));
        SandboxLog.RequestHandled(logger, endpoint.SchemaId, answer.Outcome, answer.Status, answer.Reason);
    }

    private static async Task WriteAsync(HttpContext http, VendorAnswer answer)
    {
        var response = http.Response;
        response.StatusCode = answer.Status;
        response.ContentType = answer.ContentType;
        if (answer.RetryAfter is TimeSpan wait)
            response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsync(answer.Body, Encoding.UTF8, http.RequestAborted);
    }

    private static string? BodyText(RequestBody body)
    {
        if (body.Bytes.Length == 0)
            return body.TooLarge ? "(body over the sandbox's limit, not kept)" : null;
        // Bytes that are not UTF-8 decode to U+FFFD: the log shows that the body was not text.
        var text = Encoding.UTF8.GetString(body.Bytes);
        return body.TooLarge
            ? string.Concat(text.AsSpan(0, Math.Min(text.Length, TruncatedBodyChars)), "… (truncated: over the sandbox's limit)")
            : text;
    }
}
