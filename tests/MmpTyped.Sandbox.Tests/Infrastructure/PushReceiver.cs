using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>What the receiver got in one request.</summary>
internal sealed record ReceivedPush(string Method, IReadOnlyDictionary<string, string> Query, string? Token, string? ContentType, string Body);

/// <summary>A small real Kestrel receiver on 127.0.0.1 for <c>/appsflyer/push</c> that keeps every request and answers a chosen status.</summary>
internal sealed class PushReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PushReceiver(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public ConcurrentQueue<ReceivedPush> Received { get; } = new();

    public int AnswerStatus { get; set; } = 200;

    public static async Task<PushReceiver> StartAsync(string tokenHeader)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        PushReceiver? receiver = null;
        app.UseRouting();
        app.MapMethods("/appsflyer/push", ["GET", "POST"], async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            receiver!.Received.Enqueue(new ReceivedPush(
                http.Request.Method,
                http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString()),
                http.Request.Headers.TryGetValue(tokenHeader, out var token) ? token.ToString() : null,
                http.Request.ContentType,
                body));
            http.Response.StatusCode = receiver.AnswerStatus;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        receiver = new PushReceiver(app, new Uri(address + "/appsflyer/push"));
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
