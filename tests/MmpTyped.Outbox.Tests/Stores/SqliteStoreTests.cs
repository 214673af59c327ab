using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using MmpTyped.Outbox.Sqlite;

namespace MmpTyped.Outbox.Tests.Stores;

/// <summary>What only the SQLite store does: the file and its folder, WAL, and files it cannot open.</summary>
public sealed class SqliteStoreTests
{
    [Fact]
    public async Task The_file_and_its_folders_are_created_on_first_use_in_WAL_mode()
    {
        await using var database = new SqliteUnderTest();
        Assert.False(File.Exists(database.Path));
        await using (var store = SqliteMessageStore.Create(database.Path))
            await store.InitializeAsync();

        Assert.True(File.Exists(database.Path));
        await using var connection = new SqliteConnection($"Data Source={database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_a_clear_error_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("mmptyped-outbox-").FullName;
        try
        {
            var path = Path.Combine(folder, "notes.txt");
            await File.WriteAllTextAsync(path, new string('x', 4096));
            await using var store = SqliteMessageStore.Create(path);
            var error = await Assert.ThrowsAsync<MessageStoreException>(() => store.InitializeAsync());
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Equal(new string('x', 4096), await File.ReadAllTextAsync(path));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_path_that_is_a_folder_is_a_clear_error_naming_it()
    {
        var folder = Directory.CreateTempSubdirectory("mmptyped-outbox-").FullName;
        try
        {
            await using var store = SqliteMessageStore.Create(folder);
            var error = await Assert.ThrowsAsync<MessageStoreException>(() => store.Outbox.GetStatsAsync());
            Assert.Contains($"Cannot open the SQLite store at {folder}", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_empty_path_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SqliteMessageStore.Create(" "));
    }
}
