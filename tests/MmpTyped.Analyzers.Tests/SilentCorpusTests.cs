using System.Collections.Generic;
using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;
using static MmpTyped.Analyzers.Tests.Infrastructure.Code;

namespace MmpTyped.Analyzers.Tests;

/// <summary>
/// Zero false positives: valid code, written the ways real code builds events — helpers, conditionals,
/// collections, events begun in one method and finished in another, values only known at run time. The
/// analyzer must say nothing about any of it (the test fails on any diagnostic, and on any compiler error).
/// </summary>
public sealed class SilentCorpusTests
{
    private sealed record Case(string Body, string Members = "", string Types = "");

    private const string Renewal = """
        [MmpEvent("airbridge.app", "subscription_renewed")]
        public partial record Renewal
        {
            [MmpField("value")]
            public decimal Price { get; init; }
        }
        """;

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["helper returns an event the caller finishes"] = new(
            $$"""var evt = NewOrder(); evt.User = new AirbridgeUser { ExternalUserID = userId }; Outbox.Send(evt);""",
            $$"""static AirbridgeAppEvent NewOrder() => new AirbridgeAppEvent { {{AirbridgeRequired}} };"""),
        ["event begun here and finished in another method"] = new(
            $$"""var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} }; Identify(evt, userId); Outbox.Send(evt);""",
            """static void Identify(AirbridgeAppEvent evt, string id) => evt.User = new AirbridgeUser { ExternalUserID = id };"""),
        ["identifier from a nullable parameter"] = new(
            $$"""Outbox.Send(new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = maybe }, {{AirbridgeRequired}} });"""),
        ["user object from a lookup"] = new(
            $$"""var user = LoadUser(userId); Outbox.Send(new AirbridgeAppEvent { User = user, {{AirbridgeRequired}} });""",
            """static AirbridgeUser? LoadUser(string id) => null;"""),
        ["identifier chosen by a conditional"] = new(
            $$"""
            Outbox.Send(new AirbridgeAppEvent
            {
                User = flag ? new AirbridgeUser { ExternalUserID = userId } : null,
                Device = flag ? null : new AirbridgeDevice { DeviceUUID = userId, DeviceModel = "Pixel 8", OsName = AirbridgeDeviceOsName.Android, OsVersion = "14" },
                {{AirbridgeRequired}},
            });
            """),
        ["identifier set in an if branch"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} };
            if (flag) evt.User = new AirbridgeUser { ExternalUserID = userId };
            else evt.Device = new AirbridgeDevice { DeviceUUID = userId, DeviceModel = "Pixel 8", OsName = AirbridgeDeviceOsName.Android, OsVersion = "14" };
            Outbox.Send(evt);
            """),
        ["a list of valid events of several vendors"] = new(
            $$"""
            var batch = new List<IMmpEvent>
            {
                new AirbridgeAppEvent { {{AirbridgeUser}}, {{AirbridgeRequired}} },
                new AffiseEvent { AffiseDeviceId = userId, {{AffiseRequired}} },
                new AppsFlyerEvent { {{AppsFlyerRequired}} },
            };
            Outbox.SendAll(batch);
            """),
        ["events collected, then stamped with the user in a loop"] = new(
            $$"""
            var batch = new List<AirbridgeAppEvent>();
            for (var i = 0; i < count; i++)
                batch.Add(new AirbridgeAppEvent { {{AirbridgeRequired}} });
            foreach (var evt in batch)
                evt.User = new AirbridgeUser { ExternalUserID = userId };
            Outbox.SendAll(batch);
            """),
        ["events projected with LINQ"] = new(
            $$"""Outbox.SendAll(Enumerable.Range(0, count).Select(i => new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = userId + i }, {{AirbridgeRequired}} }));"""),
        ["a fluent extension adds the user"] = new(
            $$"""Outbox.Send(new AirbridgeAppEvent { {{AirbridgeRequired}} }.WithUser(userId));""",
            Types: """
            public static class EventExtensions
            {
                public static AirbridgeAppEvent WithUser(this AirbridgeAppEvent evt, string id)
                {
                    evt.User = new AirbridgeUser { ExternalUserID = id };
                    return evt;
                }
            }
            """),
        ["a factory returns an unfinished event as IMmpEvent"] = new(
            """var evt = (AirbridgeAppEvent)Build(); evt.User = new AirbridgeUser { ExternalUserID = userId }; Outbox.Send(evt);""",
            $$"""static IMmpEvent Build() { var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} }; return evt; }"""),
        ["device id that may be null"] = new(
            $$"""Outbox.Send(new AirbridgeAppEvent { {{AirbridgeUser}}, Device = new AirbridgeDevice { DeviceUUID = maybe }, {{AirbridgeRequired}} });"""),
        ["device companions assigned after the creation"] = new(
            $$"""
            var device = new AirbridgeDevice { DeviceUUID = "2dfca632-86f3-4d22-9746-cdfe7985c471" };
            device.DeviceModel = "iPhone15,2";
            device.OsName = AirbridgeDeviceOsName.IOS;
            device.OsVersion = "17.4";
            Outbox.Send(new AirbridgeAppEvent { Device = device, {{AirbridgeRequired}} });
            """),
        ["device companions filled by a helper"] = new(
            $$"""
            var device = new AirbridgeDevice { DeviceUUID = "d-1" };
            Describe(device);
            Outbox.Send(new AirbridgeAppEvent { Device = device, {{AirbridgeRequired}} });
            """,
            """static void Describe(AirbridgeDevice device) { device.DeviceModel = "Pixel 8"; device.OsName = AirbridgeDeviceOsName.Android; device.OsVersion = "14"; }"""),
        ["event parked in a field and finished on flush"] = new(
            $$"""_pending = new AirbridgeAppEvent { {{AirbridgeRequired}} };""",
            """
            private AirbridgeAppEvent? _pending;
            public void Flush(string id) { if (_pending is { } evt) { evt.User = new AirbridgeUser { ExternalUserID = id }; Outbox.Send(evt); } }
            """),
        ["a sender of the concrete type completes the event"] = new(
            $$"""Send(new AirbridgeAppEvent { {{AirbridgeRequired}} });""",
            """static void Send(AirbridgeAppEvent evt) { evt.User ??= new AirbridgeUser { ExternalUserID = "anonymous" }; Outbox.Send(evt); }"""),
        ["an MmpEvent class whose own property sets the user"] = new(
            """Outbox.Send(new SignedUp { UserId = "u-1", App = new AirbridgeApp { PackageName = "com.shop" } });""",
            Types: """
            [MmpEvent("airbridge.app", "signed_up")]
            public partial class SignedUp
            {
                [MmpField("value")]
                public decimal Value { get; init; }

                public string? UserId
                {
                    get => User?.ExternalUserID;
                    init => User = new AirbridgeUser { ExternalUserID = value };
                }
            }
            """),
        ["an MmpEvent class whose constructor sets the user"] = new(
            """Outbox.Send(new Visit(userId) { App = new AirbridgeApp { PackageName = "com.shop" } });""",
            Types: """
            [MmpEvent("airbridge.app", "visit")]
            public partial class Visit
            {
                [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
                public Visit(string userId)
                {
                    User = new AirbridgeUser { ExternalUserID = userId };
                    App = new AirbridgeApp { PackageName = "com.shop" };
                }

                [MmpField("value")]
                public decimal Value { get; init; }
            }
            """),
        ["with on an event of unknown content"] = new(
            """Outbox.Send(Load() with { Price = 1m });""",
            """static Renewal Load() => throw new NotImplementedException();""", Renewal),
        ["with adds the user to a template"] = new(
            """
            var template = new Renewal { Price = 9.9m, App = new AirbridgeApp { PackageName = "com.shop" } };
            Outbox.Send(template with { User = new AirbridgeUser { ExternalUserID = userId } });
            """, Types: Renewal),
        ["a lambda finishes the event"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} };
            Action identify = () => evt.User = new AirbridgeUser { ExternalUserID = userId };
            identify();
            Outbox.Send(evt);
            """),
        ["a local function finishes the event"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} };
            Identify();
            Outbox.Send(evt);
            void Identify() => evt.User = new AirbridgeUser { ExternalUserID = userId };
            """),
        ["the user comes from an awaited lookup"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} };
            evt.User = await LookupAsync(userId);
            await Outbox.SendAsync(evt);
            """,
            """static Task<AirbridgeUser?> LookupAsync(string id) => Task.FromResult<AirbridgeUser?>(null);"""),
        ["an identifier from a null-coalescing expression"] = new(
            $$"""Outbox.Send(new AirbridgeAppEvent { User = new AirbridgeUser { ExternalUserID = maybe ?? userId }, {{AirbridgeRequired}} });"""),
        ["device fields copied from a request object"] = new(
            $$"""
            var info = new DeviceInfo(maybe, maybe, maybe);
            Outbox.Send(new AirbridgeAppEvent { {{AirbridgeUser}}, Device = new AirbridgeDevice { DeviceUUID = info.Uuid, DeviceModel = info.Model, OsVersion = info.Os }, {{AirbridgeRequired}} });
            """, Types: """public sealed record DeviceInfo(string? Uuid, string? Model, string? Os);"""),
        ["a switch expression picks the vendor"] = new(
            $$"""
            IMmpEvent evt = flag switch
            {
                true => new AirbridgeAppEvent { {{AirbridgeUser}}, {{AirbridgeRequired}} },
                false => new AffiseEvent { AffiseDeviceId = userId, {{AffiseRequired}} },
            };
            Outbox.Send(evt);
            """),
        ["events kept in a dictionary by vendor"] = new(
            $$"""
            var byVendor = new Dictionary<string, IMmpEvent> { ["airbridge"] = new AirbridgeAppEvent { {{AirbridgeUser}}, {{AirbridgeRequired}} } };
            Outbox.SendAll(byVendor.Values);
            """),
        ["an Affise id that may be null"] = new(
            $$"""Outbox.Send(new AffiseEvent { RandomUserId = maybe, {{AffiseRequired}} });"""),
        ["consent chosen from settings"] = new(
            $$"""
            Outbox.Send(new AppsFlyerEvent
            {
                ConsentData = new AppsFlyerConsentData { Tcf = flag ? new AppsFlyerTcfConsent() : null, Manual = flag ? null : new AppsFlyerManualConsent() },
                {{AppsFlyerRequired}},
            });
            """),
        ["consent built by a helper"] = new(
            $$"""Outbox.Send(new AppsFlyerEvent { ConsentData = Consent(flag), {{AppsFlyerRequired}} });""",
            """static AppsFlyerConsentData Consent(bool tcf) => tcf ? new() { Tcf = new() } : new() { Manual = new() };"""),
        ["hashed fields filled by the hashing helpers"] = new(
            $$"""Outbox.Send(new AppsFlyerEvent { EmailHashed = MmpHash.Email(maybe ?? "a@b.c"), PhoneNumberHashed = MmpHash.Phone(userId), {{AppsFlyerRequired}} });"""),
        ["values known only at run time"] = new(
            $$"""Outbox.Send(new AppsFlyerEvent { Ip = maybe, EventCurrency = maybe?.ToUpperInvariant(), Att = count, EventTime = DateTimeOffset.UtcNow, {{AppsFlyerRequired}} });"""),
        ["app ids from configuration"] = new(
            """var first = AppsFlyerEvent.BuildUrl(maybe ?? "id123456789"); var second = AppsFlyerEvent.BuildUrl(flag ? "id1" : "com.shop");"""),
        ["a user created empty and filled through the event"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { User = new(), {{AirbridgeRequired}} };
            evt.User.ExternalUserID = userId;
            Outbox.Send(evt);
            """),
        ["web tracking data from a variable"] = new(
            $$"""
            var tracking = flag ? new AirbridgeTrackingData { Channel = "google", Params = new MmpAttributes() } : null;
            Outbox.Send(new AirbridgeWebEvent
            {
                Browser = new AirbridgeBrowser { ClientID = "c-1" },
                EventData = new AirbridgeWebEventData { ShortID = "s-1", TrackingData = tracking, {{AirbridgeWebGoal}} },
            });
            """),
        ["validated after it is finished"] = new(
            $$"""
            var evt = new AirbridgeAppEvent { {{AirbridgeRequired}} };
            evt.User = new AirbridgeUser { ExternalUserID = userId };
            if (!evt.Validate().IsValid)
                return;
            Outbox.Send(evt);
            """),
        ["a parsed event is sent again"] = new(
            """var evt = AirbridgeAppEvent.Parse("{}"u8); Outbox.Send(evt);"""),
        ["an empty event built for a test fixture, never sent"] = new(
            $$"""var fixture = new AirbridgeAppEvent { {{AirbridgeRequired}} }; Console.WriteLine(fixture.App.PackageName);"""),
    };

    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var name in Cases.Keys)
            names.Add(name);
        return names;
    }

    [Fact]
    public void The_corpus_has_at_least_thirty_snippets() => Assert.True(Cases.Count >= 30, $"{Cases.Count} snippets");

    [Theory]
    [MemberData(nameof(Names))]
    public Task Stays_silent(string name)
    {
        var snippet = Cases[name];
        return Verify.Diagnostics(Snippet.WithTypes(snippet.Types, snippet.Body, snippet.Members));
    }
}
