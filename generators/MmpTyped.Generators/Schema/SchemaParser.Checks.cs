using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Schema;

// The checks that keep a schema's text from turning into C# that does not compile or that misbehaves:
// each names the schema's node, so the user sees MMP102/MMP105 at the line to fix.
internal sealed partial class SchemaParser
{
    private static void CheckTypeName(JsonObject schema, string typeName)
    {
        if (!Naming.IsTypeName(typeName))
            throw new SchemaException(schema.Get("x-mmp-type") ?? schema, $"x-mmp-type '{typeName}' is not a C# type name the generator can use: write an identifier such as 'AcmeEvent' (not a keyword, not only lower-case letters).");
    }

    private void CheckTypeCount(JsonObject schema)
    {
        if (_types.Count + _enums.Count + _unions.Count >= SchemaLimits.TypesPerSchema)
            throw new SchemaException(schema, $"The schema defines more than {SchemaLimits.TypesPerSchema} types; the generator accepts at most {SchemaLimits.TypesPerSchema} per schema.", Descriptors.BeyondLimits);
    }

    /// <summary>Each <c>{name}</c> of the endpoint's URL becomes a parameter of <c>BuildUrl</c>: it must make a C# parameter name.</summary>
    private static void CheckUrlParameters(JsonString url)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in Regex.Matches(url.Value, @"\{(\w+)\}"))
        {
            var name = Naming.ParameterName(match.Groups[1].Value);
            if (!Naming.IsIdentifier(name) || name is "url" or "baseAddress")
                throw new SchemaException(url, $"The URL's path parameter '{{{match.Groups[1].Value}}}' becomes the BuildUrl parameter '{name}', which is not a usable C# name: rename it (letters first, not a keyword, 'url' or 'base_address').");
            if (!seen.Add(name))
                throw new SchemaException(url, $"Two of the URL's path parameters become the BuildUrl parameter '{name}': rename one.");
        }
    }

    /// <summary>
    /// A count or size of the schema (<c>minLength</c>, <c>minItems</c>, hours): absent, or a whole number
    /// from <paramref name="min"/> to <paramref name="max"/>. Anything else is refused, never clamped.
    /// </summary>
    private static int? Int(JsonObject schema, string name, int min = 0, int max = int.MaxValue)
    {
        if (schema.Get(name) is not { } node)
            return null;
        if (node is JsonNumber { IsInteger: true } number
            && long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return (int)value;
        }
        throw new SchemaException(node, $"'{name}' must be a whole number from {min} to {max:N0}; it is {(node as JsonNumber)?.Text ?? node.KindName}.");
    }

    /// <summary>
    /// <c>minimum</c> and <c>maximum</c> become C# constants of the member's type: each must be a number
    /// that type can hold (an integer member's bound a whole 64-bit number; a money member's a decimal).
    /// </summary>
    private static void CheckBounds(JsonObject schema, ValueShape shape)
    {
        foreach (var name in new[] { "minimum", "maximum" })
        {
            if (schema.Get(name) is not { } node)
                continue;
            if (node is not JsonNumber number)
                throw new SchemaException(node, $"'{name}' must be a number; it is {node.KindName}.");
            var fits = shape.Kind switch
            {
                ValueKind.Int32 or ValueKind.Int64 or ValueKind.Timestamp =>
                    long.TryParse(number.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
                ValueKind.Decimal => decimal.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                _ => double.TryParse(number.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && !double.IsInfinity(d) && !double.IsNaN(d),
            };
            if (!fits)
            {
                var type = shape.Kind switch
                {
                    ValueKind.Int32 or ValueKind.Int64 or ValueKind.Timestamp => "a whole number from -9223372036854775808 to 9223372036854775807",
                    ValueKind.Decimal => "a decimal number (at most 7.9e28)",
                    _ => "a finite double",
                };
                throw new SchemaException(node, $"'{name}' is {number.Text}; for this member it must be {type}.");
            }
        }
    }

    /// <summary>
    /// A pattern is compiled into the generated record: one .NET cannot read would fail the record's type
    /// initializer, so every use (even Parse) would throw. It is compiled here first, with the flags the
    /// generated code uses.
    /// </summary>
    private static void CheckPattern(JsonNode node, string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.ECMAScript);
        }
        catch (ArgumentException e)
        {
            throw new SchemaException(node, $"The pattern '{pattern}' is not a regular expression .NET can compile (ECMAScript flavour): {e.Message}");
        }
    }
}
