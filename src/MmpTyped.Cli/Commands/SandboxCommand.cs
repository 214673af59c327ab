using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MmpTyped.Sandbox;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped sandbox [--urls URL] [--config FILE]</c>: runs the vendor sandbox until Ctrl+C (or SIGTERM).
/// The first line on stdout is the address it listens on; request logs go to stderr. Keys come from
/// configuration: the JSON file given with <c>--config</c>, then environment variables
/// (<c>MmpTyped__AppsFlyer__S2SKey</c>, ...), which win.
/// </summary>
internal static class SandboxCommand
{
    public const string Usage = "sandbox [--urls URL] [--config FILE]";

    public static int Run(string[] args, CliStreams io) => RunAsync(args, io).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args, CliStreams io)
    {
        if (!TryParse(args, out var urls, out var configFile, out var problem))
        {
            io.Problem($"sandbox: {problem}. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }

        MmpSandboxOptions options;
        try
        {
            options = MmpSandboxOptions.FromConfiguration(BuildConfiguration(configFile));
        }
        catch (Exception e) when (e is FileNotFoundException or InvalidDataException or FormatException or IOException)
        {
            io.Problem($"sandbox: cannot read the configuration '{configFile}': {e.Message}");
            return ExitCodes.Unreadable;
        }
        options.Url = urls ?? MmpSandboxOptions.DefaultUrl;
        options.ConfigureLogging = logging => logging
            .SetMinimumLevel(LogLevel.Information)
            .AddSimpleConsole(console => console.SingleLine = true)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);

        MmpSandbox sandbox;
        try
        {
            sandbox = await MmpSandbox.StartAsync(options);
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures)
                io.Problem("sandbox: " + failure);
            return ExitCodes.Usage;
        }
        catch (IOException e)
        {
            io.Problem($"sandbox: cannot listen on {options.Url}: {e.Message}");
            return ExitCodes.Unreadable;
        }

        await using (sandbox)
        {
            io.Stdout.WriteLine(sandbox.BaseAddress.ToString().TrimEnd('/'));
            io.Stdout.Flush();
            await WaitForStopSignalAsync();
        }
        return ExitCodes.Ok;
    }

    internal static IConfiguration BuildConfiguration(string? configFile)
    {
        var builder = new ConfigurationBuilder();
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
                throw new FileNotFoundException("no such file.");
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        return builder.AddEnvironmentVariables().Build();
    }

    internal static async Task WaitForStopSignalAsync()
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.TrySetResult();
        }
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        await stop.Task;
    }

    private static bool TryParse(string[] args, out string? urls, out string? configFile, out string? problem)
    {
        urls = null;
        configFile = null;
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var option = args[i];
            if (option is not ("--urls" or "--config"))
            {
                problem = $"unknown argument '{option}'";
                return false;
            }
            if (i + 1 == args.Length)
            {
                problem = $"missing the value after {option}";
                return false;
            }
            var value = args[++i];
            if (option == "--urls")
            {
                if (urls is not null)
                {
                    problem = "--urls given more than once";
                    return false;
                }
                urls = value;
            }
            else
            {
                if (configFile is not null)
                {
                    problem = "--config given more than once";
                    return false;
                }
                configFile = value;
            }
        }
        return true;
    }
}
