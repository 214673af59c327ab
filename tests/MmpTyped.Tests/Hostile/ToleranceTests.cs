using System.Text;
using MmpTyped.Airbridge;
using MmpTyped.AppsFlyer;

namespace MmpTyped.Tests.Hostile;

/// <summary>Where the vendors are tolerant, so are the records: a V2 message without <c>api_version</c>, a product position sent as a number.</summary>
public sealed class ToleranceTests
{
    [Fact]
    public void A_Push_V2_message_without_api_version_is_a_valid_V2_message()
    {
        var json = """{"appsflyer_id":"1547985076649-5309999","event_time":"2024-01-02 03:04:05.123","event_name":"af_purchase"}"""u8;

        Assert.True(AppsFlyerPush.TryParse(json, out var message, out var error), error?.ToString());
        var v2 = Assert.IsType<AppsFlyerPushV2Message>(message);
        Assert.Null(v2.ApiVersion);
        Assert.True(v2.Validate().IsValid, v2.Validate().ToString());
        Assert.Equal(Encoding.UTF8.GetString(json), MmpJson.Serialize(v2));
    }

    [Fact]
    public void A_wrong_api_version_is_still_reported()
    {
        var message = AppsFlyerPushV2Message.Parse("""{"api_version":"1.0"}"""u8);

        Assert.Contains(message.Validate().Errors, e => e.Code == "MMP004" && e.Path == "$.api_version");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"1\"")]
    public void An_Airbridge_product_position_is_read_in_either_form_and_written_back_in_it(string position)
    {
        var json = "{\"eventData\":{\"goal\":{\"category\":\"airbridge.ecommerce.order.completed\",\"semanticAttributes\":{\"products\":[{\"productID\":\"a\",\"position\":" + position + "}]}}}}";

        var record = AirbridgeAppEvent.Parse(Encoding.UTF8.GetBytes(json));

        Assert.DoesNotContain(record.Validate().Errors, e => e.Path.Contains("position", System.StringComparison.Ordinal));
        Assert.Contains("\"position\":" + position, MmpJson.Serialize(record), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_position_set_in_code_is_written_in_the_form_it_was_given()
    {
        var product = new AirbridgeProduct { ProductID = "a", Position = "1" };
        var numbered = new AirbridgeProduct { ProductID = "a", Position = 2 };

        Assert.Equal("1", product.Position!.Text);
        Assert.Equal(2, numbered.Position!.Number);
    }
}
