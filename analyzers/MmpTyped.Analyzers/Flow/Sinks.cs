using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Metadata;

namespace MmpTyped.Analyzers.Flow;

/// <summary>
/// Where an event is used as finished, so that its rules can be decided: passed as an <c>IMmpEvent</c>
/// (to <c>MmpJson.Serialize</c>, a sender, a list of events), or asked to <c>Validate()</c> or <c>WriteTo</c>.
/// A method that takes the concrete type may still add members to it, so passing it there decides nothing;
/// neither does returning it (a builder helper) or storing it in a field.
/// </summary>
internal sealed class Sinks(MmpSymbols symbols)
{
    public bool IsFinalUse(IOperation value)
    {
        var current = value;
        var asEvent = false;
        while (true)
        {
            var parent = current.Parent;
            if (parent is IConversionOperation conversion)
                asEvent |= symbols.IsEventInterface(conversion.Type);
            else if (!FlowsThrough(parent, current))
                break;
            current = parent!;
        }

        return current.Parent switch
        {
            IArgumentOperation argument => IsEventParameter(argument.Parameter),
            IInvocationOperation invocation => invocation.Instance == current && IsEventMethod(invocation.TargetMethod),
            IArrayInitializerOperation or ICollectionExpressionOperation => asEvent,
            _ => false,
        };
    }

    /// <summary>
    /// The operation that receives the value of <paramref name="value"/> after conversions and
    /// conditionals (<c>flag ? new A { } : new A { }</c>), with the last operation before it.
    /// </summary>
    public static IOperation? ConsumerOf(IOperation value, out IOperation last)
    {
        last = value;
        while (last.Parent is { } parent && (parent is IConversionOperation || FlowsThrough(parent, last)))
            last = parent;
        return last.Parent;
    }

    private static bool FlowsThrough(IOperation? parent, IOperation child) =>
        parent is IConditionalOperation conditional && conditional.Condition != child
        || parent is ICoalesceOperation;

    private bool IsEventParameter(IParameterSymbol? parameter) =>
        parameter is { RefKind: RefKind.None or RefKind.In }
        && (symbols.IsEventSink(parameter.Type) || symbols.IsEventSink(parameter.OriginalDefinition.Type));

    private bool IsEventMethod(IMethodSymbol method) =>
        method.Name is "Validate" or "WriteTo"
        && (symbols.IsEventInterface(method.ContainingType) || symbols.IsEvent(method.ContainingType));
}
