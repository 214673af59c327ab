using System;
using System.IO;
using System.Text.Json;
using MmpTyped.Benchmarks.Baselines;
using MmpTyped.Benchmarks.Benchmarks;

namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// Runs every benchmark's setup check without timing anything (each throws if its contestants do not
/// agree), and lists the Push V1 examples System.Text.Json cannot read without a custom converter.
/// </summary>
internal static class SetupChecks
{
    public static int Run()
    {
        Check("AppsFlyerSerialize", () => new AppsFlyerSerialize().Setup());
        Check("AirbridgeSerialize", () => new AirbridgeSerialize().Setup());
        Check("AirbridgeWebSerialize", () => new AirbridgeWebSerialize().Setup());
        Check("AffiseSerialize", () => new AffiseSerialize().Setup());
        Check("AppsFlyerParse", () => new AppsFlyerParse().Setup());
        Check("AirbridgeParse", () => new AirbridgeParse().Setup());
        Check("AirbridgeWebParse", () => new AirbridgeWebParse().Setup());
        Check("AffiseParse", () => new AffiseParse().Setup());
        Check("PushV2Parse", () => new PushV2Parse().Setup());
        Check("PushV1Parse", () => new PushV1Parse().Setup());
        foreach (var schema in new[] { "appsflyer.s2s", "airbridge.app", "airbridge.web", "affise.s2s" })
            Check("Validate " + schema, () => new ValidateBenchmarks { Schema = schema }.Setup());
        Check("GeneratorBenchmarks", () => new GeneratorBenchmarks().Setup());

        Console.WriteLine();
        Console.WriteLine("Push V1 examples System.Text.Json (source generation, AppsFlyerPushV1Payload) reads:");
        foreach (var path in Examples.All("appsflyer.push.v1"))
            Console.WriteLine($"  {Path.GetFileName(path)}: {TryStj(path)}");
        Console.WriteLine();
        Console.WriteLine(s_failures == 0 ? "All setup checks passed." : $"{s_failures} setup check(s) FAILED.");
        return s_failures == 0 ? 0 : 1;
    }

    private static int s_failures;

    private static void Check(string name, Action setup)
    {
        try
        {
            setup();
            Console.WriteLine($"ok   {name}");
        }
        catch (Exception e)
        {
            s_failures++;
            Console.WriteLine($"FAIL {name}: {e.Message}");
        }
    }

    private static string TryStj(string path)
    {
        try
        {
            JsonSerializer.Deserialize(File.ReadAllBytes(path), BaselineJsonContext.Default.AppsFlyerPushV1Payload);
            return "read";
        }
        catch (JsonException e)
        {
            return $"cannot read: {e.Path} ({FirstLine(e.Message)})";
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }
}
