using System.Collections.Generic;
using System.Linq;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Schema;

internal sealed partial class SchemaParser
{
    private static readonly HashSet<string> KnownFormats = ["uuid", "ipv4", "ipv6", "email", "date-time"];

    // Keywords the generated Validate() does not check. A schema that uses one would be enforced by
    // independent validators and silently not by us: refuse it instead (dependencies and if/then/else
    // are also ignored by NJsonSchema 11.6.2, see schemas/README.md).
    private static readonly string[] Unenforced =
    [
        "maxItems", "uniqueItems", "contains", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "oneOf", "if", "then", "else", "dependencies", "propertyNames", "minProperties", "maxProperties",
    ];

    private static void RejectUnenforced(JsonObject schema)
    {
        // A property's const is read by ReadMember before its shape: anywhere else it would go unchecked.
        if (schema.Get("const") is { } constant)
            throw new SchemaException(constant, "'const' is supported on an object's property only, as a string the record always writes: use a one-value enum here.");
        foreach (var keyword in Unenforced)
        {
            if (schema.Get(keyword) is { } node)
                throw new SchemaException(node, $"'{keyword}' is not checked by the generated Validate(): use the rules schemas/README.md lists (oneOf → anyOf of the two rule shapes; a const only on a property).");
        }
        if (schema.Get("additionalProperties") is { } additional && additional is not JsonBool { Value: true })
            throw new SchemaException(additional, "'additionalProperties' other than true is not supported: records keep members the schema does not know, so a parse/write round trip loses nothing.");
    }

    /// <summary>The C# shape of a value; <paramref name="defaultTypeName"/> names an enum or union the schema leaves unnamed.</summary>
    private ValueShape ReadShape(JsonObject schema, string defaultTypeName, bool allowEnumType = true)
    {
        var shape = ReadShapeOf(schema, defaultTypeName, allowEnumType);
        CheckBounds(schema, shape);
        return shape;
    }

    private ValueShape ReadShapeOf(JsonObject schema, string defaultTypeName, bool allowEnumType)
    {
        RejectUnenforced(schema);
        var types = TypeNames(schema).Where(t => t != "null").ToList();
        var rules = ReadValueRules(schema, keepEnum: false);

        if (schema.GetString("x-mmp-timestamp") is { } timestamp)
            return Shape(ValueKind.Timestamp, rules) with { Timestamp = ReadTimestamp(schema, timestamp) };
        if (schema.GetString("x-mmp-json-string") is not null || schema.GetString("x-mmp-lenient") == "json")
            return Shape(ValueKind.JsonString, rules with { Pattern = null }) with { Lenience = schema.GetString("x-mmp-lenient") == "json" ? Lenience.Json : Lenience.None };

        switch (schema.GetString("x-mmp-lenient"))
        {
            case "boolean":
                return Shape(ValueKind.Boolean, ValueRules.None) with { Lenience = Lenience.Boolean };
            case "number":
                return Shape(IsMoney(schema) ? ValueKind.Decimal : ValueKind.Double, rules with { Pattern = null }) with { Lenience = Lenience.Number };
            case "integer":
                return Shape(ValueKind.Int64, rules with { Pattern = null }) with { Lenience = Lenience.Number };
            case { } other:
                throw new SchemaException(schema, $"Unknown x-mmp-lenient '{other}': use boolean, number, integer or json.");
        }

        if (types.Count == 0 && schema.GetArray("anyOf") is { } anyOf && anyOf.Items.All(b => b is JsonObject o && o.Get("type") is not null))
        {
            var union = ReadUnion(schema, anyOf, defaultTypeName);
            // The union checks its branches itself; its member's rules only describe them for the analyzers.
            var branches = _unions.Last().Branches;
            var described = ValueRules.None with
            {
                Enum = branches.FirstOrDefault(b => b.Shape.Kind == ValueKind.String)?.Shape.Rules.Enum ?? EquatableArray<string>.Empty,
                MinItems = branches.FirstOrDefault(b => b.Shape.Kind == ValueKind.Array)?.Shape.Rules.MinItems,
            };
            // The list branch's items too (AppsFlyer sharing_filter: each partner id non-empty), for [MmpItems].
            return Shape(ValueKind.Union, described) with { TypeName = union, Element = branches.FirstOrDefault(b => b.Shape.Kind == ValueKind.Array)?.Shape.Element };
        }
        if (types.Count != 1)
            throw new SchemaException(schema, types.Count == 0
                ? "A member needs a 'type' (or an anyOf of typed branches)."
                : $"A member of several types ({string.Join(", ", types)}) needs x-mmp-lenient to say which C# type it reads as.");

        switch (types[0])
        {
            case "string":
                if (schema.GetString("format") == "uuid")
                    return Shape(ValueKind.Guid, rules with { Format = null });
                if (allowEnumType && IsClosedStringEnum(schema))
                    return Shape(ValueKind.Enum, rules) with { TypeName = ReadEnum(schema, defaultTypeName) };
                return Shape(ValueKind.String, allowEnumType ? rules : ReadValueRules(schema, keepEnum: true));
            case "integer":
                return Shape(NeedsInt64(schema) ? ValueKind.Int64 : ValueKind.Int32, rules);
            case "number":
                return Shape(IsMoney(schema) ? ValueKind.Decimal : ValueKind.Double, rules);
            case "boolean":
                return Shape(ValueKind.Boolean, rules);
            case "object":
                return schema.GetObject("properties") is null
                    ? Shape(ValueKind.Attributes, rules)
                    : Shape(ValueKind.Object, rules) with { TypeName = ReadObjectType(schema, RequiredString(schema, "x-mmp-type"), root: null) };
            case "array":
                var items = schema.Get("items") ?? throw new SchemaException(schema, "An array needs 'items'.");
                var element = ReadShape(Resolve(items), defaultTypeName + "Item", allowEnumType);
                if (element.Kind == ValueKind.Array)
                    throw new SchemaException(items, "An array of arrays is not supported: make the inner array a property of an object (items: {type: object, properties: {values: {type: array, ...}}}).");
                return Shape(ValueKind.Array, rules) with { Element = element };
            default:
                throw new SchemaException(schema, $"Unknown type '{types[0]}'.");
        }
    }

    private static ValueShape Shape(ValueKind kind, ValueRules rules) => new(kind, rules);

    private string ReadUnion(JsonObject schema, JsonArray anyOf, string defaultTypeName)
    {
        var name = schema.GetString("x-mmp-type") ?? defaultTypeName;
        CheckTypeName(schema, name);
        CheckTypeCount(schema);
        var branches = new List<UnionBranchModel>();
        foreach (var node in anyOf.Items)
        {
            var branch = Resolve(node);
            var shape = ReadShape(branch, name, allowEnumType: false);
            var propertyName = shape.Kind switch
            {
                ValueKind.String => "Text",
                ValueKind.Array => "Items",
                ValueKind.Boolean => "Flag",
                ValueKind.Object or ValueKind.Attributes => "Members",
                _ => "Number",
            };
            if (branches.Any(b => b.PropertyName == propertyName))
                throw new SchemaException(branch, $"The union '{name}' has two branches of one JSON kind; merge them into one branch.");
            branches.Add(new UnionBranchModel(propertyName, shape));
        }
        _places.Add(new TypePlace(name, schema.Place.Pointer));
        _unions.Add(new UnionModel(_namespace, name, schema.GetString("description"), branches.ToEquatableArray()));
        return name;
    }

    private static TimestampEncoding ReadTimestamp(JsonObject schema, string encoding) => encoding switch
    {
        "unix-ms" => TimestampEncoding.UnixMilliseconds,
        "unix-s-or-ms" => TimestampEncoding.UnixSecondsOrMilliseconds,
        "af-datetime" => TimestampEncoding.AfDateTime,
        "af-datetime-offset" => TimestampEncoding.AfDateTimeOffset,
        _ => throw new SchemaException(schema, $"Unknown x-mmp-timestamp '{encoding}': use unix-ms, unix-s-or-ms, af-datetime or af-datetime-offset."),
    };

    private string ReadEnum(JsonObject schema, string defaultTypeName)
    {
        var name = schema.GetString("x-mmp-type") ?? defaultTypeName;
        CheckTypeName(schema, name);
        CheckTypeCount(schema);
        var values = schema.GetArray("enum")!;
        if (values.Items.Count > SchemaLimits.EnumValues)
            throw new SchemaException(values, $"The enum '{name}' has {values.Items.Count} values; the generator accepts at most {SchemaLimits.EnumValues}: leave the member a string with a pattern instead.", Descriptors.BeyondLimits);
        var members = new List<EnumMemberModel>();
        foreach (var value in values.Items.OfType<JsonString>())
        {
            var memberName = Naming.EnumMemberName(value.Value);
            if (!Naming.IsIdentifier(memberName))
                throw new SchemaException(value, $"The enum value '{value.Value}' of '{name}' gives the C# member '{memberName}', which is not an identifier.");
            if (members.Any(m => m.Name == memberName))
                throw new SchemaException(value, $"The enum values of '{name}' give the C# member '{memberName}' twice.");
            members.Add(new EnumMemberModel(memberName, value.Value));
        }
        // A named enum may be shared by several members, each with its own description: the enum keeps none.
        var description = schema.GetString("x-mmp-type") is null ? schema.GetString("description") : null;
        _places.Add(new TypePlace(name, schema.Place.Pointer));
        _enums.Add(new EnumModel(_namespace, name, description, members.ToEquatableArray()));
        return name;
    }

    private static bool IsClosedStringEnum(JsonObject schema) =>
        schema.GetArray("enum") is { } values && values.Items.All(v => v is JsonString or JsonNull) && values.Items.Any(v => v is JsonString);

    private static bool IsMoney(JsonObject schema) => schema.GetBool("x-mmp-money");

    private static bool NeedsInt64(JsonObject schema) =>
        schema.GetString("format") == "int64"
        || OutsideInt32(schema.Get("minimum")) || OutsideInt32(schema.Get("maximum"));

    private static bool OutsideInt32(JsonNode? bound) =>
        bound is JsonNumber number && (number.Value < int.MinValue || number.Value > int.MaxValue);

    /// <summary>The value rules of a schema; <paramref name="keepEnum"/> keeps an enum as a rule (for values that stay strings).</summary>
    private ValueRules ReadValueRules(JsonObject schema, bool keepEnum)
    {
        var format = schema.GetString("format");
        if (schema.Get("pattern") is { } patternNode)
            CheckPattern(patternNode, schema.GetString("pattern") ?? throw new SchemaException(patternNode, "'pattern' must be a string."));
        if (format is not null && !KnownFormats.Contains(format))
            throw new SchemaException(schema, $"Unknown format '{format}': the generator checks {string.Join(", ", KnownFormats)}.");

        var alternatives = new List<ValueRules>();
        if (schema.Get("type") is not null && schema.GetArray("anyOf") is { } anyOf)
        {
            foreach (var branch in anyOf.Items)
                alternatives.Add(ReadValueRules(Resolve(branch), keepEnum: true));
        }

        return new ValueRules
        {
            Enum = keepEnum ? (schema.GetArray("enum")?.Items.OfType<JsonString>().Select(s => s.Value) ?? []).ToEquatableArray() : EquatableArray<string>.Empty,
            Pattern = schema.GetString("pattern"),
            MinLength = Int(schema, "minLength"),
            MaxLength = Int(schema, "maxLength"),
            Minimum = (schema.Get("minimum") as JsonNumber)?.Text,
            Maximum = (schema.Get("maximum") as JsonNumber)?.Text,
            MinItems = Int(schema, "minItems"),
            Format = format,
            Hashed = schema.GetString("x-mmp-hashed"),
            MaxAgeHours = Int(schema, "x-mmp-max-age-hours", 1, SchemaLimits.MaxAgeHours),
            AnyOf = alternatives.ToEquatableArray(),
            Keys = KeyRules(schema),
        };
    }

    // Open objects check the JSON type of the keys their patternProperties name (Affise affise_event_custom_id_NN).
    private static EquatableArray<KeyRule> KeyRules(JsonObject schema)
    {
        var rules = (schema.GetObject("properties") is null ? schema.GetObject("patternProperties")?.Members ?? [] : [])
            .Where(p => p.Value is JsonObject { } rule && rule.GetString("type") is not null)
            .ToList();
        foreach (var rule in rules)
            CheckPattern(rule.Value, rule.Key);
        return rules.Select(p => new KeyRule(p.Key, ((JsonObject)p.Value).GetString("type")!)).ToEquatableArray();
    }
}
