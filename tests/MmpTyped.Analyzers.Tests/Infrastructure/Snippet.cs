namespace MmpTyped.Analyzers.Tests.Infrastructure;

/// <summary>
/// Wraps a test's code in what every snippet needs: the usings, an outbox that takes finished events as
/// <c>IMmpEvent</c> (the way a sender or <c>MmpJson</c> takes them), and a method with a few unknown values.
/// </summary>
internal static class Snippet
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;
        using MmpTyped;
        using MmpTyped.Affise;
        using MmpTyped.Airbridge;
        using MmpTyped.AppsFlyer;

        """;

    public const string Outbox = """

        public static class Outbox
        {
            public static void Send(IMmpEvent message) { }
            public static Task SendAsync(IMmpEvent message) => Task.CompletedTask;
            public static void SendAll(IEnumerable<IMmpEvent> messages) { }
            public static T Checked<T>(T message) where T : IMmpEvent => message;
        }

        """;

    /// <summary>
    /// A method body, with <c>userId</c>, <c>maybe</c>, <c>flag</c> and <c>count</c> in scope; the method is
    /// async, so the body may await.
    /// </summary>
    public static string InMethod(string body, string members = "") => Usings + Outbox + $$"""
        public partial class Snippet
        {
            public async Task Run(string userId, string? maybe, bool flag, int count)
            {
        {{body}}
                await Task.CompletedTask;
            }
        {{members}}
        }
        """;

    /// <summary>Types of the test's own (<c>[MmpEvent]</c> classes, helpers), then a method body.</summary>
    public static string WithTypes(string types, string body, string members = "") => InMethod(body, members) + "\n" + types;
}
