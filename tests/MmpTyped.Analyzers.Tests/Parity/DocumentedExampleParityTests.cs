using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Schemas;
using MmpTyped.Testing;

namespace MmpTyped.Analyzers.Tests.Parity;

/// <summary>
/// The analyzer and <c>Validate()</c> agree on the documented examples too: the vendor documents' example
/// payloads (tests/MmpTyped.Tests/Examples, parsed into records), and the rule-breaking examples this
/// repository's own documents show (the README's first event, the "Wrong" sections of analyzers/docs). Each
/// is written as the C# initializer that builds it with constants; the analyzer's diagnostics must equal
/// <c>Validate()</c>'s errors by code and path, in the same words.
/// </summary>
public sealed class DocumentedExampleParityTests
{
    public static TheoryData<string> VendorExamples() => DocumentedExamples.Names(e => e.Parses);

    [Theory]
    [MemberData(nameof(VendorExamples))]
    public async Task A_vendor_example_is_judged_alike(string name)
    {
        var example = DocumentedExamples.Named(name);
        object record = MmpSchemaCatalog.Get(example.SchemaId).Parse(example.Bytes);
        if (!InitializerWriter.IsExpressible(record))
            return; // members the records do not know: no initializer builds the example
        await AssertAlike(name, record);
    }

    [Fact]
    public void Most_vendor_examples_can_be_written_in_CSharp()
    {
        // Examples with members the schema does not know cannot be built with an initializer; the rest must be most of them.
        var parsed = DocumentedExamples.All.Where(e => e.Parses).ToList();
        var expressible = parsed.Count(e => InitializerWriter.IsExpressible(MmpSchemaCatalog.Get(e.SchemaId).Parse(e.Bytes)));
        Assert.True(expressible * 2 >= parsed.Count, $"only {expressible} of {parsed.Count} vendor examples can be written in C#");
    }

    public static TheoryData<string> RepositoryExamples() => new(Wrong.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(RepositoryExamples))]
    public async Task A_wrong_example_of_the_documents_is_judged_alike(string name)
    {
        var (document, shown, code, build) = Wrong[name];
        // The document still shows the example (a reworded page must update this table, not silently leave it).
        Assert.Contains(shown, File.ReadAllText(Path.Combine(RepoPaths.Root, document)), StringComparison.Ordinal);
        var record = build();
        // ... and it is wrong as the page says: Validate() reports the page's code.
        Assert.Contains(code, ParityAnalysis.ValidateFindings(record, TimeProvider.System).Select(f => f.Code));
        await AssertAlike(name, record);
    }

    [Fact]
    public void The_wrong_examples_break_every_code_the_analyzer_decides()
    {
        // The message comparison of a code no example breaks would compare nothing.
        Assert.Equal(ParityAnalysis.CompileTimeCodes.Order(StringComparer.Ordinal), Wrong.Values.Select(w => w.Code).Distinct().Order(StringComparer.Ordinal));
    }

    private static async Task AssertAlike(string name, object record)
    {
        var validate = ParityAnalysis.ValidateFindings(record, TimeProvider.System);
        var analyzer = await ParityAnalysis.AnalyzeAsync(record);
        Assert.True(ParityAnalysis.Places(validate).SequenceEqual(ParityAnalysis.Places(analyzer)),
            $"{name}\nValidate(): {string.Join(", ", validate)}\nanalyzer:   {string.Join(", ", analyzer)}");
        Assert.Equal(ParityAnalysis.ExpectedMessages(validate), ParityAnalysis.Messages(analyzer));
    }

    /// <summary>
    /// The rule-breaking examples of this repository's documents: the page, the text it shows, the code it
    /// says the example breaks, and the example as a whole event (the pages show only the wrong part).
    /// </summary>
    private static readonly Dictionary<string, (string Document, string Shown, string Code, Func<object> Build)> Wrong = new(StringComparer.Ordinal)
    {
        ["README: a first event (deviceUUID without deviceModel)"] = ("README.md",
            "MMP002 $.device.deviceModel 'deviceModel' must be set because 'deviceUUID' is (rule 'deviceUUID-companions').", "MMP002",
            () => Airbridge(device: new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471", OsName = AirbridgeDeviceOsName.Android, OsVersion = "14" })),
        ["MMP001: an Airbridge event with neither user nor device"] = ("analyzers/docs/MMP001.md",
            "}); // MMP001", "MMP001", () => Airbridge(withUser: false)),
        ["MMP002: a deviceUUID without its companions"] = ("analyzers/docs/MMP002.md",
            """Device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" },""", "MMP002",
            () => Airbridge(device: new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" })),
        ["MMP004: a lower-case currency"] = ("analyzers/docs/MMP004.md", """EventCurrency = "usd", """, "MMP004",
            () => AppsFlyer(e => e.EventCurrency = "usd")),
        ["MMP004: an ip too long"] = ("analyzers/docs/MMP004.md", """Ip = "192.168.100.100.1", """, "MMP004",
            () => AppsFlyer(e => e.Ip = "192.168.100.100.1")),
        ["MMP004: an ip that matches the pattern but is no ipv4"] = ("analyzers/docs/MMP004.md", """Ip = "299.0.0.1" """, "MMP004",
            () => AppsFlyer(e => e.Ip = "299.0.0.1")),
        ["MMP004: att above 3"] = ("analyzers/docs/MMP004.md", "Att = 4, ", "MMP004", () => AppsFlyer(e => e.Att = 4)),
        ["MMP004: a consent flag that is no value of the enum"] = ("analyzers/docs/MMP004.md", "Eea = (AirbridgeConsentFlag)2", "MMP004",
            () => Airbridge(device: new AirbridgeDevice { Alias = new AirbridgeDeviceAlias { Eea = (AirbridgeConsentFlag)2 } })),
        ["MMP004: a timestamp in seconds given as milliseconds"] = ("analyzers/docs/MMP004.md", "EventTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(1767225600)", "MMP004",
            () => Airbridge(timestamp: DateTimeOffset.FromUnixTimeMilliseconds(1767225600))),
        ["MMP004: consent with both tcf and manual"] = ("analyzers/docs/MMP004.md", "new AppsFlyerConsentData { Tcf = ..., Manual = ... };", "MMP004",
            () => AppsFlyer(e => e.ConsentData = new AppsFlyerConsentData
            {
                Tcf = new AppsFlyerTcfConsent { GdprApplies = 1, Tcstring = "CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA" },
                Manual = new AppsFlyerManualConsent { GdprApplies = true, AdUserDataEnabled = true, AdPersonalizationEnabled = false },
            })),
        ["MMP004: a category neither standard nor custom"] = ("analyzers/docs/MMP004.md", """Category = "airbridge.my:event" """, "MMP004",
            () => Airbridge(category: "airbridge.my:event")),
        ["MMP004: an empty partner id in sharing_filter"] = ("analyzers/docs/MMP004.md", """SharingFilter = new[] { "googleadwords_int", "" },""", "MMP004",
            () => AppsFlyer(e => e.SharingFilter = new[] { "googleadwords_int", "" })),
        ["MMP004: an Affise custom value that is no string"] = ("analyzers/docs/MMP004.md", """AffiseEventData = new MmpAttributes { ["affise_event_custom_id_03"] = 3 }""", "MMP004",
            () => new AffiseEvent
            {
                Gaid = "38400000-8cf0-11bd-b23e-10b96e40000d",
                Event = new AffiseEventDetails { AffiseEventName = "CustomId03", AffiseEventData = new MmpAttributes { ["affise_event_custom_id_03"] = 3 } },
            }),
        ["MMP006: a clear-text email"] = ("analyzers/docs/MMP006.md", """EmailHashed = "jane@example.com",""", "MMP006",
            () => AppsFlyer(e => e.EmailHashed = "jane@example.com")),
        ["MMP006: a clear-text phone number"] = ("analyzers/docs/MMP006.md", """PhoneNumberHashed = "+1 (650) 555-1212",""", "MMP006",
            () => AppsFlyer(e => e.PhoneNumberHashed = "+1 (650) 555-1212")),
    };

    /// <summary>The README's Airbridge purchase, with what an example changes.</summary>
    private static AirbridgeAppEvent Airbridge(AirbridgeDevice? device = null, string category = "airbridge.ecommerce.order.completed",
        DateTimeOffset? timestamp = null, bool withUser = true) => new()
    {
        EventUUID = Guid.Parse("9b4b3e4e-2162-4ae6-8986-91ee84644262"),
        EventTimestamp = timestamp,
        User = withUser ? new AirbridgeUser { ExternalUserID = "19443" } : null,
        Device = device,
        App = new AirbridgeApp { PackageName = "com.example.shop" },
        EventData = new AirbridgeEventData
        {
            Goal = new AirbridgeGoal
            {
                Category = category,
                Value = 159990m,
                SemanticAttributes = new AirbridgeSemanticAttributes { Currency = "KRW", TransactionID = "12939172" },
            },
        },
    };

    /// <summary>A valid AppsFlyer purchase, with what an example changes.</summary>
    private static AppsFlyerEvent AppsFlyer(Action<AppsFlyerEvent> change)
    {
        var purchase = new AppsFlyerEvent
        {
            AppsflyerId = "1547985076649-5309999",
            EventName = "af_purchase",
            EventValue = new MmpAttributes { ["af_revenue"] = 159990m, ["af_currency"] = "KRW" },
            EventCurrency = "KRW",
            CustomerUserId = "19443",
        };
        change(purchase);
        return purchase;
    }
}
