using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.AspNetCore.Logging;
using MmpTyped.AspNetCore.Security;
using MmpTyped.Outbox;

namespace MmpTyped.AspNetCore.Receiving;

/// <summary>
/// Answers one Push API request: source and token checked, the message read within its size limit, stored
/// in the inbox (quarantined with the parse error when it does not parse), and only then answered 200.
/// AppsFlyer never sends a message again, so nothing that reached this point is thrown away, and nothing is
/// claimed that is not committed: a store that fails gets 503.
/// </summary>
internal sealed class PushEndpointHandler
{
    private readonly IInboxStore _inbox;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly string _tokenHeader;
    private readonly TokenCheck _token;
    private readonly SourceAllowList _sources;
    private readonly int _maxBytes;

    public PushEndpointHandler(IInboxStore inbox, IOptions<AppsFlyerPushReceiverOptions> options, TimeProvider clock, ILogger<PushEndpointHandler> logger)
    {
        var settings = options.Value;
        _inbox = inbox;
        _clock = clock;
        _logger = logger;
        _tokenHeader = settings.TokenHeader;
        _token = new TokenCheck(settings.Token!);
        _sources = new SourceAllowList(settings.AllowedSources);
        _maxBytes = settings.MaxMessageBytes;
    }

    public async Task HandleAsync(HttpContext context) =>
        context.Response.StatusCode = await AnswerAsync(context).ConfigureAwait(false);

    private async Task<int> AnswerAsync(HttpContext context)
    {
        var request = context.Request;
        var remote = context.Connection.RemoteIpAddress;
        if (!_sources.Allows(remote))
        {
            ReceiverLog.SourceRefused(_logger, remote?.ToString() ?? "unknown");
            return StatusCodes.Status403Forbidden;
        }
        if (!_token.Matches(request.Headers[_tokenHeader]))
        {
            ReceiverLog.TokenRefused(_logger, _tokenHeader, request.Method);
            return StatusCodes.Status401Unauthorized;
        }

        var raw = await ReadMessageAsync(context).ConfigureAwait(false);
        if (raw is null)
        {
            ReceiverLog.TooLarge(_logger, request.Method, _maxBytes);
            return StatusCodes.Status413PayloadTooLarge;
        }

        var method = HttpMethods.IsGet(request.Method) ? "GET" : "POST";
        var parsed = AppsFlyerPushBody.TryParse(method, raw, out var message, out var parseError);
        var inboxMessage = new InboxMessage
        {
            Body = raw,
            Method = method,
            ReceivedAt = _clock.GetUtcNow(),
            Version = parsed ? AppsFlyerPushBody.VersionOf(message!) : null,
            ParseError = parseError,
        };
        InboxInsertResult stored;
        try
        {
            stored = await _inbox.InsertAsync(inboxMessage, context.RequestAborted).ConfigureAwait(false);
        }
        catch (MessageStoreException e)
        {
            ReceiverLog.StoreFailed(_logger, method, e);
            return StatusCodes.Status503ServiceUnavailable;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The sender went away: whether the row committed or not, there is no one to answer.
            return StatusCodes.Status503ServiceUnavailable;
        }

        if (!stored.Inserted)
            ReceiverLog.Duplicate(_logger, stored.Id, method);
        else if (parseError is not null)
            ReceiverLog.Quarantined(_logger, stored.Id, method, parseError);
        else
            ReceiverLog.Stored(_logger, stored.Id, method, inboxMessage.Version!);
        return StatusCodes.Status200OK;
    }

    private async Task<byte[]?> ReadMessageAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            var query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "";
            return Encoding.UTF8.GetByteCount(query) > _maxBytes ? null : Encoding.UTF8.GetBytes(query);
        }
        // Read up to the limit and no further; the rest of an oversize body is left to the server, which
        // discards it (within its own limit) so the 413 reaches the sender on an intact connection.
        return await BoundedBodyReader.ReadAsync(request.Body, request.ContentLength, _maxBytes, context.RequestAborted).ConfigureAwait(false);
    }
}
