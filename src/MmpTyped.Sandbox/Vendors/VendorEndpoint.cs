using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using MmpTyped.Sandbox.Limits;
using MmpTyped.Schemas;

namespace MmpTyped.Sandbox.Vendors;

/// <summary>
/// One vendor endpoint the sandbox plays. The route, the authentication header and the rate limit come
/// from the endpoint's schema (<see cref="MmpSchemaCatalog"/>); the rules come from the schema's record:
/// a request is dropped or rejected because the record's own <c>Validate()</c> says so, plus the few
/// things only a server sees (raw size, the JSON type of a member the record reads, the credentials).
/// </summary>
internal abstract class VendorEndpoint
{
    /// <summary>Answer bodies keep quotes and <c>+</c> readable: they are JSON for a developer's eyes, never embedded in HTML.</summary>
    protected static readonly JsonWriterOptions RelaxedJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly byte[] _expectedCredential;

    protected VendorEndpoint(string schemaId, string key, FixedWindowLimiter? limiter, SandboxContext context)
    {
        Schema = MmpSchemaCatalog.Get(schemaId);
        Auth = Schema.Auth ?? throw new InvalidOperationException($"The schema '{schemaId}' names no authentication.");
        _expectedCredential = Encoding.UTF8.GetBytes(Auth.Scheme == "bearer" ? "Bearer " + key : key);
        Limiter = limiter;
        Context = context;
    }

    /// <summary>The endpoint's schema: id, URL template, authentication, limits.</summary>
    public MmpSchemaInfo Schema { get; }

    /// <summary>The schema id, which names the vendor in the event log.</summary>
    public string SchemaId => Schema.Id;

    /// <summary>The route: the path of the vendor's URL template, for example <c>/inappevent/{app_id}</c>.</summary>
    public string RoutePattern
    {
        get
        {
            var url = Schema.Url!;
            return url[url.IndexOf('/', url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        }
    }

    /// <summary>The rate limit shared by this endpoint's vendor; null when the vendor documents none.</summary>
    public FixedWindowLimiter? Limiter { get; }

    protected MmpAuth Auth { get; }

    protected SandboxContext Context { get; }

    /// <summary>Null when the request carries the right credential; otherwise the vendor's answer to it.</summary>
    public VendorAnswer? Authenticate(HttpRequest request)
    {
        var presented = Credential(request);
        if (presented is null)
            return Unauthenticated(missing: true, $"no '{Auth.Name}' header: the vendor refuses the request.");
        return Matches(presented)
            ? null
            : Unauthenticated(missing: false, $"the '{Auth.Name}' header does not hold the configured key: the vendor refuses the request.");
    }

    /// <summary>What the vendor answers to an event that got past authentication, the rate limit and the faults.</summary>
    public abstract VendorAnswer Handle(HttpContext http, byte[] body);

    /// <summary>The answer over the rate limit.</summary>
    public abstract VendorAnswer Throttled(TimeSpan retryAfter);

    /// <summary>The answer to a body larger than the sandbox reads.</summary>
    public abstract VendorAnswer TooLarge(long limit);

    /// <summary>The answer when the credential is missing (<paramref name="missing"/>) or wrong; never echoes what was presented.</summary>
    protected abstract VendorAnswer Unauthenticated(bool missing, string reason);

    /// <summary>The credential the request presents, as the vendor reads it; null when there is none.</summary>
    protected virtual string? Credential(HttpRequest request) =>
        request.Headers.TryGetValue(Auth.Name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Compares in constant time, so the sandbox teaches no timing side channel.</summary>
    protected bool Matches(string presented) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expectedCredential);

    /// <summary>
    /// Reads the body as the schema's record. Null when it reads; otherwise the MMP100 reason: not UTF-8,
    /// not JSON, not one JSON object (several events in one request), or a member of the wrong type.
    /// </summary>
    protected string? TryRead(byte[] body, out IMmpEvent? record, out JsonDocument? document)
    {
        record = null;
        document = null;
        if (body.Length == 0)
            return Unreadable("$", "the body is empty.");
        if (!System.Text.Unicode.Utf8.IsValid(body))
            return Unreadable("$", "the body is not UTF-8 text.");
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return Unreadable("$", "the body is not JSON: " + e.Message);
        }
        var kind = document.RootElement.ValueKind;
        if (kind != JsonValueKind.Object)
        {
            document.Dispose();
            document = null;
            return Unreadable("$", $"the body must be one JSON object (one event per request); it is {Article(kind)}.");
        }
        try
        {
            record = Schema.Parse(body);
            return null;
        }
        catch (MmpParseException e)
        {
            return e.ToError().ToString();
        }
    }

    /// <summary>
    /// Reads the body as the record and checks its rules. Returns why the vendor refuses the request (an
    /// unreadable body, or a missing mandatory field: MMP003), or null when it takes it; then
    /// <paramref name="errors"/> holds the rules it breaks, which the vendor accepts and drops.
    /// </summary>
    protected string? ReadAndCheck(byte[] body, out IMmpEvent? record, out IReadOnlyList<MmpError> errors)
    {
        errors = [];
        var unreadable = TryRead(body, out record, out var document);
        document?.Dispose();
        if (record is null)
            return unreadable;
        errors = Validate(record);
        return errors.FirstOrDefault(e => e.Code == MmpErrorCodes.MissingRequired)?.ToString();
    }

    /// <summary>Checks the record's own rules, with the 24-hour windows measured on the sandbox's clock.</summary>
    protected IReadOnlyList<MmpError> Validate(IMmpEvent record) => record.Validate(Context.Time).Errors;

    /// <summary>One reason line for several broken rules, in the order they were found.</summary>
    protected static string Reasons(IEnumerable<MmpError> errors) =>
        string.Join("; ", errors.DistinctBy(e => (e.Code, e.Path)).Select(e => e.ToString()));

    protected static string Unreadable(string path, string message) => new MmpError(MmpErrorCodes.Unreadable, path, message).ToString();

    protected static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>A JSON answer body <c>{"status": ..., "message": ...}</c> for the vendors that document no body.</summary>
    protected static string JsonMessage(string status, string message)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, RelaxedJson))
        {
            writer.WriteStartObject();
            writer.WriteString("status", status);
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    protected static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
