using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MmpTyped.Delivery;
using MmpTyped.Outbox;
using MmpTyped.Outbox.Dispatch;

namespace MmpTyped.Cli.Commands;

/// <summary>
/// <c>mmptyped outbox enqueue --store STORE --schema ID [--app-id ID | --app-name NAME] [--config FILE] FILE...</c>:
/// each payload is validated and prepared by the delivery client (key filled, deadline from the vendor's window) and
/// all are stored in one transaction, or none when one is refused. One line per file. Exit 0 stored, 1 refused
/// (nothing stored), 2 unreadable input, store or configuration.
/// </summary>
internal static class OutboxEnqueueCommand
{
    public const string Usage = "outbox enqueue " + StoreArguments.Store + " --schema <id> [--app-id <id> | --app-name <name>] [--config <file>] <file>...";

    public static int Run(IMessageStore store, IReadOnlyList<string> args, CliStreams io)
    {
        if (!SendCommand.TryTakeOptions([.. args], out var app, out var configFile, out var rest, out var problem)
            || !TryTakeSchema(rest, out var schemaId, out var files, out problem))
        {
            io.Problem($"outbox enqueue: {problem}. usage: mmptyped {Usage}");
            return ExitCodes.Usage;
        }

        var messages = new List<IMmpEvent>(files.Count);
        foreach (var file in files)
        {
            var status = MessageInput.Read("outbox enqueue", ["--schema", schemaId, file], io, out var message);
            if (message is null)
                return status;
            messages.Add(message);
        }

        try
        {
            var services = new ServiceCollection();
            services.AddMmpDelivery(SendCommand.Configuration(configFile));
            services.AddSingleton(store.Outbox);
            services.AddMmpOutbox();
            using var provider = services.BuildServiceProvider();
            var results = provider.GetRequiredService<MmpOutbox>().EnqueueAsync(messages, app).GetAwaiter().GetResult();
            var refused = false;
            for (var i = 0; i < results.Count; i++)
            {
                io.Stdout.WriteLine($"{files[i]}: {results[i]}");
                refused |= results[i].Errors.Count > 0;
            }
            return refused ? ExitCodes.Invalid : ExitCodes.Ok;
        }
        catch (Exception e) when (e is OptionsValidationException or InvalidOperationException or ArgumentException or FileNotFoundException or InvalidDataException or FormatException)
        {
            io.Problem($"outbox enqueue: {e.Message}");
            return ExitCodes.Unreadable;
        }
    }

    private static bool TryTakeSchema(List<string> args, out string schemaId, out List<string> files, out string? problem)
    {
        schemaId = "";
        files = [];
        problem = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] != "--schema")
            {
                files.Add(args[i]);
                continue;
            }
            if (i + 1 == args.Count)
            {
                problem = "missing the schema id after --schema";
                return false;
            }
            schemaId = args[++i];
        }
        if (files.Count == 0)
            problem = "missing the payload files";
        return problem is null;
    }
}
