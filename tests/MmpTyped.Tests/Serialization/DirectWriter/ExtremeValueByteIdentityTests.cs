using System;
using System.Text;
using MmpTyped.Affise;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;
using MmpTyped.Demo.Events;

namespace MmpTyped.Tests.Serialization.DirectWriter;

/// <summary>
/// The direct UTF-8 writer against <c>WriteTo(Utf8JsonWriter)</c>, byte for byte, on a generated corpus of
/// extreme values (<see cref="ExtremeValues"/>) in every place a value can go: a string member, an
/// attribute's name and value, JSON inside a string (escaped twice), a union's array; numbers at the edges
/// of their formats; empty and absent members; text kept from parsing; values both writers refuse.
/// </summary>
public sealed class ExtremeValueByteIdentityTests
{
    private static AirbridgeAppEvent Airbridge() => new()
    {
        App = new AirbridgeApp { PackageName = "com.example.shop" },
        EventData = new AirbridgeEventData { Goal = new AirbridgeGoal { Category = "airbridge.ecommerce.order.completed" } },
    };

    private static AppsFlyerEvent AppsFlyer(MmpAttributes eventValue) => new()
    {
        AppsflyerId = "1547985076649-5309999",
        EventName = "af_purchase",
        EventValue = eventValue,
    };

    [Fact]
    public void Every_string_comes_out_the_same_wherever_it_goes()
    {
        foreach (var (name, value) in ExtremeValues.Strings())
        {
            var airbridge = Airbridge();
            airbridge.User = new AirbridgeUser { ExternalUserID = value };
            airbridge.Device = new AirbridgeDevice { DeviceUUID = value, OsVersion = value };
            airbridge.EventData.Goal.CustomAttributes = new MmpAttributes { [value] = value, ["k"] = value, ["n"] = 1 };
            BothWriters.AssertSameBytes(airbridge, $"Airbridge, string {name}");

            var appsFlyer = AppsFlyer(new MmpAttributes { ["k"] = value, [value + "!"] = true });
            appsFlyer.CustomData = new MmpAttributes { ["c"] = value };
            appsFlyer.SharingFilter = new[] { value, "partner_int" };
            BothWriters.AssertSameBytes(appsFlyer, $"AppsFlyer, string {name}");
        }
    }

    [Fact]
    public void Every_number_comes_out_the_same()
    {
        foreach (var value in ExtremeValues.Decimals())
        {
            var record = Airbridge();
            record.EventData.Goal.Value = value;
            record.EventData.Goal.CustomAttributes = new MmpAttributes { ["d"] = value };
            record.EventData.Goal.SemanticAttributes = new AirbridgeSemanticAttributes
            {
                Products = [new AirbridgeProduct { Price = value, Quantity = 1 }, new AirbridgeProduct { Price = -value }],
            };
            BothWriters.AssertSameBytes(record, $"decimal {value} (scale {value.Scale}, negative {decimal.IsNegative(value)})");
        }
        foreach (var value in ExtremeValues.Doubles())
        {
            var record = Airbridge();
            record.Device = new AirbridgeDevice { Location = new AirbridgeLocation { Latitude = value } };
            record.EventData.Goal.CustomAttributes = new MmpAttributes { ["d"] = value };
            BothWriters.AssertSameBytes(record, $"double {value:R}");
        }
        foreach (var value in ExtremeValues.Longs())
        {
            var record = Airbridge();
            record.Device = new AirbridgeDevice { AppTrackingTransparency = (int)Math.Clamp(value, int.MinValue, int.MaxValue) };
            record.EventTimestamp = DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(value, -62_135_596_800_000, 253_402_300_799_999));
            record.EventData.Goal.CustomAttributes = new MmpAttributes { ["l"] = value };
            BothWriters.AssertSameBytes(record, $"integer {value}");
        }
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_double_JSON_cannot_carry_is_refused_by_both_writers(double value)
    {
        var record = Airbridge();
        record.Device = new AirbridgeDevice { Location = new AirbridgeLocation { Latitude = value } };

        Assert.Throws<ArgumentException>(() => BothWriters.ThroughUtf8JsonWriter(record));
        Assert.Throws<ArgumentException>(() => BothWriters.Direct(record));
    }

    [Fact]
    public void An_enum_value_out_of_range_is_refused_by_both_writers()
    {
        var record = Airbridge();
        record.Device = new AirbridgeDevice { OsName = (AirbridgeDeviceOsName)99 };

        Assert.Throws<ArgumentOutOfRangeException>(() => BothWriters.ThroughUtf8JsonWriter(record));
        Assert.Throws<ArgumentOutOfRangeException>(() => BothWriters.Direct(record));
    }

    [Fact]
    public void Empty_and_absent_members_come_out_the_same()
    {
        BothWriters.AssertSameBytes(Airbridge(), "only the required members");

        var empties = Airbridge();
        empties.User = new AirbridgeUser();
        empties.Device = new AirbridgeDevice { Screen = new AirbridgeScreen(), Location = new AirbridgeLocation() };
        empties.EventData.Goal.CustomAttributes = [];
        empties.EventData.Goal.SemanticAttributes = new AirbridgeSemanticAttributes { Products = [], Currency = "" };
        BothWriters.AssertSameBytes(empties, "empty objects, an empty list and an empty string");

        var products = Airbridge();
        products.EventData.Goal.SemanticAttributes = new AirbridgeSemanticAttributes { Products = [new AirbridgeProduct(), new AirbridgeProduct { Name = "" }] };
        BothWriters.AssertSameBytes(products, "a list of empty objects");

        BothWriters.AssertSameBytes(AppsFlyer([]), "an empty eventValue (written as \"\")");
        var sharing = AppsFlyer(new MmpAttributes { ["a"] = MmpValue.Null });
        sharing.SharingFilter = Array.Empty<string>();
        BothWriters.AssertSameBytes(sharing, "a null attribute and an empty union list");
        sharing.SharingFilter = "all";
        BothWriters.AssertSameBytes(sharing, "a union's string");

        BothWriters.AssertSameBytes(new AffiseEvent { Event = new AffiseEventDetails { AffiseEventName = "Purchase" } }, "Affise, only the event name");
    }

    [Fact]
    public void Text_kept_from_parsing_comes_out_the_same()
    {
        // A decimal with more digits than decimal holds, a time with six fraction digits, numbers whose
        // text a .NET type would write otherwise: each kept as it came (MmpAttributes.KeepOriginal).
        var airbridge = AirbridgeAppEvent.Parse(Encoding.UTF8.GetBytes("""
            {"eventUUID":"9B4B3E4E-2162-4AE6-8986-91EE84644262","eventTimestamp":1795339680000,"app":{"packageName":"p"},
             "device":{"appTrackingTransparency":3.0,"location":{"latitude":37.56650000000000000001,"longitude":-1E2}},
             "eventData":{"goal":{"category":"c","value":1.0000000000000000000000000000001,"customAttributes":{"a":1e400,"b":-0.0,"c":[1,{"x":"\u2028"}]}}},
             "zz":{"deep":[true,false,null]}}
            """));
        BothWriters.AssertSameBytes(airbridge, "Airbridge with kept number text");
        Assert.Contains("1.0000000000000000000000000000001", Encoding.UTF8.GetString(BothWriters.Direct(airbridge)), StringComparison.Ordinal);

        var appsFlyer = AppsFlyerEvent.Parse(Encoding.UTF8.GetBytes("""
            {"appsflyer_id":"1547985076649-5309999","eventName":"af_purchase","eventTime":"2026-01-15 11:00:00.123456",
             "eventValue":"{\"af_revenue\":1.50,\"af_currency\":\"KRW\",\"x\":\"\\u2028\"}","att":3}
            """));
        BothWriters.AssertSameBytes(appsFlyer, "AppsFlyer with eventValue text and a six-digit fraction");
        appsFlyer.EventValue["changed"] = "yes \u2029";
        BothWriters.AssertSameBytes(appsFlyer, "AppsFlyer with eventValue changed after parsing");
    }

    [Fact]
    public void An_MmpEvent_class_comes_out_the_same()
    {
        foreach (var (name, value) in ExtremeValues.Strings())
        {
            var purchase = new Purchase
            {
                Identities = new MmpIdentities { AppsFlyerId = "1547985076649-5309999", AffiseDeviceId = value, CustomerUserId = value },
                Currency = value, OrderId = value, ProductId = value, Coupon = value, Revenue = 1.50m, Quantity = 2,
            };
            foreach (var vendor in purchase.ToVendorEvents())
                BothWriters.AssertSameBytes(vendor.Event, $"[MmpEvent] purchase for {vendor.SchemaId}, string {name}");
            var renewal = new SubscriptionRenewed { Currency = "KRW", Plan = value, Price = 9900m, PeriodMonths = 1, App = new AirbridgeApp { PackageName = "p" } };
            BothWriters.AssertSameBytes(renewal, $"[MmpEvent] Airbridge renewal, string {name}");
        }
    }
}
