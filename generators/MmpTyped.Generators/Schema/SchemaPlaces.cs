using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Schema;

/// <summary>
/// Finds the span of a schema value named by its JSON Pointer. The steps that compare schemas (MMP103,
/// MMP104, MMP106) keep only pointers, which a layout edit leaves as they are, so their models stay
/// cached; the position is looked up in the file's current text when such a diagnostic is reported.
/// </summary>
internal static class SchemaPlaces
{
    /// <summary>A resolver over <paramref name="texts"/>; each file is read at most once, and only if a diagnostic points into it.</summary>
    public static Func<LocationInfo, LocationInfo> Resolver(ImmutableArray<AdditionalText> texts, CancellationToken cancellationToken)
    {
        var roots = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        return place =>
        {
            if (!roots.TryGetValue(place.FilePath, out var root))
            {
                roots[place.FilePath] = root = Read(texts.FirstOrDefault(t => t.Path == place.FilePath), cancellationToken);
            }
            return root is not null && Find(root, place.SchemaPointer ?? "") is { } node
                ? LocationInfo.In(place.FilePath, node)
                : LocationInfo.At(place.FilePath, 0, 0, 0);
        };
    }

    private static JsonNode? Read(AdditionalText? text, CancellationToken cancellationToken)
    {
        if (text?.GetText(cancellationToken)?.ToString() is not { } content)
            return null;
        try
        {
            return JsonReader.Parse(content);
        }
        catch (JsonReaderException)
        {
            return null; // edited into broken JSON since its model was made: MMP101 reports that file
        }
    }

    /// <summary>The value at <paramref name="pointer"/> (RFC 6901; <c>""</c> is the whole document), or null.</summary>
    public static JsonNode? Find(JsonNode root, string pointer)
    {
        var node = root;
        foreach (var token in pointer.Split('/').Skip(1))
        {
            var name = token.Replace("~1", "/").Replace("~0", "~");
            node = node switch
            {
                JsonObject obj => obj.Get(name),
                JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Items.Count => array.Items[index],
                _ => null,
            };
            if (node is null)
                return null;
        }
        return node;
    }
}
