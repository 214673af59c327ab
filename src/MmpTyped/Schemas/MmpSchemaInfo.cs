using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace MmpTyped.Schemas;

/// <summary>Whether a message goes to the vendor or comes from it.</summary>
public enum MmpDirection
{
    /// <summary>We send it to the vendor (S2S events).</summary>
    Outbound,

    /// <summary>The vendor sends it to us (AppsFlyer Push API).</summary>
    Inbound,
}

/// <summary>How a request authenticates (<c>x-mmp-auth</c>).</summary>
/// <param name="Scheme"><c>api-key</c>, <c>bearer</c>, or <c>receiver-token</c> for inbound messages.</param>
/// <param name="In"><c>header</c> or <c>query</c>.</param>
/// <param name="Name">The header or query parameter name, exactly as the vendor spells it.</param>
public sealed record MmpAuth(string Scheme, string In, string Name);

/// <summary>A vendor's rate limit (<c>x-mmp-rate-limit</c>).</summary>
/// <param name="Requests">How many requests.</param>
/// <param name="Per">Per <c>second</c> or <c>minute</c>.</param>
public sealed record MmpRateLimit(int Requests, string Per)
{
    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"{Requests:N0}/{Per}");
}

/// <summary>Parses UTF-8 JSON as the record of one schema (generated code hands one to <see cref="MmpSchemaCatalog.Register"/>).</summary>
/// <param name="utf8Json">The message.</param>
/// <returns>The parsed record.</returns>
public delegate IMmpEvent MmpRecordParser(ReadOnlySpan<byte> utf8Json);

/// <summary>One schema, built-in or the user's, and what it says about its endpoint.</summary>
public sealed class MmpSchemaInfo
{
    private readonly MmpRecordParser? _parse;

    private MmpSchemaInfo(string id, string title, string typeName, MmpDirection direction,
        IReadOnlyList<string> methods, string? url, MmpAuth? auth, int? sizeLimitBytes, MmpRateLimit? rateLimit, ReadOnlyMemory<byte> json, MmpRecordParser? parse)
    {
        _parse = parse;
        Id = id;
        Title = title;
        TypeName = typeName;
        Direction = direction;
        Methods = methods;
        Url = url;
        Auth = auth;
        SizeLimitBytes = sizeLimitBytes;
        RateLimit = rateLimit;
        Json = json;
    }

    /// <summary>The schema id, for example <c>appsflyer.s2s</c>.</summary>
    public string Id { get; }

    /// <summary>The schema's title.</summary>
    public string Title { get; }

    /// <summary>The full name of the C# record generated for it, for example <c>MmpTyped.AppsFlyer.AppsFlyerEvent</c>.</summary>
    public string TypeName { get; }

    /// <summary>Whether we send these messages or receive them.</summary>
    public MmpDirection Direction { get; }

    /// <summary>The HTTP methods the endpoint accepts, the preferred one first.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The URL template (<c>{name}</c> marks a path parameter); null for inbound messages, which go to the user's own endpoint.</summary>
    public string? Url { get; }

    /// <summary>How requests authenticate; null when the vendor documents none.</summary>
    public MmpAuth? Auth { get; }

    /// <summary>The largest JSON body the vendor accepts, in bytes; null when it documents no limit.</summary>
    public int? SizeLimitBytes { get; }

    /// <summary>The vendor's rate limit; null when it documents none.</summary>
    public MmpRateLimit? RateLimit { get; }

    /// <summary>
    /// The schema itself, UTF-8 JSON. For a schema registered by the user's assembly: its endpoint
    /// keywords (<c>x-mmp-id</c>, <c>title</c>, namespace, type, direction, endpoint, auth and limits), compact and without descriptions.
    /// </summary>
    public ReadOnlyMemory<byte> Json { get; }

    /// <summary>Parses UTF-8 JSON as this schema's record.</summary>
    /// <exception cref="MmpParseException">Not JSON, or a member of the wrong JSON type; the message names its path and byte offset.</exception>
    public IMmpEvent Parse(ReadOnlySpan<byte> utf8Json) =>
        _parse?.Invoke(utf8Json)
        ?? Generated.MmpGeneratedRecords.Parse(Id, utf8Json)
        ?? throw new InvalidOperationException($"No record was generated for the schema '{Id}'.");

    /// <summary>
    /// One line for a listing: id, direction, method and URL, authentication and limits, for example
    /// <c>airbridge.app  outbound  POST https://…/9360  auth: bearer header Authorization  rate: 1,000/minute</c>.
    /// </summary>
    public override string ToString()
    {
        var line = new System.Text.StringBuilder();
        line.Append(Id).Append("  ").Append(Direction == MmpDirection.Inbound ? "inbound" : "outbound")
            .Append("  ").Append(string.Join("|", Methods)).Append(' ').Append(Url ?? "(your endpoint)");
        if (Auth is not null)
            line.Append("  auth: ").Append(Auth.Scheme).Append(' ').Append(Auth.In).Append(' ').Append(Auth.Name);
        if (SizeLimitBytes is int size)
            line.Append(System.Globalization.CultureInfo.InvariantCulture, $"  size: {size:N0} B");
        if (RateLimit is not null)
            line.Append("  rate: ").Append(RateLimit);
        return line.ToString();
    }

    internal static MmpSchemaInfo Read(byte[] utf8, MmpRecordParser? parse = null)
    {
        using var document = JsonDocument.Parse(utf8);
        var root = document.RootElement;
        var id = Required(root, "x-mmp-id");
        // A user's schema may leave out the endpoint (a message only parsed, or sent by hand): no methods, no URL.
        var hasEndpoint = root.TryGetProperty("x-mmp-endpoint", out var endpoint);

        return new MmpSchemaInfo(
            id,
            Optional(root, "title") ?? id,
            Required(root, "x-mmp-namespace") + "." + Required(root, "x-mmp-type"),
            Required(root, "x-mmp-direction") == "inbound" ? MmpDirection.Inbound : MmpDirection.Outbound,
            hasEndpoint && endpoint.TryGetProperty("method", out var method) ? ReadMethods(method) : [],
            hasEndpoint ? Optional(endpoint, "url") : null,
            root.TryGetProperty("x-mmp-auth", out var auth)
                ? new MmpAuth(Required(auth, "scheme"), Required(auth, "in"), Required(auth, "name"))
                : null,
            root.TryGetProperty("x-mmp-size-limit", out var size) ? size.GetInt32() : null,
            root.TryGetProperty("x-mmp-rate-limit", out var rate)
                ? new MmpRateLimit(rate.GetProperty("requests").GetInt32(), Required(rate, "per"))
                : null,
            utf8,
            parse);
    }

    private static string[] ReadMethods(JsonElement method) =>
        method.ValueKind == JsonValueKind.Array
            ? method.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [method.GetString()!];

    private static string Required(JsonElement element, string name) =>
        Optional(element, name) ?? throw new InvalidDataException($"The schema is missing '{name}'.");

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
