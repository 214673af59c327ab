using System.Collections.Generic;
using MmpTyped.Affise;

namespace MmpTyped.Tests.Records;

/// <summary>
/// Every rule of <c>affise.s2s</c>, broken once on a valid <see cref="AffiseEvent"/> built in C#:
/// <see cref="AffiseEvent.Validate()"/> reports it with the catalogue's code at the member's path.
/// </summary>
public sealed class AffiseRecordRuleTests
{
    private const string CustomValuePath = "$.event.affise_event_data.affise_event_custom_id_03";

    private static readonly Dictionary<string, BrokenRule<AffiseEvent>> Rules = new()
    {
        ["event is required"] = Broken.By<AffiseEvent>("MMP003", "$.event", "event", e => e.Event = null!),
        ["affise_event_name is required"] = Broken.By<AffiseEvent>("MMP003", "$.event.affise_event_name", "affise_event_name", e => e.Event.AffiseEventName = null!),
        ["affise_event_name empty"] = Broken.By<AffiseEvent>("MMP004", "$.event.affise_event_name", "affise_event_name", e => e.Event.AffiseEventName = ""),
        ["no device identifier"] = Broken.By<AffiseEvent>("MMP001", "$", "affise_device_id", e => KeepOnly(e, null)),
        ["affise_event_id not a UUID"] = Broken.OnWire<AffiseEvent>("MMP004", "$.event.affise_event_id", "affise_event_id", json => json["event"]!["affise_event_id"] = "event-1"),

        // patternProperties of affise_event_data: custom values are strings, their _timestamp keys integers
        ["custom value that is not a string"] = Broken.By<AffiseEvent>("MMP004", CustomValuePath, "affise_event_custom_id_03", e => e.Event.AffiseEventData!["affise_event_custom_id_03"] = 3),
        ["custom value timestamp that is not an integer"] = Broken.By<AffiseEvent>("MMP004", CustomValuePath + "_timestamp", "affise_event_custom_id_03_timestamp", e => e.Event.AffiseEventData!["affise_event_custom_id_03_timestamp"] = "yesterday"),
    };

    public static TheoryData<string> RuleNames() => Broken.Names(Rules);

    [Fact]
    public void A_realistic_purchase_is_valid()
    {
        ValidationAssert.Valid(SampleRecords.AffisePurchase().Validate());
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Breaking_a_rule_reports_its_code_at_the_members_path(string rule)
    {
        var (code, path, field, breakIt) = Rules[rule];

        var result = breakIt(SampleRecords.AffisePurchase()).Validate();

        ValidationAssert.SingleError(result, code, path, field);
    }

    [Theory]
    [InlineData("affise_device_id")]
    [InlineData("random_user_id")]
    [InlineData("gaid_adid")]
    [InlineData("adid")]
    [InlineData("gaid")]
    public void Any_one_device_identifier_is_enough(string identifier)
    {
        var purchase = SampleRecords.AffisePurchase();
        KeepOnly(purchase, identifier);

        ValidationAssert.Valid(purchase.Validate());
    }

    /// <summary>Clears every device identifier except <paramref name="identifier"/> (none when null), which gets a value.</summary>
    private static void KeepOnly(AffiseEvent purchase, string? identifier)
    {
        const string Id = "eb4cfa97-5266-4dea-b807-6a345c3ab900";
        purchase.AffiseDeviceId = identifier == "affise_device_id" ? Id : null;
        purchase.RandomUserId = identifier == "random_user_id" ? Id : null;
        purchase.GaidAdid = identifier == "gaid_adid" ? Id : null;
        purchase.Adid = identifier == "adid" ? Id.ToUpperInvariant() : null;
        purchase.Gaid = identifier == "gaid" ? Id : null;
    }
}
