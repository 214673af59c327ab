using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using MmpTyped.Analyzers.Metadata;

namespace MmpTyped.Analyzers.Flow;

/// <summary>
/// Builds what is known about an object from the code that makes it: its initializer, the objects created
/// inside it, and the locals it takes whose whole life the analyzer can see.
/// </summary>
internal sealed class StateBuilder(RuleCache cache)
{
    public RuleCache Cache { get; } = cache;

    public ObjectState? FromCreation(IObjectCreationOperation creation)
    {
        if (creation.Type is not { } type)
            return null;
        var empty = creation.Arguments.IsEmpty && creation.Constructor is { } constructor && Cache.IsEmptyConstructor(constructor);
        var state = new ObjectState(type, Origins.LocationOf(creation.Syntax), empty);
        ApplyInitializer(state, creation.Initializer);
        return state;
    }

    public ObjectState? FromWith(IWithOperation with)
    {
        if (with.Type is not { } type)
            return null;
        var location = Origins.LocationOf(with.Syntax);
        var source = HasOwnCopyConstructor(type) ? null : StateOf(with.Operand);
        var state = source?.CopyTo(location) ?? new ObjectState(type, location, othersNotSet: false);
        ApplyInitializer(state, with.Initializer);
        return state;
    }

    /// <summary>The object an expression evaluates to, when it is made where the analyzer can see it.</summary>
    public ObjectState? StateOf(IOperation operation) =>
        Unwrap(operation) switch
        {
            IObjectCreationOperation creation => FromCreation(creation),
            IWithOperation with => FromWith(with),
            ILocalReferenceOperation local => LocalFlow.ResolveSingleUse(local, this),
            _ => null,
        };

    /// <summary>What is known about the value an assignment stores.</summary>
    public ValueFact FactOf(IOperation value)
    {
        if (IsPlaceholder(value.Syntax))
            return IsNullable(value.Type) ? ValueFact.NotSet : ValueFact.Set; // `default!`, `null!`: a placeholder, no value
        if (IsSuppressed(value.Syntax))
            return ValueFact.Unknown; // `Load()!`: the code says a value will be there
        var operation = Unwrap(value);
        if (operation is IConversionOperation)
            return ValueFact.Unknown; // a conversion of the user's own
        if (operation is IDefaultValueOperation)
            return IsNullable(operation.Type) ? ValueFact.NotSet : ValueFact.Set;
        if (operation.ConstantValue.HasValue)
            return operation.ConstantValue.Value is null ? ValueFact.NotSet : ValueFact.Set;
        switch (operation)
        {
            case IObjectCreationOperation or IWithOperation or ILocalReferenceOperation:
                var state = StateOf(operation);
                if (state is not null)
                    return new ValueFact(Presence.Set, state);
                break;
            case IInterpolatedStringOperation or IArrayCreationOperation or IAnonymousFunctionOperation
                or IDelegateCreationOperation or ITypeOfOperation or IAnonymousObjectCreationOperation:
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String }:
                return ValueFact.Set;
        }
        return operation.Type is { IsValueType: true } type && !IsNullable(type) ? ValueFact.Set : ValueFact.Unknown;
    }

    /// <summary>Applies <c>target.A.B = value</c> (<paramref name="chain"/> is A, B) to an object.</summary>
    public void ApplyAssignment(ObjectState state, IPropertySymbol[] chain, IOperation value)
    {
        var current = state;
        for (var i = 0; i < chain.Length - 1; i++)
        {
            if (current.Get(chain[i]).Value is not { } next)
                return; // the path's object is not known: neither is its member
            current = next;
        }
        Assign(current, chain[chain.Length - 1], value);
    }

    private void ApplyInitializer(ObjectState state, IObjectOrCollectionInitializerOperation? initializer)
    {
        if (initializer is null)
            return;
        foreach (var element in initializer.Initializers)
        {
            switch (element)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.IsEmpty: true } target } assignment:
                    Assign(state, target.Property, assignment.Value);
                    break;
                case ISimpleAssignmentOperation { Target: IFieldReferenceOperation }:
                    break; // rules name properties only
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation member }:
                    if (!Cache.HasPlainSetter(member.Property))
                        state.MakeOpaque();
                    state.Assign(member.Property, ValueFact.Unknown);
                    break;
                default:
                    state.MakeOpaque(); // a collection Add, an indexer: code the analyzer does not follow
                    break;
            }
        }
    }

    private void Assign(ObjectState state, IPropertySymbol property, IOperation value)
    {
        if (!Cache.HasPlainSetter(property))
            state.MakeOpaque();
        state.Assign(property, FactOf(value));
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { OperatorMethod: null } conversion && !IsSuppressed(conversion.Operand.Syntax))
            operation = conversion.Operand;
        return operation;
    }

    /// <summary>
    /// <c>default!</c> or <c>null!</c>: the <c>!</c> only silences the nullable warning, and what is stored is
    /// still null. A code fix's placeholder or a hurried edit, it must not count as a value.
    /// </summary>
    private static bool IsPlaceholder(SyntaxNode syntax)
    {
        var suppression = syntax.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? syntax
            : syntax.Parent is { } parent && parent.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? parent
            : null;
        if (suppression is not PostfixUnaryExpressionSyntax { Operand: var operand })
            return false;
        while (operand is ParenthesizedExpressionSyntax parenthesized)
            operand = parenthesized.Expression;
        return operand.IsKind(SyntaxKind.NullLiteralExpression) || operand.IsKind(SyntaxKind.DefaultLiteralExpression) || operand is DefaultExpressionSyntax;
    }

    private static bool IsSuppressed(SyntaxNode syntax) =>
        syntax.IsKind(SyntaxKind.SuppressNullableWarningExpression)
        || syntax.Parent is { } parent && parent.IsKind(SyntaxKind.SuppressNullableWarningExpression);

    private static bool IsNullable(ITypeSymbol? type) =>
        type is null || type.IsReferenceType || type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || type.TypeKind == TypeKind.TypeParameter;

    private static bool HasOwnCopyConstructor(ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol named)
            return true;
        foreach (var constructor in named.InstanceConstructors)
        {
            if (constructor.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, named)
                && !constructor.IsImplicitlyDeclared
                && !IsGeneratedCopy(constructor))
                return true;
        }
        return false;
    }

    // The copy constructor MmpTyped's generator declares on an [MmpEvent] record copies every member, as the compiler's would.
    private static bool IsGeneratedCopy(IMethodSymbol constructor) =>
        constructor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute"
            && a.ConstructorArguments.FirstOrDefault().Value as string == "MmpTyped.Generators");
}
