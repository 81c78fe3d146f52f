using CoachRegister.Domain.Confidentiality;
using Microsoft.AspNetCore.Authorization;

namespace CoachRegister.Web.Infrastructure.Authorization;

/// <summary>
/// What a controller asks before it shows or changes a record: the one access decision, through
/// <see cref="IAuthorizationService"/> and <see cref="RecordAccessHandler"/>. Lists take the asker's
/// <see cref="RecordScopes"/> instead.
/// </summary>
public sealed class PortalAccess(IAuthorizationService authorization, IHttpContextAccessor http, Askers askers)
{
    public async Task<bool> AllowsAsync(RecordParties record, Access needed) =>
        (await authorization.AuthorizeAsync(User, record, RecordAccess.For(needed))).Succeeded;

    public Task<bool> MayReadAsync(RecordParties record) => AllowsAsync(record, Access.Read);

    public Task<bool> MayChangeAsync(RecordParties record) => AllowsAsync(record, Access.Write);

    private System.Security.Claims.ClaimsPrincipal? _actingFor;

    /// <summary>
    /// For a background job done for someone (HR's relationship file): every decision in this scope is then made
    /// for <paramref name="user"/>, built from their account as at sign-in, exactly as in their own request.
    /// </summary>
    public void ActFor(System.Security.Claims.ClaimsPrincipal user) => _actingFor = user;

    /// <summary>The signed-in person, for the list scopes.</summary>
    public Task<Asker> AskerAsync() => askers.RequireAsync(User);

    private System.Security.Claims.ClaimsPrincipal User =>
        _actingFor ?? http.HttpContext?.User ?? throw new InvalidOperationException("Record access is decided inside a request.");
}
