using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using MmpTyped.Generators.Json;
using MmpTyped.Generators.Model;
using MmpTyped.Vocabulary;

namespace MmpTyped.Generators.Schema;

/// <summary>The outcome of reading one schema file: its model, or the diagnostics that stopped it.</summary>
internal sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Lowers a JSON Schema (the subset schemas/README.md allows) into the generator's model: one
/// <see cref="TypeModel"/> per object schema, enums, unions, and the conditional rules.
/// </summary>
internal sealed partial class SchemaParser
{
    private readonly JsonObject _root;
    private readonly string _namespace;
    private readonly List<TypeModel> _types = [];
    private readonly List<EnumModel> _enums = [];
    private readonly List<UnionModel> _unions = [];
    private readonly Dictionary<JsonObject, string> _objectTypes = [];
    private readonly List<TypePlace> _places = [];

    private SchemaParser(JsonObject root, string ns)
    {
        _root = root;
        _namespace = ns;
    }

    public static SchemaParseResult Parse(string path, string text)
    {
        if (text.Length > SchemaLimits.SchemaChars)
            return Failure(Descriptors.BeyondLimits, LocationInfo.At(path, 0, 0, 0), $"The schema is {text.Length:N0} characters; the generator reads schemas of at most {SchemaLimits.SchemaChars:N0}.");
        JsonNode node;
        try
        {
            node = JsonReader.Parse(text);
        }
        catch (JsonReaderException e)
        {
            return Failure(Descriptors.SchemaNotJson, LocationInfo.At(path, e.Offset, e.Line, e.Column), e.Message);
        }

        try
        {
            return new SchemaParseResult(ParseRoot(path, node), EquatableArray<DiagnosticInfo>.Empty);
        }
        catch (SchemaException e)
        {
            return Failure(e.Descriptor, LocationInfo.In(path, e.Node), e.Message);
        }
    }

    private static SchemaParseResult Failure(DiagnosticDescriptor descriptor, LocationInfo location, string message) =>
        new(null, new[] { DiagnosticInfo.Create(descriptor, location, message) }.ToEquatableArray());

    private static SchemaModel ParseRoot(string path, JsonNode node)
    {
        var root = node as JsonObject ?? throw new SchemaException(node, "A schema must be a JSON object.");
        var id = RequiredString(root, "x-mmp-id");
        var fileName = Path.GetFileName(path);
        if (!string.Equals(fileName, id + ".schema.json", StringComparison.Ordinal))
            throw new SchemaException(root.Get("x-mmp-id")!, $"The schema id '{id}' must match the file name: name the file '{id}.schema.json' (it is '{fileName}').");

        RejectUnenforced(root);
        var ns = RequiredString(root, "x-mmp-namespace");
        if (!Naming.IsNamespace(ns) || ns == "MmpTyped.Generated")
            throw new SchemaException(root.Get("x-mmp-namespace")!, $"x-mmp-namespace '{ns}' is not a C# namespace the generator can use: write dot-separated identifiers, like 'Acme.Tracking' (no 'global::', spaces, '/' or keywords; 'MmpTyped.Generated' is the generator's own).");
        var parser = new SchemaParser(root, ns);
        var rootType = RequiredString(root, "x-mmp-type");
        parser.ReadObjectType(root, rootType, ReadRoot(root, id));

        return new SchemaModel(
            id,
            path,
            parser._namespace,
            rootType,
            parser._types.ToEquatableArray(),
            parser._enums.ToEquatableArray(),
            parser._unions.ToEquatableArray(),
            ReadView(root),
            EndpointJson(root))
        {
            Places = parser._places.ToEquatableArray(),
        };
    }

    // What the runtime's schema catalog reads about an endpoint, without descriptions: a schema's record
    // table carries it for the catalog, and an edit of a description or of the layout leaves it as it was.
    private static readonly string[] EndpointKeywords =
        ["x-mmp-id", "title", "x-mmp-namespace", "x-mmp-type", "x-mmp-direction", "x-mmp-endpoint", "x-mmp-auth", "x-mmp-size-limit", "x-mmp-rate-limit"];

    private static string EndpointJson(JsonObject root)
    {
        var members = root.Members.Where(m => EndpointKeywords.Contains(m.Key)).ToList();
        return JsonText.Write(new JsonObject(root.Line, root.Column, members), new HashSet<string>(["description", "$comment"], StringComparer.Ordinal));
    }

    private static ViewDeclaration? ReadView(JsonObject root)
    {
        if (root.GetObject("x-mmp-view") is not { } view)
            return null;
        var name = RequiredString(view, "interface");
        if (!Naming.IsIdentifier(name))
            throw new SchemaException(view, $"x-mmp-view interface '{name}' is not a valid C# type name.");
        var implementers = view.GetArray("implemented-by")?.Items
            .Select(i => (i as JsonString)?.Value ?? throw new SchemaException(i, "x-mmp-view 'implemented-by' lists schema ids (strings)."))
            .ToEquatableArray() ?? EquatableArray<string>.Empty;
        return new ViewDeclaration(name, view.GetString("description"), implementers);
    }

    private static RootModel ReadRoot(JsonObject root, string id)
    {
        var endpoint = root.GetObject("x-mmp-endpoint");
        if (endpoint?.Get("url") is JsonString url)
            CheckUrlParameters(url);
        string? appIdParameter = null;
        var parameters = new List<PathParameterModel>();
        foreach (var parameter in root.GetObject("x-mmp-path-parameters")?.Members ?? [])
        {
            var rules = parameter.Value as JsonObject ?? throw new SchemaException(parameter.Value, $"The path parameter '{parameter.Key}' must be described by an object.");
            if (rules.GetString("x-mmp-app-id") == "ios-id-prefix")
                appIdParameter = parameter.Key;
            if (rules.Get("pattern") is { } pattern)
                CheckPattern(pattern, rules.GetString("pattern") ?? throw new SchemaException(pattern, "'pattern' must be a string."));
            parameters.Add(new PathParameterModel(parameter.Key, Int(rules, "minLength"), Int(rules, "maxLength"), rules.GetString("pattern")));
        }
        var slot = root.GetObject("x-mmp-event");
        RequiredString(root, "x-mmp-direction"); // every schema says which way its messages go; the records are the same either way
        return new RootModel(
            id,
            Int(root, "x-mmp-size-limit", 1, int.MaxValue),
            appIdParameter,
            endpoint?.GetString("url"),
            slot is null ? null : new EventSlotModel(RequiredString(slot, "slot"), RequiredString(slot, "name"), RequiredString(slot, "custom")),
            parameters.ToEquatableArray());
    }

    /// <summary>Reads an object schema with <c>properties</c> into a generated class; returns its name.</summary>
    private string ReadObjectType(JsonObject schema, string typeName, RootModel? root)
    {
        CheckTypeName(schema, typeName);
        // An object met again (a $ref to its own definition, directly, through another object or an
        // array's items) is the type already being read: a recursive tree is a class with a nullable
        // member of its own type, not an endless descent.
        if (_objectTypes.TryGetValue(schema, out var known))
            return known;
        _objectTypes.Add(schema, typeName);
        var properties = schema.GetObject("properties")
            ?? throw new SchemaException(schema, $"The object '{typeName}' has no 'properties'.");
        if (properties.Members.Count > SchemaLimits.PropertiesPerObject)
            throw new SchemaException(properties, $"The object '{typeName}' has {properties.Members.Count} properties; the generator accepts at most {SchemaLimits.PropertiesPerObject} per object: split it into nested objects.", Descriptors.BeyondLimits);
        var required = StringSet(schema.GetArray("required"));

        var members = new List<MemberModel>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties.Members)
        {
            var propertySchema = Resolve(property.Value);
            if (property.Key.Length == 0)
                throw new SchemaException(property.Value, $"A property of {typeName} has the empty name \"\": the generator needs a member name.");
            var member = ReadMember(typeName, property.Key, propertySchema, required.Contains(property.Key));
            if (names.TryGetValue(member.PropertyName, out var other))
                throw new SchemaException(propertySchema, $"'{property.Key}' and '{other}' of {typeName} both become the C# property '{member.PropertyName}': give one an x-mmp-name.");
            // The backing field lower-cases the first letter: 'Abc' and 'abc' would share '_abc'.
            if (fields.TryGetValue(Emit.Syntax.FieldName(member.PropertyName), out var twin))
                throw new SchemaException(propertySchema, $"'{property.Key}' and '{twin}' of {typeName} become C# properties that differ only in the case of their first letter ('{member.PropertyName}'): give one another x-mmp-name.");
            fields.Add(Emit.Syntax.FieldName(member.PropertyName), property.Key);
            if (MmpReservedNames.GeneratedMembers.Contains(member.PropertyName) || member.PropertyName == typeName)
                throw new SchemaException(propertySchema, $"'{property.Key}' of {typeName} would become '{member.PropertyName}', a name the generated class needs: give it an x-mmp-name.");
            names.Add(member.PropertyName, property.Key);
            members.Add(member);
        }
        foreach (var name in required)
        {
            if (properties.Get(name) is null)
                throw new SchemaException(schema, $"'{name}' is required in {typeName} but not among its properties.");
        }

        CheckTypeCount(schema);
        _places.Add(new TypePlace(typeName, schema.Place.Pointer));
        _types.Add(new TypeModel(
            _namespace,
            typeName,
            schema.GetString("description"),
            members.ToEquatableArray(),
            ReadRules(schema, typeName).ToEquatableArray(),
            root));
        return typeName;
    }

    private MemberModel ReadMember(string ownerType, string jsonName, JsonObject schema, bool isRequired)
    {
        var propertyName = schema.GetString("x-mmp-name") ?? Naming.PropertyName(jsonName);
        if (!Naming.IsIdentifier(propertyName))
            throw new SchemaException(schema, $"'{jsonName}' of {ownerType} gives the C# name '{propertyName}', which is not an identifier: add an x-mmp-name.");

        if (schema.Get("const") is { } constant)
            return ReadConstant(ownerType, jsonName, propertyName, schema, constant);
        var shape = ReadShape(schema, ownerType + propertyName);
        return new MemberModel(jsonName, propertyName, shape)
        {
            Description = schema.GetString("description"),
            IsRequired = isRequired,
            AllowsNull = AllowsNull(schema),
            Platform = schema.GetString("x-mmp-platform"),
            RenamedFrom = schema.GetString("x-mmp-renamed-from"),
        };
    }

    /// <summary>
    /// A property with <c>const</c>: a string the record writes on every message, which the user neither
    /// sets nor sees as a property. A parsed message with another value keeps it, and <c>Validate()</c>
    /// reports it (MMP004), as with every value the vendor does not accept.
    /// </summary>
    private static MemberModel ReadConstant(string ownerType, string jsonName, string propertyName, JsonObject schema, JsonNode constant)
    {
        if (constant is not JsonString { Value: var value })
            throw new SchemaException(constant, $"The const of '{jsonName}' in {ownerType} is {constant.KindName}: the generator supports string constants only (use a one-value enum for other kinds).");
        if (TypeNames(schema).Any(t => t != "string"))
            throw new SchemaException(schema, $"'{jsonName}' of {ownerType} has a string const but another type: give it \"type\": \"string\" or no type.");
        if (Naming.LoneSurrogateAt(value) >= 0)
            throw new SchemaException(constant, $"The const of '{jsonName}' in {ownerType} holds a lone surrogate (half a UTF-16 pair), which has no UTF-8 form and cannot be sent.");
        return new MemberModel(jsonName, propertyName, new ValueShape(ValueKind.String, ValueRules.None))
        {
            Description = schema.GetString("description"),
            Platform = schema.GetString("x-mmp-platform"),
            Source = MemberSource.SchemaConstant,
            Constant = value,
        };
    }

    private JsonObject Resolve(JsonNode node)
    {
        var schema = node as JsonObject ?? throw new SchemaException(node, "A subschema must be a JSON object.");
        if (schema.GetString("$ref") is not { } reference)
            return schema;
        const string Prefix = "#/definitions/";
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal))
            throw new SchemaException(schema, $"Only local references ('{Prefix}Name') are supported, not '{reference}'.");
        return _root.GetObject("definitions")?.GetObject(reference.Substring(Prefix.Length))
            ?? throw new SchemaException(schema, $"'{reference}' names no definition.");
    }

    private static bool AllowsNull(JsonObject schema) =>
        TypeNames(schema).Contains("null") || (schema.GetArray("enum")?.Items.Any(i => i is JsonNull) ?? false);

    private static List<string> TypeNames(JsonObject schema) => schema.Get("type") switch
    {
        JsonString single => [single.Value],
        JsonArray many => many.Items.OfType<JsonString>().Select(t => t.Value).ToList(),
        _ => [],
    };

    private static HashSet<string> StringSet(JsonArray? array) =>
        new((array?.Items ?? []).OfType<JsonString>().Select(s => s.Value), StringComparer.Ordinal);

    private static string RequiredString(JsonObject schema, string name) =>
        schema.GetString(name) ?? throw new SchemaException(schema, $"The schema needs '{name}' (see schemas/README.md).");
}
