using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Airbridge;
using MmpTyped.Delivery;
using MmpTyped.Sandbox;

namespace MmpTyped.Benchmarks.Benchmarks;

/// <summary>
/// One Airbridge in-app event sent to the in-process vendor sandbox (Kestrel on 127.0.0.1): through
/// <see cref="MmpDeliveryClient"/> (validate, serialize, rate-limit permit, POST, classify, metrics and logs), against a raw
/// <see cref="HttpClient.PostAsync(Uri, HttpContent)"/> of the same bytes with the same headers to the same sandbox. The
/// sandbox's own work (it reads, validates and records each event) is in both; the difference is the client's.
/// Allocation is process-wide, so it includes the sandbox's side of each request, the same for both (its event log
/// grows by one event per call in both).
/// </summary>
public class DeliveryBenchmarks
{
    private const string Token = "benchmark-airbridge-token";

    private MmpSandbox _sandbox = null!;
    private ServiceProvider _services = null!;
    private MmpDeliveryClient _client = null!;
    private HttpClient _raw = null!;
    private Uri _url = null!;
    private byte[] _body = [];
    private AirbridgeAppEvent _event = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sandbox = MmpSandbox.StartAsync(new MmpSandboxOptions
        {
            AppsFlyerS2SKey = "af",
            AirbridgeApiToken = Token,
            AffiseApiKey = "affise",
            AirbridgePermitsPerMinute = int.MaxValue,
        }).GetAwaiter().GetResult();
        _services = new ServiceCollection().AddMmpDelivery(o =>
        {
            o.Airbridge.ApiToken = Token;
            o.Airbridge.BaseUrl = _sandbox.BaseAddress;
            o.Airbridge.PermitsPerMinute = int.MaxValue;
        }).BuildServiceProvider();
        _client = _services.GetRequiredService<MmpDeliveryClient>();
        _event = new AirbridgeAppEvent
        {
            EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
            User = new AirbridgeUser { ExternalUserID = "19443" },
            App = new AirbridgeApp { PackageName = "com.example.shop" },
            EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed", Value = 159990m } },
        };
        _body = MmpJson.SerializeToUtf8Bytes(_event);
        _url = new Uri(_sandbox.BaseAddress, "events/v1/apps/exampleshop/mobile-app/9360");
        _raw = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) });

        if (RawPost().GetAwaiter().GetResult() != 200 || Client().GetAwaiter().GetResult() != MmpDeliveryOutcome.Delivered)
            throw new InvalidOperationException("The sandbox did not accept the benchmark's event.");
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawPost()
    {
        using var content = new ByteArrayContent(_body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = await _raw.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (int)response.StatusCode;
    }

    [Benchmark]
    public async Task<MmpDeliveryOutcome> Client() => (await _client.SendAsync(_event, "exampleshop")).Outcome;

    [GlobalCleanup]
    public void Cleanup()
    {
        _raw.Dispose();
        _services.Dispose();
        _sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
