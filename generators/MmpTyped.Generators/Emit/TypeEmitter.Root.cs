using System.Linq;
using System.Text.RegularExpressions;
using MmpTyped.Generators.Model;

namespace MmpTyped.Generators.Emit;

internal sealed partial class TypeEmitter
{
    /// <summary>The entry points of a schema's record: <c>IMmpEvent&lt;T&gt;</c> and the endpoint's URL.</summary>
    private void EmitRootMembers(RootModel root)
    {
        var parse = $$"""
                public static {{Self}} Parse(global::System.ReadOnlySpan<byte> utf8Json)
                {
                    // The shape vendors send is read straight from the bytes; anything else (and every error) by the reader.
                    var scanner = new {{Scanner}}(utf8Json);
                    if (TryScan(ref scanner, out var scanned) && scanner.AtEnd())
                        return scanned;
                    return {{Syntax.Runtime}}.MmpRead.Document(utf8Json, s_read);
                }
                """;
        var size = root.SizeLimit is int limit
            ? $$"""

                        // Measured by writing it, which a value JSON cannot carry (reported as MMP004) would make throw.
                        if (!validator.Has(global::MmpTyped.MmpErrorCodes.InvalidValue)
                            && global::MmpTyped.MmpJson.MeasureUtf8Length(this) is var size && size > {{limit}})
                        {
                            validator.Add(global::MmpTyped.MmpErrorCodes.PayloadTooLarge, null,
                                string.Create(global::System.Globalization.CultureInfo.InvariantCulture, $"The payload is {size} bytes; the vendor accepts at most {{limit}}."));
                        }
                """
            : "";
        _writer.WriteLine($$"""
            /// <summary>The id of the schema this record was generated from.</summary>
            public static string SchemaId => {{Syntax.Literal(root.SchemaId)}};

            private static readonly {{Syntax.Runtime}}.MmpReadFunc<{{Self}}> s_read = ReadFrom;

            /// <summary>Parses UTF-8 JSON. Members the schema does not know are kept in <see cref="UnknownMembers"/> and written back.</summary>
            /// <exception cref="global::MmpTyped.MmpParseException">Not JSON, or a member of the wrong JSON type; the message names its path and byte offset.</exception>
            {{parse}}

            /// <summary>Parses UTF-8 JSON; on failure returns false and the error instead of throwing.</summary>
            public static bool TryParse(
                global::System.ReadOnlySpan<byte> utf8Json,
                [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {{Self}}? message,
                [global::System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out global::MmpTyped.MmpError? parseError)
            {
                try
                {
                    message = Parse(utf8Json);
                    parseError = null;
                    return true;
                }
                catch (global::MmpTyped.MmpParseException error)
                {
                    message = null;
                    parseError = error.ToError();
                    return false;
                }
            }

            /// <summary>Checks every rule of the vendor's schema; allocates nothing when the message is valid.</summary>
            public global::MmpTyped.MmpValidationResult Validate() => Validate(global::System.TimeProvider.System);

            /// <summary>Checks every rule of the vendor's schema, with timestamp windows measured on <paramref name="time"/>.</summary>
            public global::MmpTyped.MmpValidationResult Validate(global::System.TimeProvider time)
            {
                var validator = {{Syntax.Runtime}}.MmpValidator.Rent(time);
                try
                {
                    ValidateInto(validator);{{size}}
                    return validator.ToResult();
                }
                catch ({{Syntax.Runtime}}.MmpValidationDepthException)
                {
                    // An object graph nested past the validator's depth (a cycle built in code) was reported
                    // where it passed it; nothing deeper is checked.
                    return validator.ToResult();
                }
                finally
                {
                    {{Syntax.Runtime}}.MmpValidator.Return(validator);
                }
            }
            """);
        if (root.Url is { } url)
            EmitBuildUrl(_writer, root, url);
    }

    /// <summary><c>BuildUrl</c>: the endpoint with its path parameters escaped; an iOS app id without <c>id</c> is refused (MMP008).</summary>
    /// <param name="writer">Where the methods go.</param>
    /// <param name="root">The schema root: its path parameters' rules and its app id parameter.</param>
    /// <param name="url">The endpoint's URL template.</param>
    /// <param name="record">For an <c>[MmpEvent]</c> class, the vendor record whose <c>BuildUrl</c> the class's forwards to.</param>
    internal static void EmitBuildUrl(SourceWriter writer, RootModel root, string url, string? record = null)
    {
        var parameters = Regex.Matches(url, @"\{(\w+)\}").Cast<Match>().Select(m => m.Groups[1].Value).ToList();
        if (parameters.Count == 0)
            return;
        var arguments = parameters.Select(p => (Json: p, Name: Schema.Naming.ParameterName(p))).ToList();
        var signature = string.Join(", ", arguments.Select(a => (a.Json == root.AppIdParameter ? $"[{Syntax.Runtime}.MmpAppId] " : "") + "string " + a.Name));
        var exception = root.AppIdParameter is null
            ? "/// <exception cref=\"global::System.ArgumentException\">A parameter is empty or breaks its rules.</exception>"
            : "/// <exception cref=\"global::System.ArgumentException\">A parameter is empty or breaks its rules, or the app id is an iOS id without its <c>id</c> prefix (MMP008).</exception>";
        // The host can be replaced (a test server, a proxy) when the template is an absolute http(s) URL.
        var authorityEnd = url.StartsWith("https://", System.StringComparison.Ordinal) || url.StartsWith("http://", System.StringComparison.Ordinal)
            ? url.IndexOf('/', url.IndexOf("://", System.StringComparison.Ordinal) + 3)
            : -1;
        var names = string.Join(", ", arguments.Select(a => a.Name));
        var onBaseAddress = authorityEnd < 0 ? ""
            : $"/// <summary>The endpoint's URL on <paramref name=\"baseAddress\"/> (its scheme, host, port and path, then the endpoint's path <c>{Syntax.XmlText(url.Substring(authorityEnd))}</c>), or on the vendor's host when it is null.</summary>";
        writer.WriteLine();
        writer.WriteLine($"/// <summary>The endpoint's URL, <c>{Syntax.XmlText(url)}</c>, with each parameter checked against its rules and escaped.</summary>");
        writer.WriteLine(exception);
        if (record is not null)
        {
            // The class's URL is its record's: one line each, the checks stay in the record's generated code.
            writer.WriteLine($"public static string BuildUrl({signature}) => {record}.BuildUrl({names});");
            if (authorityEnd >= 0)
            {
                writer.WriteLine();
                writer.WriteLine(onBaseAddress);
                writer.WriteLine(exception);
                writer.WriteLine($"public static string BuildUrl(global::System.Uri? baseAddress, {signature}) => {record}.BuildUrl(baseAddress, {names});");
            }
            return;
        }
        if (authorityEnd < 0)
        {
            writer.WriteLine($"public static string BuildUrl({signature})");
            writer.WriteLine("{");
            writer.Indent();
            writer.WriteLine($"var url = {Syntax.Literal(url)};");
        }
        else
        {
            writer.WriteLine($"public static string BuildUrl({signature}) => BuildUrl((global::System.Uri?)null, {names});");
            writer.WriteLine();
            writer.WriteLine(onBaseAddress);
            writer.WriteLine(exception);
            writer.WriteLine($"public static string BuildUrl(global::System.Uri? baseAddress, {signature})");
            writer.WriteLine("{");
            writer.Indent();
            writer.WriteLine("if (baseAddress is { IsAbsoluteUri: false })");
            writer.WriteLine("    throw new global::System.ArgumentException(\"The base address must be an absolute URI, like http://127.0.0.1:5000/.\", nameof(baseAddress));");
            writer.WriteLine($"var url = (baseAddress is null ? {Syntax.Literal(url.Substring(0, authorityEnd))} : baseAddress.GetLeftPart(global::System.UriPartial.Path).TrimEnd('/')) + {Syntax.Literal(url.Substring(authorityEnd))};");
        }
        foreach (var (json, name) in arguments)
        {
            writer.WriteLine($"global::System.ArgumentException.ThrowIfNullOrEmpty({name});");
            if (root.PathParameters.FirstOrDefault(p => p.JsonName == json) is { } rules)
                EmitParameterRules(writer, rules, name);
            if (json == root.AppIdParameter)
            {
                writer.WriteLine($"if ({Syntax.Runtime}.MmpChecks.IsBareIosAppId({name}))");
                writer.WriteLine($"    throw new global::System.ArgumentException($\"MMP008: '{{{name}}}' looks like an iOS app id without its 'id' prefix: the vendor answers 200 OK and drops the event. Use 'id{{{name}}}'.\", nameof({name}));");
            }
            writer.WriteLine($"url = url.Replace({Syntax.Literal("{" + json + "}")}, global::System.Uri.EscapeDataString({name}));");
        }
        writer.WriteLine("return url;");
        writer.Unindent();
        writer.WriteLine("}");
    }

    private static void EmitParameterRules(SourceWriter writer, PathParameterModel rules, string name)
    {
        var label = Syntax.InterpolatedText($"'{rules.JsonName}'");
        if (rules.MinLength is int min && min > 1)
            writer.WriteLine(ValueCheckWriter.If($"{name}.Length < {min}", $"throw new global::System.ArgumentException($\"{label} must be at least {min} characters long; it is {{{name}.Length}}.\", nameof({name}));"));
        if (rules.MaxLength is int max)
            writer.WriteLine(ValueCheckWriter.If($"{name}.Length > {max}", $"throw new global::System.ArgumentException($\"{label} must be at most {max} characters long; it is {{{name}.Length}}.\", nameof({name}));"));
        if (rules.Pattern is { } pattern)
        {
            writer.WriteLine($"if (!{Syntax.Runtime}.MmpChecks.IsMatch({Syntax.Runtime}.MmpPatterns.Get({Syntax.Literal(pattern)}), {name}))");
            writer.WriteLine($"    throw new global::System.ArgumentException($\"{label} must match {Syntax.InterpolatedText(pattern)}; it is \\\"{{{name}}}\\\".\", nameof({name}));");
        }
    }
}
