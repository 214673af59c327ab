using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>Debian's headless <c>chromium</c> (installed by <c>.ci/run</c>), used to load the sandbox's page as a browser does.</summary>
internal static class Chromium
{
    public const string ExpectedPath = "/usr/bin/chromium";

    public static string? Path => File.Exists(ExpectedPath) ? ExpectedPath : null;

    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads <paramref name="url"/>, runs the page, and returns the DOM as serialised after the load event.</summary>
    public static async Task<string> DumpDomAsync(Uri url)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException($"chromium is not installed at {ExpectedPath}."))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--dump-dom", url.ToString() })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish loading {url} within 60 s. stderr: {await stderr}");
        }
        var dom = await stdout;
        if (process.ExitCode != 0 || dom.Length == 0)
            throw new InvalidOperationException($"chromium exited {process.ExitCode} without a DOM. stderr: {await stderr}");
        return dom;
    }
}

/// <summary>
/// A test that needs chromium. Without it the test is skipped with a message saying how to install it,
/// except under <c>CI=true</c>, where it runs and fails: CI must not pass without the browser check.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.UnderCi)
            Skip = $"chromium is not installed at {Chromium.ExpectedPath} (apt-get install -y chromium); .ci/run installs it, and under CI=true this test fails without it.";
    }
}
