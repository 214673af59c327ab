using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

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
