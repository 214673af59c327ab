using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using MmpTyped.Outbox;
using MmpTyped.Outbox.PostgreSql;
using MmpTyped.Outbox.Sqlite;

// usage: MmpTyped.Outbox.Leaser STORE OWNER GO-FILE
// Prints "ready", waits for GO-FILE to exist, then leases batches of 5 and completes them, printing one
// "leased ID" line per row, until three leases in a row come back empty. Every wait is bounded.
if (args is not [var storeString, var owner, var goFile])
{
    Console.Error.WriteLine("usage: MmpTyped.Outbox.Leaser STORE OWNER GO-FILE");
    return 2;
}

var location = StoreLocation.Parse(storeString);
await using var store = location.Kind == StoreKind.Sqlite ? SqliteMessageStore.Create(location.Target) : PostgreSqlMessageStore.Create(location.Target);
await store.InitializeAsync();
Console.WriteLine("ready");
Console.Out.Flush();

var deadline = DateTime.UtcNow.AddSeconds(60);
while (!File.Exists(goFile))
{
    if (DateTime.UtcNow > deadline)
        return 3;
    Thread.Sleep(5);
}

var empty = 0;
for (var round = 0; round < 10_000 && empty < 3; round++)
{
    var rows = await store.Outbox.LeaseAsync(owner, 5, TimeSpan.FromMinutes(10));
    if (rows.Count == 0)
    {
        empty++;
        await Task.Delay(20);
        continue;
    }
    empty = 0;
    foreach (var row in rows)
        Console.WriteLine("leased " + row.Id.ToString(CultureInfo.InvariantCulture));
    var lost = await store.Outbox.RecordAsync(owner, [.. rows.Select(row => LeaseOutcome.Completed(row.Id))]);
    if (lost.Count > 0)
    {
        Console.Error.WriteLine($"lost the lease of {lost.Count} rows");
        return 1;
    }
}
return 0;
