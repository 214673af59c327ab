using MmpTyped.AppsFlyer;
using MmpTyped.Testing;

namespace MmpTyped.Tests.Push;

/// <summary>The typed view of an event value's standard <c>af_*</c> keys, over the forms real traffic sends.</summary>
public sealed class AppsFlyerEventValueTests
{
    [Fact]
    public void The_seeds_re_engagement_purchase_reads_typed_from_numbers_and_numeric_strings()
    {
        // "af_revenue":999 and "af_price":149 are numbers, "af_quantity":"1" a string (AppsFlyer's Push API V1.0 document, re-engagement in-app event, Android).
        var message = AppsFlyerPush.Parse(DocumentedExamples.Named("appsflyer.push.v1/v1-re-engagement-in-app-events-android.json").Bytes);

        var value = message.TypedEventValue;

        Assert.Equal((999m, 149m, 1L), (value.AfRevenue, value.AfPrice, value.AfQuantity));
        Assert.Equal(("UDS", "888888888", "SINGLE"), (value.AfCurrency, value.AfContentId, value.AfContentType));
        Assert.Null(value.AfOrderId);
        Assert.Same(message.EventValue, value.Attributes);
    }

    [Fact]
    public void Values_of_another_kind_read_null_and_stay_in_the_attributes()
    {
        var message = AppsFlyerPush.Parse("""
            {"api_version":"2.0","event_value":"{\"af_revenue\":\"-4.99\",\"af_price\":[1.5,2],\"af_quantity\":\"2.5\",\"af_content_id\":12345,\"af_order_id\":true,\"af_receipt_id\":\"R-1\"}"}
            """u8);

        var value = message.TypedEventValue;

        Assert.Equal(-4.99m, value.AfRevenue);
        Assert.Null(value.AfPrice);
        Assert.Null(value.AfQuantity);
        Assert.Equal("12345", value.AfContentId);
        Assert.Null(value.AfOrderId);
        Assert.Equal("R-1", value.AfReceiptId);
        Assert.Equal("[1.5,2]", value.Attributes!["af_price"].ToString());
    }

    [Fact]
    public void A_message_without_an_event_value_reads_null_everywhere()
    {
        var value = AppsFlyerPush.Parse("""{"api_version":"2.0","event_value":"{}"}"""u8).TypedEventValue;

        Assert.Null(value.AfRevenue);
        Assert.Null(value.AfCurrency);
        Assert.Null(new AppsFlyerEventValue(null).AfRevenue);
    }
}
