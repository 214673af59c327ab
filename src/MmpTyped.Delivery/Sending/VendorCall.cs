using System;
using System.Buffers;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Delivery.Outcomes;
using MmpTyped.Delivery.Requests;

namespace MmpTyped.Delivery.Sending;

/// <summary>What one HTTP attempt came to.</summary>
/// <param name="Outcome">Its classification.</param>
/// <param name="Status">The HTTP status, or null when no answer came.</param>
/// <param name="Reason">The raw status and the first bytes of the answer (or the failure), scrubbed of the credential.</param>
/// <param name="RetryAfter">The vendor's <c>Retry-After</c>, when it sent one.</param>
/// <param name="NeverSent">True when the connection never opened, so the vendor cannot have the event.</param>
internal sealed record Attempt(MmpDeliveryOutcome Outcome, int? Status, string? Reason, TimeSpan? RetryAfter, bool NeverSent);

/// <summary>
/// One POST of a prepared body to a vendor, turned into an <see cref="Attempt"/>: whatever comes back (HTML from a
/// proxy, an empty body, a reset, a timeout) is an outcome with the raw status and the first bytes, never an exception.
/// </summary>
internal static class VendorCall
{
    /// <summary>How much of an answer is kept as its reason.</summary>
    private const int ReasonBytes = 256;

    public static async Task<Attempt> SendAsync(HttpClient client, MmpRoute route, Uri url, ReadOnlyMemory<byte> body, string credential,
        TimeProvider time, CancellationToken attemptToken, CancellationToken callerToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ReadOnlyMemoryContent(body) };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (route.IsBearer)
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        else
            message.Headers.TryAddWithoutValidation(route.AuthHeader, credential);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, attemptToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var delivered = route.Vendor == MmpVendor.AppsFlyer && status is >= 200 and < 300;
            var start = delivered ? "" : await ReadStartAsync(response.Content, attemptToken).ConfigureAwait(false);
            var outcome = ResponseClassifier.Classify(route.Vendor, status, response.Content.Headers.ContentType?.MediaType, start);
            var reason = outcome is MmpDeliveryOutcome.Delivered or MmpDeliveryOutcome.DeliveredUnverifiable
                ? null
                : Scrub(start.Length == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"HTTP {status} (empty body)")
                    : string.Create(CultureInfo.InvariantCulture, $"HTTP {status}: {start}"), credential);
            return new Attempt(outcome, status, reason, RetryAfterOf(response, time), false);
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
    }

    private static async Task<string> ReadStartAsync(HttpContent content, CancellationToken token)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReasonBytes);
        try
        {
            using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
            var read = 0;
            int last;
            while (read < ReasonBytes && (last = await stream.ReadAsync(buffer.AsMemory(read, ReasonBytes - read), token).ConfigureAwait(false)) > 0)
                read += last;
            if (read == 0)
                return "";
            var text = Encoding.UTF8.GetString(buffer, 0, read);
            return Flatten(text);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One line: control characters (newlines of an HTML page) become spaces.</summary>
    private static string Flatten(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\0', '\x1f'))
            return text.Trim();
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] < ' ' ? ' ' : source[i];
        }).Trim();
    }

    /// <summary>Removes the credential from text that came from outside (a vendor or proxy that echoes headers).</summary>
    internal static string Scrub(string text, string credential) =>
        credential.Length == 0 ? text : text.Replace(credential, "***", StringComparison.Ordinal);

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
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
