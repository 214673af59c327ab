using System;
using System.Linq;
using System.Threading.Tasks;

namespace MmpTyped.Cli.Tests;

public sealed class SchemasCommandTests
{
    [Fact]
    public async Task Schemas_lists_one_line_per_built_in_schema()
    {
        var result = await CliProcess.RunAsync(["schemas"]);

        Assert.Equal(0, result.ExitCode);
        var ids = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split("  ")[0]);
        Assert.Equal(["affise.s2s", "airbridge.app", "airbridge.web", "appsflyer.push.v1", "appsflyer.push.v2", "appsflyer.s2s"], ids);
        Assert.Contains("POST https://api3.appsflyer.com/inappevent/{app_id}  auth: api-key header authentication  size: 1,024 B", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_command_exits_2_with_the_usage_on_stderr()
    {
        var result = await CliProcess.RunAsync(["frobnicate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown command 'frobnicate'", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("usage: mmptyped", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
