using System;
using System.Collections.Generic;

namespace MmpTyped.Delivery;

/// <summary>The one text form of a vendor's message that was not sent or stored, shared by the per-vendor results.</summary>
internal static class VendorLines
{
    /// <summary><c>NotConfigured affise.s2s: MmpTyped:Affise:ApiKey is not set</c>, then one line per broken rule.</summary>
    public static string Format(MmpVendorStatus status, string schemaId, string? reason, IReadOnlyList<MmpError> errors)
    {
        var line = reason is null ? $"{status} {schemaId}" : $"{status} {schemaId}: {reason}";
        foreach (var error in errors)
            line += Environment.NewLine + "  " + error;
        return line;
    }
}
