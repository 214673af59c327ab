using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Sandbox.Faults;
using MmpTyped.Sandbox.Hosting;
using MmpTyped.Sandbox.Inspection;
using MmpTyped.Sandbox.Limits;
using MmpTyped.Sandbox.Vendors;

namespace MmpTyped.Sandbox;

/// <summary>
/// A local stand-in for AppsFlyer S2S, Airbridge (in-app and in-web) and Affise: a real Kestrel server on
/// the vendors' own paths and authentication, which answers as the vendor does and records what the vendor
/// would have done with each request (recorded, or silently dropped and why). Inspect it from .NET
/// (<see cref="Events"/>, <see cref="InjectFault"/>) or over HTTP under <c>/_sandbox/</c>.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await MmpSandbox.StartAsync(new MmpSandboxOptions
/// {
///     AppsFlyerS2SKey = "af-key", AirbridgeApiToken = "ab-token", AffiseApiKey = "affise-key",
/// });
/// // POST sandbox.BaseAddress + "inappevent/id123456789" ...
/// var dropped = sandbox.Events.Where(e => e.Outcome == SandboxOutcomes.Dropped);
/// </code>
/// </example>
public sealed class MmpSandbox : IAsyncDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly WebApplication _app;
    private readonly SandboxContext _context;
    private readonly ILogger _logger;

    private MmpSandbox(WebApplication app, SandboxContext context, ILogger logger, Uri baseAddress)
    {
        _app = app;
        _context = context;
        _logger = logger;
        BaseAddress = baseAddress;
    }

    /// <summary>Where the sandbox listens, with a trailing slash: <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Every request received so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<SandboxEvent> Events => _context.Events.Snapshot();

    /// <summary>Starts a sandbox and returns once it accepts connections.</summary>
    /// <exception cref="OptionsValidationException">A setting is missing or out of range; the message names it (for example <c>MmpTyped:AppsFlyer:S2SKey</c>).</exception>
    /// <exception cref="System.IO.IOException">The address is in use.</exception>
    public static async Task<MmpSandbox> StartAsync(MmpSandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new OptionsValidationException(nameof(MmpSandboxOptions), typeof(MmpSandboxOptions), problems);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Bodies over MaxBodyBytes are answered 413 after being read and thrown away up to this limit;
            // beyond it Kestrel closes the connection.
            kestrel.Limits.MaxRequestBodySize = Math.Max(64L * 1024 * 1024, options.MaxBodyBytes * 4L);
        });
        builder.WebHost.UseUrls(options.Url);
        builder.Services.AddRoutingCore();
        options.ConfigureLogging?.Invoke(builder.Logging);
        // ASP.NET Core's own request logs print URLs, and an Affise key may sit in a query string.
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

        var app = builder.Build();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(SandboxLog.Category);
        var context = new SandboxContext(options.TimeProvider);
        var handler = new VendorRequestHandler(context, options.MaxBodyBytes, logger);
        var airbridgeLimit = new FixedWindowLimiter(options.AirbridgePermitsPerMinute, Minute, options.TimeProvider);
        VendorEndpoint[] endpoints =
        [
            new AppsFlyerEndpoint(options.AppsFlyerS2SKey!, new FixedWindowLimiter(options.AppsFlyerPermitsPerMinute, Minute, options.TimeProvider), context),
            // Airbridge states one quota for its S2S API; the sandbox counts in-app and in-web requests against it together.
            new AirbridgeEndpoint("airbridge.app", options.AirbridgeApiToken!, airbridgeLimit, context),
            new AirbridgeEndpoint("airbridge.web", options.AirbridgeApiToken!, airbridgeLimit, context),
            new AffiseEndpoint(options.AffiseApiKey!, context),
        ];

        app.UseRouting();
        foreach (var endpoint in endpoints)
            app.MapPost(endpoint.RoutePattern, http => handler.HandleAsync(http, endpoint));
        InspectionEndpoints.Map(app, context, logger);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.First();
        SandboxLog.Listening(logger, address);
        return new MmpSandbox(app, context, logger, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Forgets every request and every de-duplication key.</summary>
    public void ClearEvents() => InspectionEndpoints.ClearEvents(_context);

    /// <summary>Makes the next <see cref="SandboxFault.Count"/> requests to <see cref="SandboxFault.Vendor"/> fail as described.</summary>
    /// <exception cref="ArgumentException">The fault names an unknown vendor or a value out of range; the message names the field.</exception>
    public void InjectFault(SandboxFault fault)
    {
        var problem = SandboxFaultRules.Problem(fault);
        if (problem is not null)
            throw new ArgumentException(problem, nameof(fault));
        InspectionEndpoints.AddFault(_context, fault, _logger);
    }

    /// <summary>Removes the faults not used up yet.</summary>
    public void ClearFaults() => _context.Faults.Clear();

    /// <summary>Stops the server and waits until it has.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
