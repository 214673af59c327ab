using System;
using System.Buffers;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Delivery.Outcomes;
using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery.Sending;

/// <summary>What one HTTP attempt came to.</summary>
/// <param name="Outcome">Its classification.</param>
/// <param name="Status">The HTTP status, or null when no answer came.</param>
/// <param name="Reason">The raw status and the first bytes of the answer (or the failure), scrubbed of the credential; null when delivered.</param>
/// <param name="RetryAfter">The vendor's <c>Retry-After</c>, when it sent one.</param>
/// <param name="NeverSent">True when the connection never opened, so the vendor cannot have the event.</param>
internal readonly record struct Attempt(MmpDeliveryOutcome Outcome, int? Status, string? Reason, TimeSpan? RetryAfter, bool NeverSent);

/// <summary>
/// One POST of a prepared body to a vendor, turned into an <see cref="Attempt"/>: whatever comes back (HTML from a
/// proxy, an empty body, a reset, a timeout) is an outcome with the raw status and the first bytes, never an exception.
/// </summary>
/// <remarks>
/// A delivered answer costs no string: its first bytes are read into a pooled buffer and classified as characters
/// on the stack; text is made only for a reason (an answer that is not a delivery).
/// </remarks>
internal static class VendorCall
{
    /// <summary>How much of an answer is kept as its reason.</summary>
    private const int ReasonBytes = 256;

    /// <param name="client">The HTTP client.</param>
    /// <param name="route">The endpoint.</param>
    /// <param name="url">Its URL for this app.</param>
    /// <param name="body">The bytes to post.</param>
    /// <param name="authorization">The authentication header's whole value (<c>Bearer …</c> or the bare key), made once per route.</param>
    /// <param name="credential">The credential alone, scrubbed from every reason.</param>
    /// <param name="time">The clock a <c>Retry-After</c> date is measured on.</param>
    /// <param name="attemptToken">Fires at the attempt's timeout, the deadline, or the caller's cancellation.</param>
    /// <param name="callerToken">The caller's cancellation, which is thrown rather than turned into an outcome.</param>
    public static async Task<Attempt> SendAsync(HttpClient client, MmpRoute route, Uri url, ReadOnlyMemory<byte> body, string authorization,
        string credential, TimeProvider time, CancellationToken attemptToken, CancellationToken callerToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(body) };
        // Raw values: the handler writes them as they are, with no typed header objects to build per request.
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        message.Headers.TryAddWithoutValidation(route.AuthHeader, authorization);
        byte[]? buffer = null;
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (route.Vendor == MmpVendor.AppsFlyer && status is >= 200 and < 300)
                return new Attempt(MmpDeliveryOutcome.DeliveredUnverifiable, status, null, null, false); // its body says nothing more
            buffer = ArrayPool<byte>.Shared.Rent(ReasonBytes);
            var read = await ReadStartAsync(response.Content, buffer, attemptToken).ConfigureAwait(false);
            var mediaType = response.Content.Headers.NonValidated.TryGetValues("Content-Type", out var values) ? values.ToString() : null;
            return Conclude(route.Vendor, status, mediaType, buffer.AsSpan(0, read), credential, RetryAfterOf(response, time));
        }
        catch (OperationCanceledException) when (callerToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // every failure of the network or the vendor is an outcome, never an exception for the caller
        catch (Exception failure)
#pragma warning restore CA1031
        {
            var neverSent = failure is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };
            var what = failure is OperationCanceledException ? "the attempt timed out" : failure.GetType().Name + ": " + failure.Message;
            return new Attempt(MmpDeliveryOutcome.Transient, null, Scrub(what, credential), null, neverSent);
        }
        finally
        {
            if (buffer is not null)
                ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Classifies an answer from its first bytes, decoded on the stack; text only for a reason.</summary>
    private static Attempt Conclude(MmpVendor vendor, int status, string? mediaType, ReadOnlySpan<byte> start, string credential, TimeSpan? retryAfter)
    {
        Span<char> chars = stackalloc char[ReasonBytes];
        var text = chars[..Encoding.UTF8.GetChars(start, chars)];
        Flatten(text);
        text = text.Trim();
        var outcome = ResponseClassifier.Classify(vendor, status, mediaType, text);
        if (outcome is MmpDeliveryOutcome.Delivered or MmpDeliveryOutcome.DeliveredUnverifiable)
            return new Attempt(outcome, status, null, retryAfter, false);
        var reason = text.IsEmpty
            ? string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (empty body)")
            : string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {text}");
        return new Attempt(outcome, status, Scrub(reason, credential), retryAfter, false);
    }

    /// <summary>Reads up to <see cref="ReasonBytes"/> of the answer (to its end when shorter, so the connection is reused).</summary>
    private static async ValueTask<int> ReadStartAsync(HttpContent content, byte[] buffer, CancellationToken token)
    {
        using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        var read = 0;
        int last;
        while (read < ReasonBytes && (last = await stream.ReadAsync(buffer.AsMemory(read, ReasonBytes - read), token).ConfigureAwait(false)) > 0)
            read += last;
        return read;
    }

    /// <summary>One line: control characters (newlines of an HTML page) become spaces.</summary>
    private static void Flatten(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] < ' ')
                text[i] = ' ';
        }
    }

    /// <summary>Removes the credential from text that came from outside (a vendor or proxy that echoes headers).</summary>
    internal static string Scrub(string text, string credential) =>
        credential.Length == 0 ? text : text.Replace(credential, "***", StringComparison.Ordinal);

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
        if (!response.Headers.NonValidated.Contains("Retry-After"))
            return null; // parsing the typed headers costs allocations: only when the vendor sent one
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}
