using System.Globalization;
using System.Security.Cryptography;
using CoachRegister.Data;
using CoachRegister.Web.Configuration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CoachRegister.Web.Features.Account.Security;

/// <summary>
/// The server's list of open sessions, so that signing out ends a session on the server and not only in the
/// browser: a copy of the cookie taken before sign-out is worthless afterwards.
/// </summary>
/// <remarks>
/// Each sign-in adds a row to Identity's user-token table (provider <see cref="LoginProvider"/>, name = the
/// session id carried in the cookie as <see cref="SessionClaims.SessionId"/>, value = when it started), so no
/// schema change was needed. Signing out deletes the row and adds the id to <see cref="SessionRevocations"/>,
/// a memory list that every request checks without touching the database. Another server learns of the
/// sign-out when it next checks the session against the database, at most once per security-stamp interval
/// (one minute) per session, together with the stamp check Identity already makes.
/// </remarks>
public sealed class PortalSessions(AppDbContext db, SessionRevocations revocations, IOptionsMonitor<AccountsOptions> options, TimeProvider time)
{
    /// <summary>Not a provider name Identity or an external login uses: brackets cannot appear in one.</summary>
    public const string LoginProvider = "[CoachRegister:Session]";

    /// <summary>Records a new session for <paramref name="userId"/> and returns its id; the user's sessions past their lifetime go.</summary>
    public async Task<string> StartAsync(Guid userId, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var cutoff = (now - options.CurrentValue.AbsoluteLifetime).ToUnixTimeSeconds();
        var old = await db.UserTokens
            .Where(t => t.UserId == userId && t.LoginProvider == LoginProvider)
            .Select(t => new { t.Name, t.Value })
            .ToListAsync(ct);
        var stale = old.Where(t => !long.TryParse(t.Value, CultureInfo.InvariantCulture, out var started) || started < cutoff)
            .Select(t => t.Name)
            .ToList();
        if (stale.Count > 0)
        {
            await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && stale.Contains(t.Name)).ExecuteDeleteAsync(ct);
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.UserTokens.Add(new IdentityUserToken<Guid>
        {
            UserId = userId,
            LoginProvider = LoginProvider,
            Name = id,
            Value = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
        return id;
    }

    /// <summary>Ends one session: its cookie is refused from the next request on.</summary>
    public async Task EndAsync(Guid userId, string sessionId, CancellationToken ct = default)
    {
        revocations.Revoke(sessionId);
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == sessionId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Ends every session of <paramref name="userId"/>, on every device; returns how many there were.</summary>
    public async Task<int> EndAllAsync(Guid userId, CancellationToken ct = default)
    {
        var ids = await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider).Select(t => t.Name).ToListAsync(ct);
        foreach (var id in ids)
        {
            revocations.Revoke(id);
        }

        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == LoginProvider).ExecuteDeleteAsync(ct);
        return ids.Count;
    }

    /// <summary>Whether the session is still in the database: false once it was ended here or on another server.</summary>
    public Task<bool> IsOpenAsync(Guid userId, string sessionId, CancellationToken ct = default) =>
        db.UserTokens.AnyAsync(t => t.UserId == userId && t.LoginProvider == LoginProvider && t.Name == sessionId, ct);
}

/// <summary>
/// Session ids ended on this server, kept in memory for as long as a cookie could live (the absolute session
/// lifetime), so the check on every request costs a dictionary look-up.
/// </summary>
public sealed class SessionRevocations(IMemoryCache cache, IOptionsMonitor<AccountsOptions> options)
{
    private const string KeyPrefix = "revoked-session:";

    public void Revoke(string sessionId) =>
        cache.Set(KeyPrefix + sessionId, true, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = options.CurrentValue.AbsoluteLifetime,
            Size = 1,
        });

    public bool IsRevoked(string sessionId) => cache.TryGetValue(KeyPrefix + sessionId, out _);
}
