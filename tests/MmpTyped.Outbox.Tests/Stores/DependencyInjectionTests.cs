using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.Outbox.Tests.Stores;

public sealed class DependencyInjectionTests
{
    [Fact]
    public async Task The_registered_store_is_opened_at_start_up_and_shared_by_its_three_views()
    {
        await using var database = new SqliteUnderTest();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddMmpTypedSqliteStore(database.Path);
        await using var provider = services.BuildServiceProvider();

        foreach (var hosted in provider.GetServices<IHostedService>())
            await hosted.StartAsync(CancellationToken.None);
        Assert.True(File.Exists(database.Path));

        var store = provider.GetRequiredService<IMessageStore>();
        Assert.Same(store.Outbox, provider.GetRequiredService<IOutboxStore>());
        Assert.Same(store.Inbox, provider.GetRequiredService<IInboxStore>());
        Assert.Same(store.State, provider.GetRequiredService<IKeyValueStore>());
        var id = await provider.GetRequiredService<IOutboxStore>().EnqueueAsync(new OutboxMessage { SchemaId = "affise.s2s", Route = "offer-1", Body = "{}"u8.ToArray() });
        Assert.Equal(clock.GetUtcNow(), (await store.Outbox.GetAsync(id))!.CreatedAt);
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_the_start_up_with_its_reason()
    {
        var folder = Directory.CreateTempSubdirectory("mmptyped-outbox-").FullName;
        try
        {
            await using var provider = new ServiceCollection().AddMmpTypedSqliteStore(folder).BuildServiceProvider();
            var hosted = Assert.Single(provider.GetServices<IHostedService>());
            var error = await Assert.ThrowsAsync<MessageStoreException>(() => hosted.StartAsync(CancellationToken.None));
            Assert.Contains(folder, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
