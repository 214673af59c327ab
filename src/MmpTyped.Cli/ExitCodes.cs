namespace MmpTyped.Cli;

/// <summary>The exit codes DESIGN.md promises: scripts branch on them.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;
    public const int Usage = 2;
    public const int GaveUp = 3;
}
