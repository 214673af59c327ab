using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using MmpTyped.Runtime;

namespace MmpTyped.Analyzers.Tests.Parity;

/// <summary>
/// Writes a record built at run time back as the C# object initializer that builds it with constants
/// (<c>new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = "u-1" }, ... }</c>), and records
/// where each value and each object stands in that text, with its JSON path: the analyzer's diagnostics are
/// then mapped to the paths <c>Validate()</c> names. Null members are left out, except required ones, which
/// are written <c>null!</c> (the compiler demands them; the analyzer counts that as no value).
/// </summary>
internal sealed class InitializerWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, string Path)> _places = [];

    /// <summary>The C# text and, by the start of each expression, the JSON path of what it builds.</summary>
    public static (string Text, IReadOnlyList<(int Start, string Path)> Places) Write(object record, int offset)
    {
        var writer = new InitializerWriter();
        writer.WriteObject(record, "$");
        return (writer._text.ToString(), writer._places.Select(p => (p.Start + offset, p.Path)).ToList());
    }

    /// <summary>Whether the value can be written as C# constants: nothing was kept as unread JSON.</summary>
    public static bool IsExpressible(object record) => !HasUnknownMembers(record);

    private void WriteObject(object value, string path)
    {
        var type = value.GetType();
        _places.Add((_text.Length, path));
        _text.Append("new ").Append(TypeName(type)).Append(" { ");
        var first = true;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<MmpMemberAttribute>() is not { } member || !property.CanWrite)
                continue;
            var memberValue = property.GetValue(value);
            var required = property.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute");
            if (memberValue is null && !required)
                continue;
            if (!first)
                _text.Append(", ");
            first = false;
            _text.Append(property.Name).Append(" = ");
            var memberPath = path + "." + member.JsonName;
            if (memberValue is null)
            {
                _places.Add((_text.Length, memberPath));
                _text.Append("null!");
            }
            else
            {
                WriteValue(memberValue, memberPath);
            }
        }
        _text.Append(" }");
    }

    private void WriteValue(object value, string path)
    {
        if (IsRecord(value.GetType()))
        {
            WriteObject(value, path);
            return;
        }
        _places.Add((_text.Length, path));
        _text.Append(value switch
        {
            string text => Literal(text),
            bool flag => flag ? "true" : "false",
            int number => number.ToString(CultureInfo.InvariantCulture),
            long number => number.ToString(CultureInfo.InvariantCulture) + "L",
            decimal number => number.ToString(CultureInfo.InvariantCulture) + "m",
            double number => number.ToString("R", CultureInfo.InvariantCulture) + "d",
            Guid guid => $"global::System.Guid.Parse(\"{guid:D}\")",
            DateTimeOffset time => $"global::System.DateTimeOffset.FromUnixTimeMilliseconds({time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}L)",
            Enum member => $"({TypeName(value.GetType())})({Convert.ToInt64(member, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)})",
            MmpAttributes attributes => Attributes(attributes, path),
            IList list => List(list, value.GetType(), path),
            _ => Union(value, path),
        });
    }

    /// <summary>An open object, each entry's value at its key's path (<c>$.event.affise_event_data.affise_event_custom_id_03</c>).</summary>
    private string Attributes(MmpAttributes attributes, string path)
    {
        var text = new StringBuilder("new global::MmpTyped.MmpAttributes { ");
        var first = true;
        foreach (var entry in attributes)
        {
            text.Append(first ? "" : ", ").Append('[').Append(Literal(entry.Key)).Append("] = ");
            first = false;
            _places.Add((_text.Length + text.Length, path + "." + entry.Key));
            text.Append(MmpValueLiteral(entry.Value));
        }
        return text.Append(" }").ToString();
    }

    private static string MmpValueLiteral(MmpValue value) => value.Kind switch
    {
        MmpValueKind.String => Literal(value.AsString()!),
        MmpValueKind.Boolean => value.ToString(),
        MmpValueKind.Number when value.TryGetDecimal(out var number) => number.ToString(CultureInfo.InvariantCulture) + "m",
        MmpValueKind.Number => $"global::MmpTyped.MmpValue.NumberText({Literal(value.ToString())})",
        MmpValueKind.Null => "global::MmpTyped.MmpValue.Null",
        _ => $"global::MmpTyped.MmpValue.Json({Literal(value.ToString())})",
    };

    /// <summary>A list, each item at its index's path (<c>$.sharing_filter[1]</c>).</summary>
    private string List(IList list, Type type, string path)
    {
        var element = type.IsGenericType ? type.GetGenericArguments()[0] : typeof(object);
        var text = new StringBuilder("new global::System.Collections.Generic.List<").Append(TypeName(element)).Append(">()");
        if (list.Count == 0)
            return text.ToString();
        text.Append(" { ");
        for (var i = 0; i < list.Count; i++)
        {
            if (i > 0)
                text.Append(", ");
            var writer = new InitializerWriter();
            writer.WriteValue(list[i]!, $"{path}[{i}]");
            foreach (var (start, itemPath) in writer._places)
                _places.Add((_text.Length + text.Length + start, itemPath));
            text.Append(writer._text);
        }
        return text.Append(" }").ToString();
    }

    /// <summary>A union (string or list, ...): its one set branch, which converts implicitly.</summary>
    private string Union(object value, string path)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanWrite && property.GetValue(value) is { } branch)
            {
                var writer = new InitializerWriter();
                writer.WriteValue(branch, path);
                foreach (var (start, branchPath) in writer._places)
                    _places.Add((_text.Length + start, branchPath));
                return writer._text.ToString();
            }
        }
        throw new NotSupportedException($"{value.GetType()} has no C# constant form in the parity test.");
    }

    private static bool IsRecord(Type type) =>
        type.GetProperties().Any(p => p.GetCustomAttribute<MmpMemberAttribute>() is not null);

    private static bool HasUnknownMembers(object value)
    {
        var type = value.GetType();
        if (!IsRecord(type))
            return value is IList list && list.Cast<object?>().Any(i => i is not null && HasUnknownMembers(i));
        if (type.GetProperty("UnknownMembers")?.GetValue(value) is MmpAttributes { Count: > 0 })
            return true;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<MmpMemberAttribute>() is not null && property.GetValue(value) is { } member && HasUnknownMembers(member))
                return true;
        }
        return false;
    }

    private static string TypeName(Type type) => "global::" + type.FullName!.Replace('+', '.');

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
