using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.Analyzers.MultiVendor;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Analyzers.Tests.MultiVendor;

/// <summary>
/// The multi-vendor analyzer knows at compile time which identity fills which identifier; the runtime's
/// <see cref="MmpIdentityMapping"/> does the filling. The two are written apart, so this test ties them: for
/// every identifier the analyzer's table names, setting exactly that identity makes Fill set that identifier,
/// and setting any other identity does not.
/// </summary>
public sealed class IdentityTableTests
{
    [Fact]
    public void The_analyzers_identity_table_says_what_MmpIdentityMapping_fills()
    {
        var table = (Dictionary<string, string>)typeof(MultiVendorIdentityAnalyzer)
            .GetField("IdentityOf", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(table);
        var identities = typeof(MmpIdentities).GetProperties().Where(p => p.PropertyType == typeof(string)).ToList();

        foreach (var (key, identity) in table)
        {
            var (recordType, path) = (key[..key.IndexOf(':', StringComparison.Ordinal)], key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            Assert.Contains(identities, p => p.Name == identity);
            foreach (var given in identities)
            {
                var who = new MmpIdentities();
                given.SetValue(who, "38400000-8cf0-11bd-b23e-10b96e40000d");
                var filled = Read(FilledRecord(recordType, who), path);
                Assert.True((given.Name == identity) == filled is not null,
                    $"{key}: the table says {identity}, but MmpIdentityMapping {(filled is null ? "does not fill it" : "fills it")} from {given.Name}.");
            }
        }
    }

    private static object FilledRecord(string recordType, MmpIdentities who)
    {
        switch (recordType)
        {
            case "MmpTyped.AppsFlyer.AppsFlyerEvent":
                var appsFlyer = AppsFlyerEvent.Parse("{}"u8);
                MmpIdentityMapping.Fill(who, appsFlyer);
                return appsFlyer;
            case "MmpTyped.Airbridge.AirbridgeAppEvent":
                var airbridge = AirbridgeAppEvent.Parse("{}"u8);
                MmpIdentityMapping.Fill(who, airbridge);
                return airbridge;
            case "MmpTyped.Affise.AffiseEvent":
                var affise = AffiseEvent.Parse("{}"u8);
                MmpIdentityMapping.Fill(who, affise);
                return affise;
            default:
                throw new InvalidOperationException($"The table names a record this test does not know: {recordType}.");
        }
    }

    // "User.ExternalUserID": each step a public property; a null on the way means not filled.
    private static object? Read(object record, string path)
    {
        object? value = record;
        foreach (var name in path.Split('.'))
            value = value?.GetType().GetProperty(name)!.GetValue(value);
        return value;
    }
}
