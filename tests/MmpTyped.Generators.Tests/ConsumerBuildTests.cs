using System;
using System.Diagnostics;
using System.IO;
using MmpTyped.Generators.Tests.Infrastructure;
using MmpTyped.Testing;
using Xunit.Abstractions;

namespace MmpTyped.Generators.Tests;

/// <summary>
/// The generator works where it matters: in a real <c>dotnet build</c> of a user's project
/// (tests/MmpTyped.Consumer) that adds it as an analyzer with its own schema. In-process tests cannot
/// show that the compiler loads it (CS9057 newer Roslyn, CS8032 load failure, AD0001 crash).
/// </summary>
public sealed class ConsumerBuildTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    private const string ExpectedOutput = """
        {"event":"order_placed","order_id":"o-1001","amount":19.90,"currency":"EUR","placed_at":1767225600000,"customer":{"id":"c-7"}}
        valid
        {"user":{"externalUserID":"c-7"},"app":{"packageName":"com.acme.shop"},"eventData":{"goal":{"category":"airbridge.ecommerce.order.completed"}}}
        valid
        """;

    [Fact]
    [Trait("Category", "ConsumerBuild")]
    public void A_consumer_project_builds_with_the_generator_and_prints_its_records_as_json()
    {
        var project = Path.Combine(RepoPaths.Root, "tests", "MmpTyped.Consumer", "MmpTyped.Consumer.csproj");
        // Its own bin/obj (and those of the projects it references) in a temporary folder: the repository's stay untouched.
        var artifacts = Path.Combine(Path.GetTempPath(), "mmptyped-consumer-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = Stopwatch.StartNew();
            var build = DotnetCli.Run(RepoPaths.Root, Timeout,
                "build", project, "--artifacts-path", artifacts, "--disable-build-servers", "-p:UseSharedCompilation=false");
            log.WriteLine($"dotnet build: {clock.Elapsed.TotalSeconds:F1} s, exit code {build.ExitCode}\n{build.Output}");

            Assert.True(build.ExitCode == 0, build.Output);
            foreach (var id in new[] { "CS9057", "CS8032", "AD0001" })
                Assert.DoesNotContain(id, build.Output, StringComparison.Ordinal);

            clock.Restart();
            var run = DotnetCli.Run(RepoPaths.Root, Timeout,
                "run", "--no-build", "--project", project, "--property:ArtifactsPath=" + artifacts, "--property:UseArtifactsOutput=true");
            log.WriteLine($"dotnet run: {clock.Elapsed.TotalSeconds:F1} s, exit code {run.ExitCode}\n{run.Output}");

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(ExpectedOutput.ReplaceLineEndings("\n"), run.Output.ReplaceLineEndings("\n").TrimEnd('\n'));
        }
        finally
        {
            if (Directory.Exists(artifacts))
                Directory.Delete(artifacts, recursive: true);
        }
    }
}
