using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Sandbox.Push;

/// <summary>What one message got: the status, or why there was none.</summary>
/// <param name="Message">The message sent.</param>
/// <param name="Status">The HTTP status answered; null when the request failed without an answer.</param>
/// <param name="Error">Why there was no answer (connection refused, timeout); null when there was one.</param>
public sealed record PushApiResult(PushApiMessage Message, int? Status, string? Error)
{
    /// <summary>Whether the receiver answered 2xx.</summary>
    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>
/// Plays AppsFlyer's Push API sender: each message once, by POST as a JSON body or by GET as a query
/// string in which every value is a string (null and empty values are left out, as AppsFlyer leaves them
/// out), with the receiver's token header. AppsFlyer does not resend a message the receiver failed to
/// take, so neither does this: one request per message, whatever the answer.
/// </summary>
/// <param name="client">The client to send with; it must not retry (a plain <see cref="HttpClient"/> does not).</param>
public sealed class PushApiSender(HttpClient client)
{
    /// <summary>Sends one message.</summary>
    /// <param name="to">The receiver's URL.</param>
    /// <param name="method"><see cref="HttpMethod.Post"/> or <see cref="HttpMethod.Get"/>.</param>
    /// <param name="message">The message.</param>
    /// <param name="tokenHeader">The header that carries the token (AppsFlyer: <c>Authorization</c> or <c>X-…</c>), or null for none.</param>
    /// <param name="token">The token; never written anywhere but that header.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<PushApiResult> SendAsync(Uri to, HttpMethod method, PushApiMessage message, string? tokenHeader, string? token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(message);
        using var request = method == HttpMethod.Get
            ? new HttpRequestMessage(HttpMethod.Get, WithQuery(to, message.Json))
            : new HttpRequestMessage(HttpMethod.Post, to) { Content = new StringContent(message.Json, Encoding.UTF8, "application/json") };
        if (tokenHeader is not null && token is not null)
            request.Headers.TryAddWithoutValidation(tokenHeader, token);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            return new PushApiResult(message, (int)response.StatusCode, null);
        }
        catch (HttpRequestException e)
        {
            return new PushApiResult(message, null, e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new PushApiResult(message, null, $"no answer within {client.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
    }

    /// <summary>The URL with the message's members as query parameters, every value a string, as AppsFlyer's GET sends them.</summary>
    public static Uri WithQuery(Uri to, string json)
    {
        ArgumentNullException.ThrowIfNull(to);
        var query = new StringBuilder(to.Query.Length > 1 ? to.Query[1..] : "");
        foreach (var (name, value) in QueryValues(json))
        {
            if (query.Length > 0)
                query.Append('&');
            query.Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
        }
        return new UriBuilder(to) { Query = query.ToString() }.Uri;
    }

    /// <summary>Each top-level member as text: strings as they are, numbers and booleans as written, objects and arrays as their JSON; null and empty left out.</summary>
    public static IEnumerable<KeyValuePair<string, string>> QueryValues(string json)
    {
        using var document = JsonDocument.Parse(json);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var member in document.RootElement.EnumerateObject())
        {
            var text = member.Value.ValueKind switch
            {
                JsonValueKind.String => member.Value.GetString()!,
                JsonValueKind.Null => "",
                _ => member.Value.GetRawText(),
            };
            if (text.Length > 0)
                values.Add(new(member.Name, text));
        }
        return values;
    }
}
