using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real receiver: Kestrel on 127.0.0.1 with an OS-chosen port, the token settings from configuration,
/// <c>MapAppsFlyerPush</c> on a real store, and (when given) a handler with its worker.
/// </summary>
internal sealed class ReceiverHost : IAsyncDisposable
{
    public const string TokenHeader = "X-Push-Token";
    public const string Token = "s3cret-push_token.v1";
    public const string Path = "/appsflyer/push";

    private readonly WebApplication _app;

    private ReceiverHost(WebApplication app, Uri url, LogSink logs)
    {
        _app = app;
        Url = url;
        Logs = logs;
    }

    public Uri Url { get; }

    public LogSink Logs { get; }

    public IServiceProvider Services => _app.Services;

    public IInboxStore Inbox => _app.Services.GetRequiredService<IInboxStore>();

    public static async Task<ReceiverHost> StartAsync(
        TestStore store,
        Action<AppsFlyerPushReceiverOptions>? configure = null,
        Action<IServiceCollection>? services = null,
        IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["MmpTyped:PushApi:TokenHeader"] = TokenHeader,
            ["MmpTyped:PushApi:Token"] = Token,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new LogSink();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Debug).AddProvider(logs);
        var location = StoreLocation.Parse(store.Store);
        if (location.Kind == StoreKind.Sqlite)
            builder.Services.AddMmpTypedSqliteStore(location.Target);
        else
            builder.Services.AddMmpTypedPostgreSqlStore(location.Target);
        builder.Services.AddAppsFlyerPushReceiver(configure);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapAppsFlyerPush(Path);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReceiverHost(app, new Uri(address.TrimEnd('/') + Path), logs);
    }

    /// <summary>A request to the endpoint with the right token (or the one given; null sends none).</summary>
    public HttpRequestMessage Request(HttpMethod method, string? token = Token, Uri? url = null)
    {
        var request = new HttpRequestMessage(method, url ?? Url);
        if (token is not null)
            request.Headers.TryAddWithoutValidation(TokenHeader, token);
        return request;
    }

    public async Task<IReadOnlyList<InboxRow>> RowsAsync() => await Inbox.ListAsync(0, 100_000);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Every log line written, to check what is (and is not) in them.</summary>
internal sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category} [{eventId.Id}] {formatter(state, exception)} {exception}");
    }
}
