using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>
/// <c>mmptyped sandbox</c> as a real, long-running process: started with arguments and environment
/// variables, its first stdout line read, then stopped with SIGINT as Ctrl+C would stop it.
/// </summary>
internal sealed class SandboxProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private SandboxProcess(Process process) => _process = process;

    public string Stderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    public static SandboxProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(MmpTyped.Cli.Tests.CliProcess.CliDll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var name in new[] { "MmpTyped__AppsFlyer__S2SKey", "MmpTyped__Airbridge__ApiToken", "MmpTyped__Affise__ApiKey" })
            start.Environment.Remove(name);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var sandbox = new SandboxProcess(Process.Start(start)!);
        sandbox._process.ErrorDataReceived += (_, e) =>
        {
            lock (sandbox._stderr)
                sandbox._stderr.AppendLine(e.Data);
        };
        sandbox._process.BeginErrorReadLine();
        return sandbox;
    }

    /// <summary>The first line on stdout (the address), or null when the process ended without one.</summary>
    public async Task<string?> FirstLineAsync()
    {
        using var deadline = new CancellationTokenSource(Patience);
        return await _process.StandardOutput.ReadLineAsync(deadline.Token);
    }

    /// <summary>Sends SIGINT (what Ctrl+C sends) and waits for the exit code.</summary>
    public async Task<int> InterruptAsync()
    {
        using (var kill = Process.Start("kill", ["-s", "INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        return await ExitCodeAsync();
    }

    public async Task<int> ExitCodeAsync()
    {
        using var deadline = new CancellationTokenSource(Patience);
        await _process.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
