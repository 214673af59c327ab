using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>Starts a real sandbox on a free 127.0.0.1 port, with the test keys, and sends requests to it the way each vendor expects them.</summary>
internal static class TestSandbox
{
    public static Task<MmpSandbox> StartAsync(Action<MmpSandboxOptions>? configure = null)
    {
        var options = new MmpSandboxOptions
        {
            AppsFlyerS2SKey = Keys.AppsFlyer,
            AirbridgeApiToken = Keys.Airbridge,
            AffiseApiKey = Keys.Affise,
        };
        configure?.Invoke(options);
        return MmpSandbox.StartAsync(options);
    }

    public static HttpClient Client(MmpSandbox sandbox) => new() { BaseAddress = sandbox.BaseAddress };

    public static Task<HttpResponseMessage> AppsFlyerAsync(this HttpClient client, string appId, string json, string? key = Keys.AppsFlyer) =>
        client.SendAsync(Request($"inappevent/{appId}", Encoding.UTF8.GetBytes(json), key is null ? null : ("authentication", key)));

    public static Task<HttpResponseMessage> AirbridgeAppAsync(this HttpClient client, string json, string app = "shop", string? token = Keys.Airbridge) =>
        client.SendAsync(Request($"events/v1/apps/{app}/mobile-app/9360", Encoding.UTF8.GetBytes(json), token is null ? null : ("Authorization", "Bearer " + token)));

    public static Task<HttpResponseMessage> AirbridgeWebAsync(this HttpClient client, string json, string app = "shop", string? token = Keys.Airbridge) =>
        client.SendAsync(Request($"events/v1/apps/{app}/web/9320", Encoding.UTF8.GetBytes(json), token is null ? null : ("Authorization", "Bearer " + token)));

    public static Task<HttpResponseMessage> AffiseAsync(this HttpClient client, string json, string? key = Keys.Affise) =>
        client.SendAsync(Request("v1/external_data/add_event", Encoding.UTF8.GetBytes(json), key is null ? null : ("Authorization", "Bearer " + key)));

    public static HttpRequestMessage Request(string path, byte[] body, (string Name, string Value)? header)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (header is var (name, value))
            request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }
}
