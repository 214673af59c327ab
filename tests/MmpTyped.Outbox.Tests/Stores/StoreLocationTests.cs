using System;

namespace MmpTyped.Outbox.Tests.Stores;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("sqlite:/var/lib/app/outbox.db", StoreKind.Sqlite, "/var/lib/app/outbox.db")]
    [InlineData("sqlite:outbox.db", StoreKind.Sqlite, "outbox.db")]
    [InlineData("postgresql:Host=db;Database=app;Username=app;Password=secret", StoreKind.PostgreSql, "Host=db;Database=app;Username=app;Password=secret")]
    public void A_store_string_names_its_kind_and_target(string store, StoreKind kind, string target)
    {
        var location = StoreLocation.Parse(store);
        Assert.Equal((kind, target), (location.Kind, location.Target));
    }

    [Fact]
    public void A_postgresql_store_string_is_printed_without_its_connection_string()
    {
        var location = StoreLocation.Parse("postgresql:Host=db;Password=hunter2");
        Assert.DoesNotContain("hunter2", location.ToString(), StringComparison.Ordinal);
        Assert.Equal("sqlite:a.db", StoreLocation.Parse("sqlite:a.db").ToString());
    }

    [Theory]
    [InlineData("", "an empty store string")]
    [InlineData("outbox.db", "a store string without a kind")]
    [InlineData("postgres:Host=db;Password=hunter2", "the unknown store kind 'postgres'")]
    [InlineData("SQLITE:a.db", "the unknown store kind 'SQLITE'")]
    [InlineData("sqlite:", "names no SQLite database")]
    [InlineData("postgresql:  ", "names no PostgreSQL database")]
    public void A_bad_store_string_is_refused_with_the_reason_and_never_its_password(string store, string reason)
    {
        var error = Assert.Throws<FormatException>(() => StoreLocation.Parse(store));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }
}
