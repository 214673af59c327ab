using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.AspNetCore;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped receive --urls URL --store STORE [--config FILE] [--path PATH]</c>: the Push API receiver as a
/// process, until Ctrl+C or SIGTERM. The first line on stdout is the address it listens on. Every message
/// with the right token is committed to the store's inbox before it is answered 200; the token settings
/// (<c>MmpTyped:PushApi:TokenHeader</c>, <c>MmpTyped:PushApi:Token</c>) come from the JSON file given with
/// <c>--config</c>, then environment variables (<c>MmpTyped__PushApi__Token</c>), which win. Kestrel's
/// request-line and header limits are raised to let through a GET message as long as <c>MaxMessageBytes</c>. It only stores:
/// an application with an <c>IAppsFlyerPushHandler</c> handles what it stored.
/// </summary>
internal static class ReceiveCommand
{
    public const string Usage = "receive --urls URL " + StoreArguments.Store + " [--config FILE] [--path PATH]";

    public static int Run(string[] args, CliStreams io) => RunAsync(args, io).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args, CliStreams io)
    {
        if (!TryParse(args, out var values, out var problem))
        {
            io.Problem($"receive: {problem}. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }
        StoreLocation store;
        try
        {
            store = StoreLocation.Parse(values["--store"]);
        }
        catch (FormatException e)
        {
            io.Problem($"receive: {e.Message}");
            return ExitCodes.Usage;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        try
        {
            builder.Configuration.AddConfiguration(SandboxCommand.BuildConfiguration(values.GetValueOrDefault("--config")));
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException or IOException)
        {
            io.Problem($"receive: cannot read the configuration '{values["--config"]}': {e.Message}");
            return ExitCodes.Unreadable;
        }
        builder.WebHost.UseUrls(values["--urls"]);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Warning)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        if (store.Kind == StoreKind.Sqlite)
            builder.Services.AddMmpTypedSqliteStore(store.Target);
        else
            builder.Services.AddMmpTypedPostgreSqlStore(store.Target);
        builder.Services.AddAppsFlyerPushReceiver();
        // A GET message travels in the request line: Kestrel must let through what the receiver accepts.
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<AppsFlyerPushReceiverOptions>>(
            static (kestrel, push) => kestrel.Limits.AllowAppsFlyerPushMessages(push.Value.MaxMessageBytes));

        await using var app = builder.Build();
        try
        {
            app.MapAppsFlyerPush(values.GetValueOrDefault("--path") ?? AppsFlyerPushEndpointExtensions.DefaultPattern);
            await app.StartAsync();
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                io.Problem("receive: " + failure);
            return ExitCodes.Usage;
        }
        catch (MessageStoreException e)
        {
            io.Problem($"receive: {e.Message}");
            return ExitCodes.Unreadable;
        }
        catch (IOException e)
        {
            io.Problem($"receive: cannot listen on {values["--urls"]}: {e.Message}");
            return ExitCodes.Unreadable;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        io.Stdout.WriteLine(address.TrimEnd('/'));
        io.Stdout.Flush();
        await SandboxCommand.WaitForStopSignalAsync();
        await app.StopAsync();
        return ExitCodes.Ok;
    }

    private static bool TryParse(string[] args, out Dictionary<string, string> values, out string? problem)
    {
        values = [];
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is not ("--urls" or "--store" or "--config" or "--path"))
            {
                problem = $"unknown argument '{option}'";
                return false;
            }
            if (i + 1 == args.Length)
            {
                problem = $"missing the value after {option}";
                return false;
            }
            if (!values.TryAdd(option, args[++i]))
            {
                problem = $"{option} given more than once";
                return false;
            }
        }
        problem = !values.ContainsKey("--urls") ? "missing --urls" : !values.ContainsKey("--store") ? "missing --store (sqlite:PATH or postgresql:CONNECTION-STRING)" : null;
        return problem is null;
    }
}
