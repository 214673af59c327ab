using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Sandbox.Push;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped sandbox push --to URL [--method GET|POST] [--token-header NAME --token VALUE] FILE|DIR...</c>:
/// sends each AppsFlyer Push API message once, as AppsFlyer does, and prints one line per message with the
/// status it got. Exit 0 when every message got 2xx, 1 when one did not, 2 for bad usage or unreadable input
/// (then nothing is sent).
/// </summary>
internal static class SandboxPushCommand
{
    public const string Usage = "sandbox push --to URL [--method GET|POST] [--token-header NAME --token VALUE] FILE|DIR...";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static int Run(string[] args, CliStreams io) => RunAsync(args, io).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args, CliStreams io)
    {
        if (!TryParse(args, out var arguments, out var problem))
        {
            io.Problem($"sandbox push: {problem}. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }

        IReadOnlyList<PushApiMessage> messages;
        try
        {
            messages = PushApiMessage.Load(arguments.Paths);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            io.Problem("sandbox push: " + e.Message);
            return ExitCodes.Unreadable;
        }

        using var services = new ServiceCollection()
            .AddHttpClient(nameof(SandboxPushCommand), client => client.Timeout = Timeout).Services
            .BuildServiceProvider();
        var sender = new PushApiSender(services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SandboxPushCommand)));
        var allSucceeded = true;
        foreach (var message in messages)
        {
            var result = await sender.SendAsync(arguments.To, arguments.Method, message, arguments.TokenHeader, arguments.Token);
            allSucceeded &= result.Succeeded;
            io.Stdout.WriteLine(result.Status is int status
                ? $"{message.Source} {arguments.Method} {status} {Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status)}".TrimEnd()
                : $"{message.Source} {arguments.Method} failed: {result.Error}");
            io.Stdout.Flush();
        }
        return allSucceeded ? ExitCodes.Ok : ExitCodes.Invalid;
    }

    private sealed record Arguments(Uri To, HttpMethod Method, string? TokenHeader, string? Token, IReadOnlyList<string> Paths);

    private static bool TryParse(string[] args, out Arguments arguments, out string? problem)
    {
        arguments = null!;
        string? to = null, method = null, tokenHeader = null, token = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                paths.Add(arg);
                continue;
            }
            if (arg is not ("--to" or "--method" or "--token-header" or "--token"))
                return Fail($"unknown option '{arg}'", out problem);
            if (i + 1 == args.Length)
                return Fail($"missing the value after {arg}", out problem);
            var value = args[++i];
            switch (arg)
            {
                case "--to": to = value; break;
                case "--method": method = value; break;
                case "--token-header": tokenHeader = value; break;
                default: token = value; break;
            }
        }
        if (to is null)
            return Fail("missing --to URL", out problem);
        if (!Uri.TryCreate(to, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return Fail($"--to must be an absolute http(s) URL; it is '{to}'", out problem);
        var verb = (method ?? "POST").ToUpperInvariant() switch
        {
            "POST" => HttpMethod.Post,
            "GET" => HttpMethod.Get,
            _ => null,
        };
        if (verb is null)
            return Fail($"--method must be GET or POST; it is '{method}'", out problem);
        if ((tokenHeader is null) != (token is null))
            return Fail("--token-header and --token go together", out problem);
        if (paths.Count == 0)
            return Fail("missing the message files or folders", out problem);
        arguments = new Arguments(url, verb, tokenHeader, token, paths);
        problem = null;
        return true;
    }

    private static bool Fail(string message, out string? problem)
    {
        problem = message;
        return false;
    }
}
