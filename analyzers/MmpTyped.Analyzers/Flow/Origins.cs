using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace MmpTyped.Analyzers.Flow;

/// <summary>Where a rule of an object is reported: the <c>new Type(...)</c> part of a creation, or the <c>with</c> keyword.</summary>
internal static class Origins
{
    public static Location LocationOf(SyntaxNode origin)
    {
        var span = origin switch
        {
            ObjectCreationExpressionSyntax creation => TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList?.Span.End ?? creation.Type.Span.End),
            ImplicitObjectCreationExpressionSyntax creation => TextSpan.FromBounds(creation.NewKeyword.SpanStart, creation.ArgumentList.Span.End),
            WithExpressionSyntax with => with.WithKeyword.Span,
            _ => origin.Span,
        };
        return Location.Create(origin.SyntaxTree, span);
    }
}
