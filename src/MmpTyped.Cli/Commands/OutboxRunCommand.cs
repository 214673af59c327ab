using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Dispatch;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped outbox run --store STORE [--config FILE]</c>: the outbox dispatcher as a process of its own (the same
/// hosted service an application registers with <c>AddMmpOutboxDispatcher</c>). The first line on stdout says it runs;
/// logs go to stderr; SIGTERM or Ctrl+C stops it gracefully (sends in flight finish, the rest is released).
/// Settings: the JSON file, then <c>MmpTyped__*</c> environment variables (delivery and <c>MmpTyped:Outbox:*</c>).
/// </summary>
internal static class OutboxRunCommand
{
    public const string Usage = "outbox run " + StoreArguments.Store + " [--config <file>]";

    public static int Run(IMessageStore store, string storeText, IReadOnlyList<string> args, CliStreams io) =>
        RunAsync(store, storeText, args, io).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(IMessageStore store, string storeKind, IReadOnlyList<string> args, CliStreams io)
    {
        string? configFile = null;
        if (args is ["--config", var file])
            configFile = file;
        else if (args.Count > 0)
        {
            io.Problem($"outbox run: unexpected '{string.Join(' ', args)}'. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }

        IHost host;
        try
        {
            var configuration = SendCommand.Configuration(configFile);
            var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Logging.SetMinimumLevel(LogLevel.Information)
                .AddSimpleConsole(console => console.SingleLine = true)
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Services.AddMmpDelivery(configuration);
            builder.Services.AddMmpTypedStore(_ => store);
            builder.Services.AddMmpOutboxDispatcher(configuration);
            host = builder.Build();
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException)
        {
            io.Problem($"outbox run: cannot read the configuration '{configFile}': {e.Message}");
            return ExitCodes.Unreadable;
        }

        using (host)
        {
            try
            {
                await host.StartAsync();
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures)
                    io.Problem("outbox run: " + failure);
                return ExitCodes.Unreadable;
            }
            io.Stdout.WriteLine($"outbox run: dispatching from the {storeKind} store; Ctrl+C or SIGTERM stops");
            io.Stdout.Flush();
            await host.WaitForShutdownAsync();
        }
        return ExitCodes.Ok;
    }
}
