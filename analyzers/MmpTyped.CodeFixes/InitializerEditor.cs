using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MmpTyped.CodeFixes;

/// <summary>
/// Adds member paths (<c>User.ExternalUserID</c>) to an object initializer: it descends into the nested
/// <c>new</c> of a member that is already assigned, creates the objects that are missing (with their
/// <c>required</c> members), and gives each new leaf <c>default</c> for the user to replace. <c>default</c>
/// keeps the event failing until then: the analyzer counts it as no value (MMP001/MMP002 stay), and in a
/// non-nullable member the compiler warns too (CS8625). A fix never makes a wrong event look right.
/// </summary>
internal sealed class InitializerEditor(SemanticModel model, int position)
{
    private static readonly ExpressionSyntax Placeholder = SyntaxFactory.ParseExpression("default");

    /// <summary>The initializer of <paramref name="owner"/> with every path in <paramref name="paths"/> set.</summary>
    public InitializerExpressionSyntax? AddPaths(InitializerExpressionSyntax? initializer, ITypeSymbol owner, IEnumerable<string[]> paths)
    {
        var result = initializer ?? Empty();
        foreach (var path in paths)
        {
            result = AddPath(result, owner, path, 0);
            if (result is null)
                return null;
        }
        return result;
    }

    private InitializerExpressionSyntax? AddPath(InitializerExpressionSyntax initializer, ITypeSymbol owner, string[] path, int index)
    {
        var property = FindProperty(owner, path[index]);
        if (property is null)
            return null;
        var existing = initializer.Expressions.OfType<AssignmentExpressionSyntax>()
            .FirstOrDefault(a => a.Left is IdentifierNameSyntax name && name.Identifier.ValueText == property.Name);
        var isLeaf = index == path.Length - 1;
        if (existing is null)
            return Append(initializer, Assignment(property.Name, isLeaf ? Placeholder : NewObject(property, path, index + 1)));
        if (isLeaf)
            return initializer; // set already, or a placeholder only the user can fill
        if (existing.Right is BaseObjectCreationExpressionSyntax creation)
        {
            var nested = AddPath(creation.Initializer ?? Empty(), Unwrap(property.Type), path, index + 1);
            return nested is null ? null : initializer.ReplaceNode(creation, WithInitializer(creation, nested));
        }
        return IsNull(existing.Right)
            ? initializer.ReplaceNode(existing.Right, NewObject(property, path, index + 1).WithTriviaFrom(existing.Right))
            : null; // the member holds a value the fix cannot see into
    }

    /// <summary><c>new T { path... = default, Required = default }</c> for the member <paramref name="property"/>.</summary>
    private ObjectCreationExpressionSyntax NewObject(IPropertySymbol property, string[] path, int index)
    {
        var type = Unwrap(property.Type);
        var initializer = AddPath(Empty(), type, path, index) ?? Empty();
        foreach (var member in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (member.IsRequired && member.Name != path[index])
                initializer = Append(initializer, Assignment(member.Name, Placeholder));
        }
        var typeName = SyntaxFactory.ParseTypeName(type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToMinimalDisplayString(model, position));
        return SyntaxFactory.ObjectCreationExpression(SyntaxFactory.Token(SyntaxKind.NewKeyword).WithTrailingTrivia(SyntaxFactory.Space), typeName.WithTrailingTrivia(SyntaxFactory.Space), null, initializer);
    }

    public static ExpressionSyntax WithInitializer(BaseObjectCreationExpressionSyntax creation, InitializerExpressionSyntax initializer)
    {
        if (creation.Initializer is not null)
            return creation.WithInitializer(initializer);
        var last = creation.GetLastToken();
        return creation.ReplaceToken(last, last.WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(initializer.WithTrailingTrivia(last.TrailingTrivia));
    }

    /// <summary>Adds a member after the last one, in the layout the initializer already has (one line, or one member a line).</summary>
    public static InitializerExpressionSyntax Append(InitializerExpressionSyntax initializer, ExpressionSyntax member)
    {
        var items = initializer.Expressions.GetWithSeparators().ToList();
        var multiLine = initializer.OpenBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line
            != initializer.CloseBraceToken.GetLocation().GetLineSpan().StartLinePosition.Line
            && initializer.SyntaxTree is not null;
        if (items.Count == 0)
        {
            return initializer
                .WithOpenBraceToken(initializer.OpenBraceToken.WithTrailingTrivia(SyntaxFactory.Space))
                .WithExpressions(SyntaxFactory.SingletonSeparatedList(member))
                .WithCloseBraceToken(initializer.CloseBraceToken.WithLeadingTrivia(SyntaxFactory.Space));
        }

        if (!multiLine)
        {
            var lastNode = items[items.Count - 1];
            if (lastNode.IsToken)
                items.RemoveAt(items.Count - 1); // a trailing comma on one line: `{ A = 1, }`
            var previous = items[items.Count - 1].AsNode()!;
            items[items.Count - 1] = previous.WithoutTrailingTrivia();
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space));
            items.Add(member.WithTrailingTrivia(previous.GetTrailingTrivia()));
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }

        var first = items[0].AsNode()!;
        var indentation = first.GetLeadingTrivia();
        if (items[items.Count - 1].IsNode)
        {
            var lastMember = items[items.Count - 1].AsNode()!;
            items[items.Count - 1] = lastMember.WithoutTrailingTrivia();
            items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(lastMember.GetTrailingTrivia()));
            items.Add(member.WithLeadingTrivia(indentation).WithTrailingTrivia(lastMember.GetTrailingTrivia()));
            return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
        }
        var comma = items[items.Count - 1].AsToken();
        items.Add(member.WithLeadingTrivia(indentation));
        items.Add(SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(comma.TrailingTrivia));
        return initializer.WithExpressions(SyntaxFactory.SeparatedList<ExpressionSyntax>(items));
    }

    private static InitializerExpressionSyntax Empty() =>
        SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression,
            SyntaxFactory.Token(SyntaxKind.OpenBraceToken), SyntaxFactory.SeparatedList<ExpressionSyntax>(), SyntaxFactory.Token(SyntaxKind.CloseBraceToken));

    private static AssignmentExpressionSyntax Assignment(string name, ExpressionSyntax value) =>
        SyntaxFactory.AssignmentExpression(SyntaxKind.SimpleAssignmentExpression,
            SyntaxFactory.IdentifierName(name),
            SyntaxFactory.Token(SyntaxKind.EqualsToken).WithLeadingTrivia(SyntaxFactory.Space).WithTrailingTrivia(SyntaxFactory.Space),
            value.WithoutTrivia());

    private static bool IsNull(ExpressionSyntax value) =>
        value.IsKind(SyntaxKind.NullLiteralExpression) || value.IsKind(SyntaxKind.DefaultLiteralExpression) || value is DefaultExpressionSyntax;

    private static IPropertySymbol? FindProperty(ITypeSymbol type, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers(name).OfType<IPropertySymbol>().FirstOrDefault() is { } property)
                return property;
        }
        return null;
    }

    private static ITypeSymbol Unwrap(ITypeSymbol type) =>
        type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;
}
