using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace MmpTyped.Outbox.Tests.Stores;

/// <summary>
/// Two OS processes lease from one store at once (each its own pool, as two dispatchers would): every row
/// is leased by exactly one of them, none twice, none left.
/// </summary>
public sealed class TwoProcessTests(ITestOutputHelper output)
{
    private const int Rows = 400;
    private static readonly string Leaser = Path.Combine(AppContext.BaseDirectory, "MmpTyped.Outbox.Leaser.dll");

    [Fact]
    public async Task Two_processes_on_one_SQLite_file_never_lease_the_same_row()
    {
        await using var database = new SqliteUnderTest();
        await CompeteAsync(database, "sqlite:" + database.Path);
    }

    [SkippableFact]
    public async Task Two_processes_on_one_PostgreSQL_database_never_lease_the_same_row()
    {
        await using var database = new PostgreSqlUnderTest();
        await CompeteAsync(database, "postgresql:" + database.ConnectionString);
    }

    private async Task CompeteAsync(StoreUnderTest database, string store)
    {
        long[] ids;
        await using (var writer = database.Open(TimeProvider.System))
        {
            ids = [.. await writer.Outbox.EnqueueAsync([.. Enumerable.Range(0, Rows).Select(n => new OutboxMessage
            {
                SchemaId = "airbridge.app",
                Route = "shop",
                Body = BitConverter.GetBytes(n),
            })])];
        }

        var goFile = Path.Combine(Path.GetTempPath(), $"mmptyped-go-{Guid.NewGuid():N}");
        var children = new[] { Start(store, "process-a", goFile), Start(store, "process-b", goFile) };
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            foreach (var child in children)
                Assert.Equal("ready", await child.StandardOutput.ReadLineAsync(timeout.Token));
            await File.WriteAllTextAsync(goFile, "go", timeout.Token);

            var leased = new List<long>[children.Length];
            for (var i = 0; i < children.Length; i++)
            {
                var text = await children[i].StandardOutput.ReadToEndAsync(timeout.Token);
                await children[i].WaitForExitAsync(timeout.Token);
                Assert.True(children[i].ExitCode == 0, await children[i].StandardError.ReadToEndAsync(timeout.Token));
                leased[i] = [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => long.Parse(line["leased ".Length..], System.Globalization.CultureInfo.InvariantCulture))];
            }

            output.WriteLine($"{store.Split(':')[0]}: process a leased {leased[0].Count} rows, process b {leased[1].Count}, of {Rows}");
            var all = leased.SelectMany(l => l).ToList();
            Assert.Equal(all.Count, all.Distinct().Count());
            Assert.Equal(ids.Order(), all.Order());
            Assert.Equal(Rows, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox WHERE state = 'delivered' AND attempts = 1"));
        }
        finally
        {
            foreach (var child in children)
            {
                if (!child.HasExited)
                    child.Kill(entireProcessTree: true);
                child.Dispose();
            }
            File.Delete(goFile);
        }
    }

    private static Process Start(string store, string owner, string goFile)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Leaser, store, owner, goFile })
            start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }
}
