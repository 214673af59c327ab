using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace MmpTyped.Sandbox.Hosting;

/// <summary>A request body read up to a cap.</summary>
/// <param name="Bytes">What was kept: the whole body, or its first bytes up to the cap.</param>
/// <param name="TooLarge">The body was longer than the cap.</param>
internal sealed record RequestBody(byte[] Bytes, bool TooLarge)
{
    private const int DiscardBufferSize = 16 * 1024;

    /// <summary>
    /// Reads the body, keeping at most <paramref name="cap"/> bytes. The rest of a longer body is read and
    /// thrown away, so the client gets an answer instead of a reset while it is still sending; Kestrel's
    /// own body limit bounds how long that can go on.
    /// </summary>
    public static async Task<RequestBody> ReadAsync(HttpRequest request, int cap, CancellationToken cancellation)
    {
        if (request.ContentLength is long declared && declared > cap)
        {
            await DiscardAsync(request.Body, cancellation);
            return new RequestBody([], TooLarge: true);
        }
        using var kept = new MemoryStream();
        var buffer = new byte[DiscardBufferSize];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, cancellation)) > 0)
        {
            if (kept.Length + read > cap)
            {
                kept.Write(buffer, 0, (int)(cap - kept.Length));
                await DiscardAsync(request.Body, cancellation);
                return new RequestBody(kept.ToArray(), TooLarge: true);
            }
            kept.Write(buffer, 0, read);
        }
        return new RequestBody(kept.ToArray(), TooLarge: false);
    }

    private static async Task DiscardAsync(Stream body, CancellationToken cancellation)
    {
        var buffer = new byte[DiscardBufferSize];
        try
        {
            while (await body.ReadAsync(buffer, cancellation) > 0)
            {
            }
        }
        catch (BadHttpRequestException)
        {
            // Over Kestrel's own limit: Kestrel closes the connection after the answer.
        }
    }
}
