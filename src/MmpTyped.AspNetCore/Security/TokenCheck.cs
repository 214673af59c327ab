using System;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Primitives;

namespace MmpTyped.AspNetCore.Security;

/// <summary>
/// Compares the token a request carries with the configured one in constant time: both are hashed first, so
/// neither the content nor the length of the expected token shows in how long the comparison takes.
/// </summary>
internal sealed class TokenCheck(string token)
{
    private readonly byte[] _expected = SHA256.HashData(Encoding.UTF8.GetBytes(token));

    public bool Matches(StringValues header)
    {
        // AppsFlyer sends one header; several values are refused rather than guessed between.
        if (header.Count != 1 || header[0] is not { } received)
            return false;
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(received), hash);
        return CryptographicOperations.FixedTimeEquals(hash, _expected);
    }
}
