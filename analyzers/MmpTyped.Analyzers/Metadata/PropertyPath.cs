using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;

namespace MmpTyped.Analyzers.Metadata;

/// <summary>
/// A rule's dotted JSON path (<c>device.deviceUUID</c>) mapped onto the C# properties along it, through the
/// <c>[MmpMember]</c> JSON name of each property.
/// </summary>
internal sealed class PropertyPath
{
    private PropertyPath(ImmutableArray<IPropertySymbol> properties, string display, string json)
    {
        Properties = properties;
        Display = display;
        Json = json;
    }

    public ImmutableArray<IPropertySymbol> Properties { get; }

    /// <summary>The C# path, <c>Device.DeviceUUID</c>: what messages show and what the code fix writes.</summary>
    public string Display { get; }

    /// <summary>The JSON path, <c>device.deviceUUID</c>: what the rule's message names, as <c>Validate()</c>'s does.</summary>
    public string Json { get; }

    /// <summary>The path from <paramref name="owner"/>, or null when a segment maps to no <c>[MmpMember]</c> property.</summary>
    public static PropertyPath? Resolve(ITypeSymbol owner, string jsonPath, RuleCache cache)
    {
        var segments = jsonPath.Split('.');
        var properties = ImmutableArray.CreateBuilder<IPropertySymbol>(segments.Length);
        var display = new StringBuilder();
        ITypeSymbol? type = owner;
        foreach (var segment in segments)
        {
            var property = type is null ? null : cache.FindMember(type, segment);
            if (property is null)
                return null;
            properties.Add(property);
            if (display.Length > 0)
                display.Append('.');
            display.Append(property.Name);
            type = Unwrap(property.Type);
        }
        return new PropertyPath(properties.MoveToImmutable(), display.ToString(), jsonPath);
    }

    /// <summary>The type a value of <paramref name="type"/> holds: <c>T</c> for <c>T?</c>.</summary>
    public static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable
            ? nullable.TypeArguments[0]
            : type;
}
