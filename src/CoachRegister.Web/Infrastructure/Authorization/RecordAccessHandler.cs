using CoachRegister.Domain.Confidentiality;
using Microsoft.AspNetCore.Authorization;

namespace CoachRegister.Web.Infrastructure.Authorization;

/// <summary>Asks for read or write access to one record, described by its <see cref="RecordParties"/>.</summary>
public sealed class RecordAccessRequirement(Access access) : IAuthorizationRequirement
{
    public Access Access { get; } = access;
}

public static class RecordAccess
{
    public static readonly RecordAccessRequirement Read = new(Access.Read);
    public static readonly RecordAccessRequirement Write = new(Access.Write);

    public static RecordAccessRequirement For(Access access) => access == Access.Write ? Write : Read;
}

/// <summary>
/// Resource-based authorization for every record: the feature gives the record's parties, and the domain's
/// <see cref="AccessPolicy"/> decides from who is asking (loaded once per request by <see cref="Askers"/>).
/// </summary>
public sealed class RecordAccessHandler(Askers askers) : AuthorizationHandler<RecordAccessRequirement, RecordParties>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordAccessRequirement requirement, RecordParties resource)
    {
        if (await askers.ForAsync(context.User) is { } asker && AccessPolicy.Allows(asker, resource, requirement.Access))
        {
            context.Succeed(requirement);
        }
    }
}
