namespace MmpTyped.Cli;

/// <summary>
/// The exit codes of every command, a stable contract scripts branch on: 0 valid or done, 1 invalid,
/// 2 unreadable input, wrong usage or configuration, 3 gave up (a send that delivered nothing: the vendor
/// could not be reached or kept failing).
/// </summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;
    public const int Usage = 2;
    public const int GaveUp = 3;
}
