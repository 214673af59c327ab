using System;
using MmpTyped.Schemas;

// For now the demo shows what MmpTyped knows about each vendor endpoint; typed events follow.
Console.WriteLine("MmpTyped knows these vendor endpoints:");
Console.WriteLine();
foreach (var schema in MmpSchemaCatalog.All)
{
    Console.WriteLine($"{schema.Id}  ({schema.Title})");
    Console.WriteLine($"  direction : {(schema.Direction == MmpDirection.Inbound ? "inbound (the vendor posts to your endpoint)" : "outbound (you post to the vendor)")}");
    Console.WriteLine($"  endpoint  : {string.Join(" or ", schema.Methods)} {schema.Url ?? "your own URL"}");
    Console.WriteLine($"  auth      : {(schema.Auth is { } auth ? $"{auth.Scheme} in {auth.In} '{auth.Name}'" : "none documented")}");
    Console.WriteLine($"  body limit: {(schema.SizeLimitBytes is int size ? $"{size:N0} bytes" : "none documented")}");
    Console.WriteLine($"  rate limit: {schema.RateLimit?.ToString() ?? "none documented"}");
    Console.WriteLine($"  C# record : {schema.TypeName}");
    Console.WriteLine();
}
