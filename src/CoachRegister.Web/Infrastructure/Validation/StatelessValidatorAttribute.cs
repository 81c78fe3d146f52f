namespace CoachRegister.Web.Infrastructure.Validation;

/// <summary>
/// Marks a validator that holds nothing of a request: it depends only on singletons or localisers, and its
/// messages are lambdas (<c>WithMessage(_ =&gt; t["..."])</c>), read in the language of the request that fails.
/// Such a validator is built once for the process instead of once per request (MvcExtensions).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StatelessValidatorAttribute : Attribute;
