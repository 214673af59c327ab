namespace MmpTyped.Sandbox.Tests.Infrastructure;

/// <summary>The keys every test sandbox is started with: distinctive, so a search of the logs cannot miss them.</summary>
internal static class Keys
{
    public const string AppsFlyer = "af-key-7Q2mX9";
    public const string Airbridge = "ab-token-K4vR8p";
    public const string Affise = "affise-key-Z3nW6t";
}
