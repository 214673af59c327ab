using System.Diagnostics.CodeAnalysis;

// RS0027 (public API analyzer) wants the overload with an optional parameter to have the most parameters.
// Serialize(message, indented = false) and Serialize(message, IBufferWriter<byte>) both take two, of
// different types, so no call is ambiguous; both are public overloads of MmpJson that callers use.
[assembly: SuppressMessage("ApiDesign", "RS0027:API with optional parameter(s) should have the most parameters amongst its public overloads",
    Justification = "Overloads differ in the type of their second parameter; both are the documented MmpJson contract.",
    Scope = "member", Target = "~M:MmpTyped.MmpJson.Serialize(MmpTyped.IMmpEvent,System.Boolean)~System.String")]
