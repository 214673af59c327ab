using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using MmpTyped.Delivery;
using MmpTyped.Delivery.Configuration;
using MmpTyped.Outbox.Dispatch;
using MmpTyped.Outbox.Tests.Dispatch;
using MmpTyped.Outbox.Tests.Stores;
using MmpTyped.Sandbox;
using MmpTyped.Testing;

namespace MmpTyped.Outbox.Tests.FanOut;

/// <summary>
/// An event defined once, enqueued for every vendor in one call, on each real store: the valid vendor messages are
/// stored in one transaction (all of them or none), the others reported per vendor and not stored, and the dispatcher
/// delivers each vendor's row on its own.
/// </summary>
public abstract class EnqueueToAllContract
{
    private static readonly MmpAppIds Apps = new() { AppsFlyerAppId = DispatchWorld.AppsFlyerApp, AirbridgeAppName = DispatchWorld.AirbridgeApp };
    private static readonly string[] Vendors = ["appsflyer.s2s", "airbridge.app", "affise.s2s"];
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(30);

    /// <summary>A new empty database (skips the test when its server is not there).</summary>
    protected abstract StoreUnderTest NewDatabase();

    /// <summary>SQL that makes the outbox table refuse, with an error, every insert of <paramref name="vendor"/>'s rows.</summary>
    protected abstract string RefuseInsertsOf(string vendor);

    [SkippableFact]
    public async Task Every_vendor_is_stored_in_one_call_and_one_vendor_down_holds_up_no_other()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(TimeProvider.System);
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        sandbox.InjectFault(new SandboxFault { Vendor = "airbridge.app", Status = 503, Count = 100_000 });

        var results = await Outbox(store, sandbox).EnqueueToAllAsync(Purchase("o-1"), Apps);

        Assert.Equal(Vendors, results.Select(r => r.SchemaId));
        Assert.All(results, r => Assert.True(r.IsEnqueued, r.ToString()));
        Assert.All(results, r => Assert.Equal(MmpVendorStatus.Prepared, r.Status));
        var rows = await Task.WhenAll(results.Select(r => store.Outbox.GetAsync(r.Id!.Value)));
        Assert.Equal(Vendors, rows.Select(r => r!.SchemaId));
        Assert.Equal(new string?[] { DispatchWorld.AppsFlyerApp, DispatchWorld.AirbridgeApp, null }, rows.Select(r => r!.Route));
        Assert.Equal(results.Select(r => r.IdempotencyKey), rows.Select(r => r!.IdempotencyKey));
        Assert.All(rows, r => Assert.Contains("o-1", System.Text.Encoding.UTF8.GetString(r!.Body.Span), StringComparison.Ordinal));

        using var host = DispatchWorld.Host(store, sandbox, TimeProvider.System, Fast);
        await host.StartAsync();
        var delivered = await DispatchWorld.EventuallyAsync(async () =>
            (await store.Outbox.GetAsync(results[0].Id!.Value))!.State == OutboxState.Delivered
            && (await store.Outbox.GetAsync(results[2].Id!.Value))!.State == OutboxState.Delivered
            && (await store.Outbox.GetAsync(results[1].Id!.Value))!.Attempts >= 2, Within);
        await host.StopAsync();

        Assert.True(delivered, string.Join("; ", await Task.WhenAll(results.Select(async r => (await store.Outbox.GetAsync(r.Id!.Value))!.ToString()))));
        var airbridge = (await store.Outbox.GetAsync(results[1].Id!.Value))!;
        Assert.NotEqual(OutboxState.Delivered, airbridge.State);
        Assert.Equal("transient", airbridge.LastOutcome);
        Assert.Single(sandbox.Events, e => e.Vendor == "appsflyer.s2s" && e.Outcome == SandboxOutcomes.Recorded);
        Assert.Single(sandbox.Events, e => e.Vendor == "affise.s2s" && e.Outcome == SandboxOutcomes.Recorded);
        Assert.DoesNotContain(sandbox.Events, e => e.Vendor == "airbridge.app" && e.Outcome == SandboxOutcomes.Recorded);
    }

    [SkippableFact]
    public async Task A_vendor_missing_its_identifier_is_refused_alone_and_the_others_are_stored()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(TimeProvider.System);
        await using var sandbox = await DispatchWorld.StartSandboxAsync();

        var results = await Outbox(store, sandbox).EnqueueToAllAsync(Purchase("o-2") with { AffiseDeviceId = null }, Apps);

        Assert.True(results[0].IsEnqueued, results[0].ToString());
        Assert.True(results[1].IsEnqueued, results[1].ToString());
        Assert.False(results[2].IsEnqueued);
        Assert.Equal(MmpVendorStatus.Refused, results[2].Status);
        Assert.Contains(results[2].Errors, e => e.Code == "MMP001");
        Assert.StartsWith("refused affise.s2s: the vendor would drop this event", results[2].ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox WHERE vendor = 'affise'"));
    }

    [SkippableFact]
    public async Task A_vendor_without_a_credential_or_an_app_is_reported_and_not_stored()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(TimeProvider.System);
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        var outbox = Outbox(store, sandbox, options =>
        {
            options.Affise.ApiKey = null;
            options.Affise.BaseUrl = null;
        });

        var results = await outbox.EnqueueToAllAsync(Purchase("o-3"), Apps with { AppsFlyerAppId = null });

        Assert.Equal(MmpVendorStatus.Failed, results[0].Status);
        Assert.StartsWith("failed appsflyer.s2s: ArgumentException: appsflyer.s2s needs the app id", results[0].ToString(), StringComparison.Ordinal);
        Assert.True(results[1].IsEnqueued, results[1].ToString());
        Assert.Equal(MmpVendorStatus.NotConfigured, results[2].Status);
        Assert.Equal("not configured affise.s2s: MmpTyped:Affise:ApiKey is not set", results[2].ToString());
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
        Assert.Equal(1, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox WHERE vendor = 'airbridge'"));
    }

    [SkippableFact]
    public async Task When_the_store_refuses_one_vendors_row_no_vendor_is_stored()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(TimeProvider.System);
        await store.InitializeAsync();
        await database.ExecuteAsync(RefuseInsertsOf("affise"));
        await using var sandbox = await DispatchWorld.StartSandboxAsync();

        // AppsFlyer's and Airbridge's rows are written before Affise's fails: the transaction takes them back.
        var error = await Assert.ThrowsAsync<MessageStoreException>(() => Outbox(store, sandbox).EnqueueToAllAsync(Purchase("o-4"), Apps));

        Assert.Contains("refused by the test", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
    }

    [SkippableFact]
    public async Task The_transactional_enqueue_commits_or_rolls_back_every_vendor_with_the_callers_transaction()
    {
        await using var database = NewDatabase();
        await using var store = database.Open(TimeProvider.System);
        await store.InitializeAsync();
        await using var sandbox = await DispatchWorld.StartSandboxAsync();
        var outbox = Outbox(store, sandbox);
        await using var connection = await database.ConnectAsync();

        await using (var rolledBack = await connection.BeginTransactionAsync())
        {
            Assert.All(await outbox.EnqueueToAllAsync(Purchase("o-5"), Apps, rolledBack), r => Assert.True(r.IsEnqueued, r.ToString()));
            await rolledBack.RollbackAsync();
        }
        Assert.Equal(0, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));

        await using (var committed = await connection.BeginTransactionAsync())
        {
            await outbox.EnqueueToAllAsync(Purchase("o-6"), Apps, committed);
            await committed.CommitAsync();
        }
        Assert.Equal(3, await database.CountAsync("SELECT COUNT(*) FROM mmptyped_outbox"));
    }

    private static OncePurchase Purchase(string orderId) => new() { OrderId = orderId, Happened = DateTimeOffset.UtcNow.AddMinutes(-1) };

    private static void Fast(OutboxDispatcherOptions options)
    {
        options.IdleDelay = TimeSpan.FromMilliseconds(20);
        options.BaseDelay = TimeSpan.FromMilliseconds(20);
        options.MaxDelay = TimeSpan.FromMilliseconds(100);
    }

    private static MmpOutbox Outbox(IMessageStore store, MmpSandbox sandbox, Action<MmpDeliveryOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddMmpDelivery(options =>
        {
            DispatchWorld.Configure(options, sandbox);
            configure?.Invoke(options);
        });
        services.AddSingleton(store.Outbox);
        services.AddMmpOutbox();
        return services.BuildServiceProvider().GetRequiredService<MmpOutbox>();
    }
}

/// <summary>Enqueueing to every vendor on real SQLite files.</summary>
public sealed class SqliteEnqueueToAllContract : EnqueueToAllContract
{
    protected override StoreUnderTest NewDatabase() => new SqliteUnderTest();

    protected override string RefuseInsertsOf(string vendor) =>
        $"CREATE TRIGGER refuse_{vendor} BEFORE INSERT ON mmptyped_outbox WHEN NEW.vendor = '{vendor}' BEGIN SELECT RAISE(ABORT, '{vendor} refused by the test'); END";
}

/// <summary>Enqueueing to every vendor on the real PostgreSQL server.</summary>
public sealed class PostgreSqlEnqueueToAllContract : EnqueueToAllContract
{
    protected override StoreUnderTest NewDatabase() => new PostgreSqlUnderTest();

    protected override string RefuseInsertsOf(string vendor) =>
        $"CREATE FUNCTION refuse_{vendor}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.vendor = '{vendor}' THEN RAISE EXCEPTION '{vendor} refused by the test'; END IF; RETURN NEW; END $$; "
        + $"CREATE TRIGGER refuse_{vendor} BEFORE INSERT ON mmptyped_outbox FOR EACH ROW EXECUTE FUNCTION refuse_{vendor}();";
}
