using System;
using System.IO;
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
using MmpTyped.AspNetCore;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Sqlite;
using MmpTyped.Sandbox.Push;

namespace MmpTyped.Demo.PushReceiving;

/// <summary>
/// The Push API receiver, offline: an endpoint on 127.0.0.1 storing into a SQLite file, fed by the sandbox's
/// AppsFlyer sender (one V2.0 message by POST, one V1.0 message by GET); then what the inbox holds.
/// </summary>
internal static class PushReceiverDemo
{
    private const string Token = "demo-push-token";

    private const string V2Message = """
        {"api_version":"2.0","app_id":"id1217828636","appsflyer_id":"1547985076649-5309999","event_name":"af_purchase","event_time":"2026-11-22 09:28:00.000","event_value":"{\"af_revenue\":159990,\"af_currency\":\"KRW\"}","media_source":"organic","platform":"ios","is_retargeting":false}
        """;

    private const string V1Message = """
        {"app_id":"com.example.shop","appsflyer_device_id":"1547985076649-1234567","event_type":"in-app-event","event_name":"af_subscribe","event_time":"2026-11-22 09:29:00","event_value":"{\"af_revenue\":9900}","media_source":"googleadwords_int","platform":"android","is_retargeting":"false"}
        """;

    public static async Task RunAsync()
    {
        Console.WriteLine("== Push API receiver: AppsFlyer's sender (sandbox) -> MapAppsFlyerPush -> SQLite inbox");
        var folder = Path.Combine(Path.GetTempPath(), "mmptyped-demo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration.AddInMemoryCollection([new("MmpTyped:PushApi:TokenHeader", "X-Push-Token"), new("MmpTyped:PushApi:Token", Token)]);
            builder.Services.AddMmpTypedSqliteStore(Path.Combine(folder, "inbox.db"));
            builder.Services.AddAppsFlyerPushReceiver();
            await using var app = builder.Build();
            app.MapAppsFlyerPush("/appsflyer/push");
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var url = new Uri(address.TrimEnd('/') + "/appsflyer/push");

            using var client = new HttpClient();
            var sender = new PushApiSender(client);
            foreach (var (method, json) in new[] { (HttpMethod.Post, V2Message), (HttpMethod.Get, V1Message) })
            {
                var result = await sender.SendAsync(url, method, new PushApiMessage("demo", json.Trim()), "X-Push-Token", Token);
                Console.WriteLine($"sent by {method}: {result.Status}");
            }

            foreach (var row in await app.Services.GetRequiredService<IInboxStore>().ListAsync(0, 10))
            {
                AppsFlyerPushBody.TryParse(row.Method, row.Body.Span, out var message, out _);
                Console.WriteLine($"inbox row {row.Id}: {row.Method} {row.Version} {row.State.ToString().ToLowerInvariant()} "
                    + $"{message?.EventName} {message?.MediaSource} {message?.AppsflyerId} {message?.TypedEventValue.AfRevenue}");
            }
            await app.StopAsync();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        Console.WriteLine();
    }
}
