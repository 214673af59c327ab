using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Testing;

namespace MmpTyped.Cli.Tests;

/// <summary>Runs the built <c>mmptyped</c> as a real process, the way a user or a script does.</summary>
internal static class CliProcess
{
    /// <summary>How long a run may take before it counts as a hang: generous, the CLI answers in well under a second.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The path of the built <c>MmpTyped.Cli.dll</c> that <c>dotnet</c> runs.</summary>
    public static string CliDll => CliLocation.Dll;

    /// <summary>
    /// Runs <c>mmptyped</c> with <paramref name="args"/>, feeding <paramref name="stdin"/> (nothing when null)
    /// to its standard input. Throws <see cref="TimeoutException"/>, after killing it, if it has not
    /// exited within <paramref name="timeout"/> (<see cref="DefaultTimeout"/> when null).
    /// </summary>
    public static async Task<CliResult> RunAsync(string[] args, byte[]? stdin = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);

        var limit = timeout ?? DefaultTimeout;
        using var process = Process.Start(start)!;
        using var deadline = new CancellationTokenSource(limit);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var writing = WriteStdinAsync(process, stdin);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'mmptyped {string.Join(' ', args)}' did not exit within {limit.TotalSeconds} s.");
        }
        await writing;
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    private static async Task WriteStdinAsync(Process process, byte[]? bytes)
    {
        try
        {
            if (bytes is not null)
                await process.StandardInput.BaseStream.WriteAsync(bytes);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The CLI exited without reading all its input (a usage error, for one): its exit code tells what happened.
        }
    }
}

/// <summary>What a run of <c>mmptyped</c> left behind.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The lines written to stdout, without line ends.</summary>
    public string[] StdoutLines => Lines(Stdout);

    /// <summary>The lines written to stderr, without line ends.</summary>
    public string[] StderrLines => Lines(Stderr);

    /// <summary>Everything, for assertion messages.</summary>
    public override string ToString() => $"exit {ExitCode}\nstdout: {Excerpt(Stdout)}\nstderr: {Excerpt(Stderr)}";

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');

    private static string Excerpt(string text) => text.Length <= 2000 ? text : text[..2000] + $"… ({text.Length} chars)";
}
