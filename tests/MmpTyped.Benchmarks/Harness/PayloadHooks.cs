namespace MmpTyped.Benchmarks.Harness;

/// <summary>
/// What a payload class needs around one Serialize or Deserialize call, for shapes a general-purpose
/// serializer does not write by itself (JSON inside a string). The default does nothing.
/// </summary>
/// <typeparam name="TPayload">The plain payload class.</typeparam>
public class PayloadHooks<TPayload>
{
    /// <summary>The JSON every contestant must write for this example (the example itself by default).</summary>
    public virtual byte[] ExpectedJson(byte[] example) => example;

    /// <summary>After System.Text.Json read the payload (timed in the parse benchmark).</summary>
    public virtual void AfterStjRead(TPayload payload) { }

    /// <summary>After Newtonsoft.Json read the payload (timed in the parse benchmark).</summary>
    public virtual void AfterNewtonsoftRead(TPayload payload) { }

    /// <summary>Before System.Text.Json source generation writes the payload (timed).</summary>
    public virtual void BeforeStjWrite(TPayload payload) { }

    /// <summary>Before System.Text.Json reflection writes the payload (timed).</summary>
    public virtual void BeforeStjReflectionWrite(TPayload payload) { }

    /// <summary>Before Newtonsoft.Json writes the payload (timed).</summary>
    public virtual void BeforeNewtonsoftWrite(TPayload payload) { }
}
