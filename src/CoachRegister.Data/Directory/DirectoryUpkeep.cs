using CoachRegister.Domain.Matching;
using CoachRegister.Domain.Organisations;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CoachRegister.Data.Directory;

/// <summary>
/// What every save does for the directory, whoever makes the change: the columns the directory filters and
/// sorts on are brought up to date through the profile's own methods (places used, "has places now", the
/// practitioner's name), and the directory version grows in the same transaction as the change.
/// </summary>
/// <remarks>
/// Done here rather than in each controller so that no path (a form, the import, the seeder, a test
/// builder) can leave a column out of step with the matches. Two saves that change the matches of one
/// practitioner at once both renew the profile's concurrency stamp, so the second fails with a conflict
/// instead of counting a place twice.
/// </remarks>
public static class DirectoryUpkeep
{
    private static readonly string[] AvailabilityInputs =
        [nameof(CoachProfile.Status), nameof(CoachProfile.Capacity), nameof(CoachProfile.AcceptingNewCoachees)];

    private static readonly string[] ShownPersonFields =
        [nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.JobTitle), nameof(Person.OrganisationId)];

    /// <summary>Brings the maintained columns up to date; true when the save changes what the directory shows.</summary>
    public static async Task<bool> PrepareAsync(AppDbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (!changed.Any(ShowsInDirectory))
        {
            return false;
        }

        await CountPlacesAsync(db, changed, ct);
        await CopyNamesAsync(db, changed, ct);
        foreach (var entry in db.ChangeTracker.Entries<CoachProfile>()
                     .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && AvailabilityInputs.Any(p => e.Property(p).IsModified))))
        {
            entry.Entity.RefreshPlaces();
        }

        // Profiles loaded above were changed after the first pass: the concurrency stamps must see them.
        db.ChangeTracker.DetectChanges();
        return true;
    }

    /// <summary>The directory version as the database holds it now.</summary>
    public static Task<long> ReadVersionAsync(AppDbContext db, CancellationToken ct) =>
        db.DirectoryVersions.AsNoTracking().Where(v => v.Id == DirectoryVersion.RowId).Select(v => v.Value).SingleAsync(ct);

    /// <summary>Grows the version by one, inside the transaction of the save.</summary>
    public static Task BumpAsync(AppDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync($"UPDATE DirectoryVersions SET Value = Value + 1 WHERE Id = {DirectoryVersion.RowId}", ct);

    private static bool ShowsInDirectory(EntityEntry entry) => entry.Entity switch
    {
        CoachProfile or Match or CoachingArea or Qualification or Organisation or RegisterOpening => true,
        // Who sees which registers (the web keeps each person's scope under this version too).
        SchemeAdministrator => true,
        // HR's queue of applications is kept under this version as well (HrApplicationsController).
        CoachApplication => true,
        Person => entry.State == EntityState.Modified && ShownPersonFields.Any(p => entry.Property(p).IsModified),
        // The profiles' areas: a many-to-many join without a class of its own.
        Dictionary<string, object> => entry.Metadata.GetTableName() == "CoachProfileAreas",
        _ => false,
    };

    private static async Task CountPlacesAsync(AppDbContext db, List<EntityEntry> changed, CancellationToken ct)
    {
        var affected = new HashSet<Guid>();
        foreach (var entry in changed.Where(e => e.Entity is Match))
        {
            var match = entry.Context.Entry((Match)entry.Entity);
            if (entry.State == EntityState.Modified
                && !match.Property(m => m.Status).IsModified
                && !match.Property(m => m.CoachProfileId).IsModified)
            {
                continue;
            }

            affected.Add(match.Entity.CoachProfileId);
            if (entry.State != EntityState.Added)
            {
                affected.Add(match.Property(m => m.CoachProfileId).OriginalValue);
            }
        }

        if (affected.Count == 0)
        {
            return;
        }

        // The database's count of places, less the matches this save changes, plus those as they will be saved.
        var tracked = db.ChangeTracker.Entries<Match>().ToList();
        var trackedIds = tracked.Select(e => e.Entity.Id).ToList();
        var ids = affected.ToList();
        var stored = await db.Matches.AsNoTracking()
            .Where(m => ids.Contains(m.CoachProfileId) && EF.Constant(Match.HoldsPlace).Contains(m.Status) && !trackedIds.Contains(m.Id))
            .GroupBy(m => m.CoachProfileId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var pending = tracked
            .Where(e => e.State != EntityState.Deleted && affected.Contains(e.Entity.CoachProfileId) && Match.HoldsPlace.Contains(e.Entity.Status))
            .GroupBy(e => e.Entity.CoachProfileId)
            .ToDictionary(g => g.Key, g => g.Count());

        foreach (var profile in await ProfilesAsync(db, ids, ct))
        {
            profile.CountPlaces(stored.GetValueOrDefault(profile.Id) + pending.GetValueOrDefault(profile.Id));
        }
    }

    private static async Task CopyNamesAsync(AppDbContext db, List<EntityEntry> changed, CancellationToken ct)
    {
        var added = changed.Where(e => e.State == EntityState.Added).Select(e => e.Entity).OfType<CoachProfile>().ToList();
        var renamed = changed
            .Where(e => e.Entity is Person && e.State == EntityState.Modified
                        && (e.Property(nameof(Person.GivenName)).IsModified || e.Property(nameof(Person.FamilyName)).IsModified))
            .Select(e => (Person)e.Entity)
            .ToList();
        var repointed = changed
            .Where(e => e.Entity is CoachProfile && e.State == EntityState.Modified && e.Property(nameof(CoachProfile.PersonId)).IsModified)
            .Select(e => (CoachProfile)e.Entity);
        var profiles = added.Concat(repointed).ToList();
        if (renamed.Count > 0)
        {
            var renamedIds = renamed.Select(p => p.Id).ToList();
            var ofRenamed = await db.CoachProfiles.Where(p => renamedIds.Contains(p.PersonId)).Select(p => p.Id).ToListAsync(ct);
            profiles.AddRange(await ProfilesAsync(db, ofRenamed, ct));
        }

        if (profiles.Count == 0)
        {
            return;
        }

        var people = db.ChangeTracker.Entries<Person>().Where(e => e.State != EntityState.Deleted).ToDictionary(e => e.Entity.Id, e => e.Entity);
        var missing = profiles.Select(p => p.PersonId).Where(id => !people.ContainsKey(id)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => missing.Contains(p.Id))
            .Select(p => new { p.Id, p.FamilyName, p.GivenName })
            .ToDictionaryAsync(p => p.Id, p => (p.FamilyName, p.GivenName), ct);
        foreach (var profile in profiles)
        {
            var (family, given) = people.TryGetValue(profile.PersonId, out var person)
                ? (person.FamilyName, person.GivenName)
                : names.GetValueOrDefault(profile.PersonId, ("", ""));
            profile.NameForSorting(family, given);
        }
    }

    /// <summary>The profiles as tracked entities: those the save already holds, and the others loaded for it.</summary>
    private static async Task<List<CoachProfile>> ProfilesAsync(AppDbContext db, List<Guid> ids, CancellationToken ct)
    {
        var held = db.ChangeTracker.Entries<CoachProfile>().Where(e => ids.Contains(e.Entity.Id)).Select(e => e.Entity).ToList();
        var heldIds = held.Select(p => p.Id).ToList();
        var toLoad = ids.Except(heldIds).ToList();
        if (toLoad.Count > 0)
        {
            held.AddRange(await db.CoachProfiles.Where(p => toLoad.Contains(p.Id)).ToListAsync(ct));
        }

        return held;
    }
}
