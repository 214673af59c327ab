using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Testing;

namespace MmpTyped.AspNetCore.Tests.Infrastructure;

/// <summary>The built <c>mmptyped</c> run as a real process: to completion, or left running (the receiver).</summary>
internal static class Mmptyped
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IEnumerable<string> args, int timeoutSeconds = 120)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'mmptyped {string.Join(' ', args)}' did not exit within {timeoutSeconds} s.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts a long-running command and returns once it printed its first line (the address).</summary>
    public static async Task<(Process Process, string FirstLine)> StartAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var start = StartInfo(args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        process.BeginErrorReadLine();
        var firstLine = process.StandardOutput.ReadLineAsync();
        if (await Task.WhenAny(firstLine, Task.Delay(TimeSpan.FromSeconds(60))) != firstLine || await firstLine is not { } line)
        {
            process.Kill(entireProcessTree: true);
            string errors;
            lock (stderr)
                errors = stderr.ToString();
            throw new InvalidOperationException($"'mmptyped {string.Join(' ', args)}' printed no address: {errors}");
        }
        return (process, line);
    }

    private static ProcessStartInfo StartInfo(IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliLocation.Dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        return start;
    }
}
