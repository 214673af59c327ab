using System;
using System.Globalization;

namespace MmpTyped.AppsFlyer;

/// <summary>
/// AppsFlyer's standard event parameters (<c>af_revenue</c>, <c>af_currency</c>, ...) read from an event's
/// value, typed. The value itself (<see cref="Attributes"/>) stays whole: every key, typed here or not, is
/// still there and is written back as it came. Real traffic sends numbers as JSON numbers or as numeric
/// strings (<c>"af_revenue": "6"</c>), so both read; a value of another kind (an array of prices, say)
/// reads null here and stays readable in <see cref="Attributes"/>.
/// </summary>
/// <param name="attributes">The event value: <c>event_value</c> of a Push API message, <c>eventValue</c> of an S2S event.</param>
public readonly struct AppsFlyerEventValue(MmpAttributes? attributes)
{
    /// <summary>The event value, every key as it came; null when the message has none.</summary>
    public MmpAttributes? Attributes { get; } = attributes;

    /// <summary><c>af_revenue</c>: the revenue of the event (negative for a refund), in <see cref="AfCurrency"/>.</summary>
    public decimal? AfRevenue => Decimal("af_revenue");

    /// <summary><c>af_price</c>: the price of one item.</summary>
    public decimal? AfPrice => Decimal("af_price");

    /// <summary><c>af_currency</c>: the ISO 4217 code of <see cref="AfRevenue"/> and <see cref="AfPrice"/>.</summary>
    public string? AfCurrency => Text("af_currency");

    /// <summary><c>af_quantity</c>: how many items.</summary>
    public long? AfQuantity => Integer("af_quantity");

    /// <summary><c>af_content_id</c>: the item's id (a number reads as its text).</summary>
    public string? AfContentId => Text("af_content_id");

    /// <summary><c>af_content_type</c>: the item's category.</summary>
    public string? AfContentType => Text("af_content_type");

    /// <summary><c>af_order_id</c>: the order's id.</summary>
    public string? AfOrderId => Text("af_order_id");

    /// <summary><c>af_receipt_id</c>: the store receipt's id.</summary>
    public string? AfReceiptId => Text("af_receipt_id");

    private decimal? Decimal(string key)
    {
        if (Attributes is null || !Attributes.TryGetValue(key, out var value))
            return null;
        if (value.TryGetDecimal(out var number))
            return number;
        return value.AsString() is { } text && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number) ? number : null;
    }

    private long? Integer(string key) =>
        Decimal(key) is { } number && number == Math.Truncate(number) && number >= long.MinValue && number <= long.MaxValue ? (long)number : null;

    private string? Text(string key)
    {
        if (Attributes is null || !Attributes.TryGetValue(key, out var value))
            return null;
        return value.Kind switch
        {
            MmpValueKind.String => value.AsString(),
            MmpValueKind.Number => value.ToString(),
            _ => null,
        };
    }
}
