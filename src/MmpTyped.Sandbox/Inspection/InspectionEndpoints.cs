using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using MmpTyped.Sandbox.Faults;
using MmpTyped.Sandbox.Hosting;

namespace MmpTyped.Sandbox.Inspection;

/// <summary>The sandbox's own API under <c>/_sandbox/</c>: the event log, the faults and the page.</summary>
internal static class InspectionEndpoints
{
    public const string Prefix = "/_sandbox";

    public static void Map(IEndpointRouteBuilder routes, SandboxContext context, ILogger logger)
    {
        routes.MapGet(Prefix + "/events", http => WriteAsync(http, 200, "application/json", EventsJson.Write(context.Events.Snapshot())));
        routes.MapDelete(Prefix + "/events", http =>
        {
            ClearEvents(context);
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        routes.MapPost(Prefix + "/faults", async http =>
        {
            var body = await RequestBody.ReadAsync(http.Request, 64 * 1024, http.RequestAborted);
            string? problem = "the body is too large.";
            var fault = body.TooLarge ? null : SandboxFaultRules.TryRead(body.Bytes, out problem);
            if (fault is null)
            {
                await WriteAsync(http, 400, "text/plain; charset=utf-8", System.Text.Encoding.UTF8.GetBytes("Bad fault: " + problem));
                return;
            }
            AddFault(context, fault, logger);
            http.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        routes.MapDelete(Prefix + "/faults", http =>
        {
            context.Faults.Clear();
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
        // One route serves both /_sandbox and /_sandbox/: routing ignores a trailing slash.
        routes.MapGet(Prefix + "/", http => WriteAsync(http, 200, "text/html; charset=utf-8",
            System.Text.Encoding.UTF8.GetBytes(SandboxPage.Render(context.Events.Snapshot()))));
    }

    /// <summary>Forgets every request and every de-duplication key: the sandbox starts over.</summary>
    public static void ClearEvents(SandboxContext context)
    {
        context.Events.Clear();
        context.Deduplicator.Clear();
    }

    public static void AddFault(SandboxContext context, SandboxFault fault, ILogger logger)
    {
        context.Faults.Add(fault);
        SandboxLog.FaultInjected(logger, fault.Vendor, fault.Status, fault.Count, fault.DelayMs, fault.Reset);
    }

    private static async Task WriteAsync(HttpContext http, int status, string contentType, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "no-store";
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
