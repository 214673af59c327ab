using System;
using System.Security.Cryptography;
using System.Text;

namespace MmpTyped.Outbox;

/// <summary>One message as received (an AppsFlyer Push API request), to store before it is answered.</summary>
public sealed record InboxMessage
{
    /// <summary>The raw bytes received: the body of a POST, the query string of a GET.</summary>
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>The HTTP method it came with: <c>POST</c> or <c>GET</c>.</summary>
    public required string Method { get; init; }

    /// <summary>When it arrived.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The message version detected (e.g. the schema id <c>appsflyer.push.v2</c>); null when not told apart.</summary>
    public string? Version { get; init; }

    /// <summary>Why it could not be parsed; a message with a parse error is stored quarantined and never handed on.</summary>
    public string? ParseError { get; init; }

    /// <summary>
    /// The SHA-256 of the method and the bytes: what makes two copies of a message the same message.
    /// </summary>
    public byte[] ComputeContentHash()
    {
        var method = Encoding.ASCII.GetBytes(Method.ToUpperInvariant() + "\n");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(method);
        hash.AppendData(Body.Span);
        return hash.GetHashAndReset();
    }
}
