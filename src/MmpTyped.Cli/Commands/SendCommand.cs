using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped send --schema &lt;id&gt; [--app-id &lt;id&gt; | --app-name &lt;name&gt;] [--config &lt;file&gt;] &lt;file|-&gt;</c>:
/// sends one payload with the delivery client and prints one line with its outcome (and one line per broken rule
/// when it refused to send). Settings come from the JSON file, then from environment variables such as
/// <c>MmpTyped__Airbridge__ApiToken</c>. Exit 0 delivered, 1 refused or rejected, 2 unreadable input or
/// configuration, 3 gave up (transient or throttled until the deadline, or expired).
/// </summary>
internal static class SendCommand
{
    public const string Usage = "send --schema <id> [--app-id <id> | --app-name <name>] [--config <file>] <file|->";

    public static int Run(string[] args, CliStreams io)
    {
        if (!TryTakeOptions(args, out var app, out var configFile, out var rest, out var problem))
        {
            io.Problem($"send: {problem}. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }
        var status = MessageInput.Read("send", rest, io, out var message);
        if (message is null)
            return status;

        try
        {
            using var services = Services(configFile);
            var client = services.GetRequiredService<MmpDeliveryClient>();
            var result = client.SendAsync(message, app).GetAwaiter().GetResult();
            io.Stdout.WriteLine(result.ToString());
            return ExitCodeOf(result.Outcome);
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or ArgumentException or FileNotFoundException or InvalidDataException or FormatException)
        {
            io.Problem($"send: {e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static int ExitCodeOf(MmpDeliveryOutcome outcome) => outcome switch
    {
        MmpDeliveryOutcome.Delivered or MmpDeliveryOutcome.DeliveredUnverifiable or MmpDeliveryOutcome.Duplicate => ExitCodes.Ok,
        MmpDeliveryOutcome.Refused or MmpDeliveryOutcome.Rejected => ExitCodes.Invalid,
        MmpDeliveryOutcome.ConfigurationError => ExitCodes.Unreadable,
        _ => ExitCodes.GaveUp,
    };

    private static ServiceProvider Services(string? configFile)
    {
        var services = new ServiceCollection();
        services.AddMmpDelivery(Configuration(configFile));
        return services.BuildServiceProvider();
    }

    /// <summary>The settings the delivery commands read: the JSON file, then <c>MmpTyped__*</c> environment variables, which win.</summary>
    internal static IConfiguration Configuration(string? configFile)
    {
        var configuration = new ConfigurationBuilder();
        if (configFile is not null)
            configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
        configuration.AddEnvironmentVariables();
        return configuration.Build();
    }

    /// <summary>Takes <c>--app-id</c>, <c>--app-name</c> and <c>--config</c> out of the arguments; the rest is the message input's.</summary>
    internal static bool TryTakeOptions(string[] args, out string? app, out string? configFile, out List<string> rest, out string? problem)
    {
        app = null;
        configFile = null;
        rest = [];
        problem = null;
        string? appOption = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is not ("--app-id" or "--app-name" or "--config"))
            {
                rest.Add(option);
                continue;
            }
            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"missing the value after {option}";
                return false;
            }
            var value = args[++i];
            if (option == "--config")
            {
                if (configFile is not null)
                {
                    problem = "--config given more than once";
                    return false;
                }
                configFile = value;
                continue;
            }
            if (appOption is not null)
            {
                problem = $"{option} and {appOption} both given: one app per send";
                return false;
            }
            appOption = option;
            app = value;
        }
        if (!rest.Contains("--schema"))
        {
            problem = "missing --schema <id>";
            return false;
        }
        return true;
    }
}
