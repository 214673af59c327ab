using System.Threading.Tasks;
using MmpTyped.Analyzers.Tests.Infrastructure;
using MmpTyped.CodeFixes.Tests.Infrastructure;

namespace MmpTyped.CodeFixes.Tests;

/// <summary>MMP006: the fix wraps clear text in the MmpHash helper of the field's normalisation.</summary>
public sealed class HashClearTextTests
{
    [Fact]
    public Task Wraps_an_email_and_a_phone_number_and_fixes_all() => VerifyFix<HashClearTextCodeFix>.Run(
        Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { EmailHashed = {|MMP006:"jane@example.com"|}, PhoneNumberHashed = {|MMP006:"+1 (650) 555-1212"|}, {{Code.AppsFlyerRequired}} };
                    evt.PhoneNumberE164Hashed = {|MMP006:"+16505551212"|};
                    evt.FirstNameHashed = {|MMP006:"Jane"|};
            """),
        Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { EmailHashed = MmpHash.Email("jane@example.com"), PhoneNumberHashed = MmpHash.Phone("+1 (650) 555-1212"), {{Code.AppsFlyerRequired}} };
                    evt.PhoneNumberE164Hashed = MmpHash.E164Phone("+16505551212");
                    evt.FirstNameHashed = MmpHash.Name("Jane");
            """),
        "MMP006");

    [Fact]
    public Task Offers_no_fix_for_text_the_helper_would_refuse()
    {
        var code = Snippet.InMethod($$"""
                    var evt = new AppsFlyerEvent { EmailHashed = {|MMP006:"not an address"|}, {{Code.AppsFlyerRequired}} };
            """);
        return VerifyFix<HashClearTextCodeFix>.Run(code, code);
    }
}
