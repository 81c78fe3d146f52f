using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Infrastructure.Validation;

/// <summary>
/// Every message a person can be shown is written for people: no validator of the portal may fall back on
/// FluentValidation's own text (<c>'Accreditation' must not be empty.</c>), in English or in Welsh.
/// </summary>
public partial class ValidatorMessagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Cultures = ["en-GB", "cy-GB"];

    /// <summary>Every validator class of the portal, with the model it validates.</summary>
    private static IEnumerable<(Type Validator, Type Model)> Validators() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
                .Select(i => (t, i.GetGenericArguments()[0])));

    /// <summary>
    /// The model as posted empty, with every yes/no answered yes (so the rules that depend on a yes run too), and
    /// with every text holding a hidden character (so the format and length rules run).
    /// </summary>
    private static IEnumerable<object> Instances(Type model)
    {
        yield return Activator.CreateInstance(model)!;

        var yes = Activator.CreateInstance(model)!;
        foreach (var property in Writable(model).Where(p => p.PropertyType == typeof(bool) || p.PropertyType == typeof(bool?)))
        {
            property.SetValue(yes, true);
        }

        yield return yes;

        var text = Activator.CreateInstance(model)!;
        foreach (var property in Writable(model).Where(p => p.PropertyType == typeof(string)))
        {
            property.SetValue(text, "\u0001" + new string('x', 5000));
        }

        yield return text;
    }

    private static IEnumerable<PropertyInfo> Writable(Type model) =>
        model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite && p.SetMethod!.IsPublic);

    /// <summary>FluentValidation's own message for <paramref name="errorCode"/> in <paramref name="culture"/>, as a pattern with its placeholders open.</summary>
    private static Regex? DefaultMessage(string errorCode, CultureInfo culture) =>
        ValidatorOptions.Global.LanguageManager.GetString(errorCode, culture) is { Length: > 0 } template
            ? new Regex("^" + Placeholder().Replace(Regex.Escape(template), ".*") + "$", RegexOptions.Singleline)
            : null;

    [Fact]
    public async Task No_validator_gives_fluent_validations_default_message_in_english_or_welsh()
    {
        var validators = Validators().ToList();
        Assert.True(validators.Count > 20, $"Only {validators.Count} validators found.");
        var problems = new List<string>();
        var checkedMessages = 0;
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var name in Cultures)
            {
                var culture = CultureInfo.GetCultureInfo(name);
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
                foreach (var (validatorType, model) in validators)
                {
                    // Resolved in a scope made in this culture: a message read when the validator is built is in it too.
                    await using var scope = factory.Services.CreateAsyncScope();
                    var validator = (IValidator)scope.ServiceProvider.GetRequiredService(typeof(IValidator<>).MakeGenericType(model));
                    foreach (var instance in Instances(model))
                    {
                        var result = await validator.ValidateAsync(new ValidationContext<object>(instance));
                        foreach (var error in result.Errors)
                        {
                            checkedMessages++;
                            var defaults = error.ErrorCode is { } code ? Cultures.Select(c => DefaultMessage(code, CultureInfo.GetCultureInfo(c))).OfType<Regex>() : [];
                            if (defaults.Any(d => d.IsMatch(error.ErrorMessage)) || QuotedPropertyName().IsMatch(error.ErrorMessage))
                            {
                                problems.Add($"{name} {validatorType.Name}.{error.PropertyName}: {error.ErrorMessage}");
                            }
                        }
                    }
                }
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }

        Assert.True(checkedMessages > 100, $"Only {checkedMessages} messages were produced, too few to check.");
        Assert.True(problems.Count == 0, "Default FluentValidation messages:\n" + string.Join('\n', problems.Distinct()));
    }

    [GeneratedRegex(@"\\\{[^}]*}")]
    private static partial Regex Placeholder();

    /// <summary>FluentValidation names the property in quotes (<c>'Start Day'</c>); our messages never quote a field's name.</summary>
    [GeneratedRegex(@"'\p{Lu}[\p{L} ]*'")]
    private static partial Regex QuotedPropertyName();
}
