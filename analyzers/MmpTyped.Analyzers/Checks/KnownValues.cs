using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Vocabulary;

namespace MmpTyped.Analyzers.Checks;

/// <summary>
/// The values an expression has at compile time, in the forms the value rules need: constants (through
/// nullable and numeric conversions), a <c>Guid</c> parsed from a constant, a timestamp made from a
/// constant number of Unix seconds or milliseconds, a list known to be empty.
/// </summary>
internal static class KnownValues
{
    /// <summary>The constant, looking through conversions that keep the value (<c>int</c> to <c>int?</c>).</summary>
    public static Optional<object?> Constant(IOperation value)
    {
        for (var current = value; ; current = ((IConversionOperation)current).Operand)
        {
            if (current.ConstantValue.HasValue)
                return current.ConstantValue;
            if (current is not IConversionOperation { OperatorMethod: null })
                return default;
        }
    }

    /// <summary>The string a user-defined conversion (a union such as <c>sharing_filter</c>) or the value itself carries.</summary>
    public static string? ConvertedString(IOperation value) =>
        Constant(Unconvert(value)) is { HasValue: true, Value: string text } ? text : null;

    /// <summary>The number, as a decimal, when the value is a numeric constant within decimal's range.</summary>
    public static decimal? Number(IOperation value)
    {
        var constant = Constant(value);
        if (!constant.HasValue)
            return null;
        try
        {
            return constant.Value switch
            {
                int or long or short or sbyte or byte or ushort or uint or ulong or decimal => Convert.ToDecimal(constant.Value, System.Globalization.CultureInfo.InvariantCulture),
                double d when !double.IsNaN(d) && !double.IsInfinity(d) => (decimal)d,
                float f when !float.IsNaN(f) && !float.IsInfinity(f) => (decimal)f,
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The <c>Guid</c> of <c>Guid.Parse("...")</c> or <c>new Guid("...")</c> with a constant.</summary>
    public static Guid? Guid(IOperation value)
    {
        var operation = Unconvert(value);
        var argument = operation switch
        {
            IInvocationOperation { TargetMethod: { Name: "Parse", ContainingType.Name: "Guid" }, Arguments.Length: 1 } parse => parse.Arguments[0].Value,
            IObjectCreationOperation { Type.Name: "Guid", Arguments.Length: 1 } creation => creation.Arguments[0].Value,
            _ => null,
        };
        if (argument is null || operation.Type?.ContainingNamespace?.ToDisplayString() != "System"
            || Constant(argument) is not { HasValue: true, Value: string text })
            return null;
        return System.Guid.TryParse(text, out var guid) ? guid : null;
    }

    /// <summary>
    /// The Unix milliseconds of <c>DateTimeOffset.FromUnixTimeMilliseconds(n)</c> or <c>FromUnixTimeSeconds(n)</c>
    /// with a constant; <paramref name="fromSeconds"/> tells which.
    /// </summary>
    public static decimal? UnixMilliseconds(IOperation value, out bool fromSeconds)
    {
        fromSeconds = false;
        if (Unconvert(value) is not IInvocationOperation { Arguments.Length: 1 } call
            || call.TargetMethod.ContainingType?.ToDisplayString() != "System.DateTimeOffset"
            || Number(call.Arguments[0].Value) is not { } number)
            return null;
        switch (call.TargetMethod.Name)
        {
            case "FromUnixTimeMilliseconds":
                return number;
            case "FromUnixTimeSeconds":
                fromSeconds = true;
                return number * 1000;
            default:
                return null;
        }
    }

    /// <summary>Whether the value is a list or array known to hold nothing (<c>new string[0]</c>, <c>[]</c>, <c>Array.Empty&lt;T&gt;()</c>, <c>new List&lt;T&gt;()</c>).</summary>
    public static bool IsEmptyCollection(IOperation value) =>
        Unconvert(value) switch
        {
            IArrayCreationOperation array => array.Initializer is { ElementValues.IsEmpty: true }
                || array.Initializer is null && array.DimensionSizes.Length == 1 && Number(array.DimensionSizes[0]) == 0,
            ICollectionExpressionOperation collection => collection.Elements.IsEmpty,
            IInvocationOperation { TargetMethod: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_Array } } => true,
            IObjectCreationOperation { Arguments.IsEmpty: true, Type: INamedTypeSymbol type } list => IsList(type) && list.Initializer is null or { Initializers.IsEmpty: true },
            _ => false,
        };

    /// <summary>
    /// The items of a list or array written out where it is made (<c>new[] { "a", "" }</c>, <c>new List&lt;string&gt; { ... }</c>,
    /// <c>["a"]</c>), through conversions (a union's); none when the items are not in sight.
    /// </summary>
    public static IEnumerable<IOperation> Items(IOperation value)
    {
        switch (Unconvert(value))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues;
            case ICollectionExpressionOperation collection:
                return collection.Elements;
            case IObjectCreationOperation { Type: INamedTypeSymbol type, Initializer: { } initializer } when IsList(type):
                var items = new List<IOperation>();
                foreach (var element in initializer.Initializers)
                {
                    if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                        items.Add(add.Arguments[0].Value);
                }
                return items;
            default:
                return Array.Empty<IOperation>();
        }
    }

    /// <summary>The entries of an object made with an index initializer (<c>new MmpAttributes { ["key"] = value }</c>) whose keys are constants.</summary>
    public static IEnumerable<(string Key, IOperation Value)> Entries(IOperation value)
    {
        if (Unconvert(value) is not IObjectCreationOperation { Initializer: { } initializer })
            yield break;
        foreach (var element in initializer.Initializers)
        {
            if (element is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } entry
                && Constant(indexer.Arguments[0].Value) is { HasValue: true, Value: string key })
                yield return (key, entry.Value);
        }
    }

    /// <summary>
    /// What JSON a constant becomes when an open object holds it (through <c>MmpValue</c>'s conversions): its kind,
    /// whether a number is whole, and its JSON text. Null when the value is not a constant.
    /// </summary>
    public static (MmpJsonKind Kind, bool IsWholeNumber, string Text)? Json(IOperation value)
    {
        var constant = Constant(Unconvert(value));
        if (!constant.HasValue)
            return null;
        switch (constant.Value)
        {
            case string text:
                return (MmpJsonKind.String, false, JsonString(text));
            case bool flag:
                return (MmpJsonKind.Boolean, false, flag ? "true" : "false");
            case null:
                return null;
        }
        if (Number(Unconvert(value)) is not { } number)
            return null;
        return (MmpJsonKind.Number, number == decimal.Truncate(number), number.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A string as JSON text: quoted, with quotes, backslashes and control characters escaped.</summary>
    private static string JsonString(string text)
    {
        var json = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ')
                        json.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        json.Append(c);
                    break;
            }
        }
        return json.Append('"').ToString();
    }

    private static bool IsList(INamedTypeSymbol type) =>
        type.OriginalDefinition.ToDisplayString() == "System.Collections.Generic.List<T>";

    /// <summary>The value under every conversion, user-defined ones included.</summary>
    private static IOperation Unconvert(IOperation value)
    {
        while (value is IConversionOperation conversion)
            value = conversion.Operand;
        return value;
    }
}
