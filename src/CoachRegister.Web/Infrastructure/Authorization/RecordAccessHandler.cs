using CoachRegister.Data.Identity;
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
}

/// <summary>
/// Resource-based check for every confidential record: the caller loads the record's parties, and the
/// access matrix decides from the signed-in person's relationships to them.
/// </summary>
public sealed class RecordAccessHandler : AuthorizationHandler<RecordAccessRequirement, RecordParties>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordAccessRequirement requirement, RecordParties resource)
    {
        if (context.User.FindPersonId() is { } personId
            && resource.Allows(personId, context.User.IsInRole(Roles.HrAdmin), context.User.IsInRole(Roles.SystemAdmin), requirement.Access))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
