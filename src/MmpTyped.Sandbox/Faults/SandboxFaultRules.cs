using System;
using System.Collections.Generic;
using System.Text.Json;

namespace MmpTyped.Sandbox.Faults;

/// <summary>What a <see cref="SandboxFault"/> may say, and reading one from the JSON of <c>POST /_sandbox/faults</c>.</summary>
internal static class SandboxFaultRules
{
    /// <summary>The vendors a fault can name: the schema ids of the endpoints the sandbox plays.</summary>
    public static readonly IReadOnlyList<string> Vendors = ["appsflyer.s2s", "airbridge.app", "airbridge.web", "affise.s2s"];

    private const int MaxDelayMs = 10 * 60 * 1000;

    /// <summary>Why the fault cannot be applied, naming the field; null when it can.</summary>
    public static string? Problem(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!((IList<string>)Vendors).Contains(fault.Vendor))
            return $"vendor must be one of {string.Join(", ", Vendors)}; it is '{fault.Vendor}'.";
        if (fault.Status is int status && (status < 400 || status > 599))
            return $"status must be between 400 and 599; it is {status}.";
        if (fault.Count < 1)
            return $"count must be at least 1; it is {fault.Count}.";
        if (fault.RetryAfterSeconds is < 0)
            return $"retryAfterSeconds must not be negative; it is {fault.RetryAfterSeconds}.";
        if (fault.DelayMs < 0 || fault.DelayMs > MaxDelayMs)
            return $"delayMs must be between 0 and {MaxDelayMs}; it is {fault.DelayMs}.";
        if (fault.Status is null && !fault.Reset && fault.DelayMs == 0)
            return "the fault does nothing: give a status, reset: true, or a delayMs.";
        return null;
    }

    /// <summary>Reads <c>{"vendor": ..., "status": ..., "count": ..., "retryAfterSeconds": ..., "delayMs": ..., "reset": ...}</c>; on failure, why, naming the field.</summary>
    public static SandboxFault? TryRead(ReadOnlySpan<byte> json, out string? problem)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Fail("the body must be a JSON object.", out problem);
            string? vendor = null;
            int? status = null, retryAfter = null;
            int count = 1, delay = 0;
            var reset = false;
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "vendor" when member.Value.ValueKind == JsonValueKind.String:
                        vendor = member.Value.GetString();
                        break;
                    case "status" when member.Value.ValueKind == JsonValueKind.Null:
                        break;
                    case "status" when IsInt(member.Value, out var s):
                        status = s;
                        break;
                    case "count" when IsInt(member.Value, out var c):
                        count = c;
                        break;
                    case "retryAfterSeconds" when member.Value.ValueKind == JsonValueKind.Null:
                        break;
                    case "retryAfterSeconds" when IsInt(member.Value, out var r):
                        retryAfter = r;
                        break;
                    case "delayMs" when IsInt(member.Value, out var d):
                        delay = d;
                        break;
                    case "reset" when member.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                        reset = member.Value.GetBoolean();
                        break;
                    case "vendor" or "status" or "count" or "retryAfterSeconds" or "delayMs":
                        return Fail($"{member.Name} has the wrong type ({member.Value.ValueKind}).", out problem);
                    case "reset":
                        return Fail($"reset must be true or false; it is {member.Value.ValueKind}.", out problem);
                    default:
                        return Fail($"unknown member '{member.Name}' (known: vendor, status, count, retryAfterSeconds, delayMs, reset).", out problem);
                }
            }
            if (vendor is null)
                return Fail($"vendor is required: one of {string.Join(", ", Vendors)}.", out problem);
            var fault = new SandboxFault { Vendor = vendor, Status = status, Count = count, RetryAfterSeconds = retryAfter, DelayMs = delay, Reset = reset };
            problem = Problem(fault);
            return problem is null ? fault : null;
        }
        catch (JsonException e)
        {
            return Fail("the body is not JSON: " + e.Message, out problem);
        }
    }

    private static bool IsInt(JsonElement value, out int number)
    {
        number = 0;
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out number);
    }

    private static SandboxFault? Fail(string message, out string? problem)
    {
        problem = message;
        return null;
    }
}
