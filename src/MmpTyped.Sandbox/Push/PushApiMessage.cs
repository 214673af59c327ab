using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Sandbox.Push;

/// <summary>One AppsFlyer Push API message to send, read from a file.</summary>
/// <param name="Source">Where it came from: the file, and <c>#index</c> when the file holds an array of messages.</param>
/// <param name="Json">The message, a JSON object, exactly as written in the file.</param>
public sealed record PushApiMessage(string Source, string Json)
{
    /// <summary>
    /// Reads the messages in these files and folders (a folder: its <c>*.json</c> files, in name order). A file
    /// holds one message (a JSON object) or several (an array of objects); each must read as a Push API message.
    /// </summary>
    /// <exception cref="InvalidDataException">A path is missing, a file is not JSON, or a message does not read as a Push API message; the message names the file.</exception>
    public static IReadOnlyList<PushApiMessage> Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var messages = new List<PushApiMessage>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal))
                    ReadFile(file, messages);
            }
            else if (File.Exists(path))
            {
                ReadFile(path, messages);
            }
            else
            {
                throw new InvalidDataException($"{path}: no such file or folder.");
            }
        }
        return messages;
    }

    private static void ReadFile(string file, List<PushApiMessage> messages)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: not JSON: {e.Message}", e);
        }
        using (document)
        {
            var root = document.RootElement;
            switch (root.ValueKind)
            {
                case JsonValueKind.Object:
                    messages.Add(Checked(file, root));
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in root.EnumerateArray())
                        messages.Add(Checked($"{file}#{index++}", item));
                    break;
                default:
                    throw new InvalidDataException($"{file}: a Push API message is a JSON object (or an array of them); this is {root.ValueKind}.");
            }
        }
    }

    private static PushApiMessage Checked(string source, JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException($"{source}: a Push API message is a JSON object; this is {element.ValueKind}.");
        var json = element.GetRawText();
        if (!AppsFlyerPush.TryParse(System.Text.Encoding.UTF8.GetBytes(json), out _, out var error))
            throw new InvalidDataException($"{source}: not a Push API message: {error}");
        return new PushApiMessage(source, json);
    }
}
