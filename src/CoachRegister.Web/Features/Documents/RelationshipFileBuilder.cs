using System.Globalization;
using System.IO.Compression;
using System.Text;
using CoachRegister.Data;
using CoachRegister.Data.Documents;
using CoachRegister.Data.Identity;
using CoachRegister.Domain.Sessions;
using CoachRegister.Web.Infrastructure.Authorization;
using CoachRegister.Web.Infrastructure.Documents;
using CoachRegister.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CoachRegister.Web.Features.Documents;

/// <summary>
/// Makes one <see cref="RelationshipFile"/>: decides, for the person who asked and as they would be decided in their
/// own request, which of the partnership's documents they may read (each by the same builder as its own download,
/// <see cref="PartnershipDocuments"/>), prints those in their language one by one, recording "n of m" after each,
/// and stores the ZIP with a contents list of what is in it and what was left out and why.
/// </summary>
public sealed class RelationshipFileBuilder(
    AppDbContext db,
    PortalAccess access,
    PartnershipDocuments documents,
    DocumentRenderer renderer,
    UserManager<ApplicationUser> users,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    IStringLocalizer<DocumentText> text,
    TimeProvider time)
{
    public const string ContentsEntry = "contents.txt";
    private const int MaxErrorLength = 2000;

    /// <summary>A claim is held this long after each document; a worker that stops lets it run out.</summary>
    public static readonly TimeSpan ClaimLength = TimeSpan.FromMinutes(5);

    private sealed record Planned(string Entry, string Description, DocumentToPrint Document);

    public async Task BuildAsync(Guid fileId, Guid claim, CancellationToken ct)
    {
        var file = await db.RelationshipFiles.AsNoTracking().SingleAsync(f => f.Id == fileId, ct);
        var culture = DocumentRenderer.SupportedCulture(CultureInfo.GetCultureInfo(file.Culture));
        try
        {
            var zip = await UiCulture.ForReaderAsync(culture, () => ZipAsync(file, claim, culture, ct));
            await FinishAsync(fileId, claim, RelationshipFileStatus.Ready, zip, null);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var error = $"{e.GetType().Name}: {e.Message}";
            await FinishAsync(fileId, claim, RelationshipFileStatus.Failed, null, error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
        }
    }

    /// <summary>Prints, for the person who asked and in their language, every document they may read into one ZIP.</summary>
    private async Task<byte[]> ZipAsync(RelationshipFile file, Guid claim, CultureInfo culture, CancellationToken ct)
    {
        var user = await users.Users.FirstOrDefaultAsync(u => u.PersonId == file.RequestedByPersonId, ct)
            ?? throw new InvalidOperationException("The person who asked for the file has no account any more.");
        access.ActFor(await principals.CreateAsync(user));

        var (planned, leftOut) = await PlanAsync(file.MatchId, ct);
        await ProgressAsync(file.Id, claim, 0, planned.Count, ct);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < planned.Count; i++)
            {
                var printed = await renderer.RenderAsync(planned[i].Document.ViewPath, planned[i].Document.Model, culture, ct);
                var entry = archive.CreateEntry(planned[i].Entry, CompressionLevel.Optimal);
                await using (var stream = entry.Open())
                {
                    await stream.WriteAsync(printed.Pdf, ct);
                }

                await ProgressAsync(file.Id, claim, i + 1, planned.Count, ct);
            }

            var contents = archive.CreateEntry(ContentsEntry, CompressionLevel.Optimal);
            await using var writer = new StreamWriter(contents.Open(), new UTF8Encoding(false));
            await writer.WriteAsync(Contents(planned, leftOut));
        }

        return zip.ToArray();
    }

    /// <summary>The documents the requester may read, in order, and the kinds left out with the reason.</summary>
    private async Task<(List<Planned> Planned, List<string> LeftOut)> PlanAsync(Guid matchId, CancellationToken ct)
    {
        var planned = new List<Planned>();
        var leftOut = new List<string>();
        string Number() => (planned.Count + 1).ToString("00", CultureInfo.InvariantCulture);

        async Task AddAsync(string entry, string description, Task<DocumentToPrint?> building, List<string> refused)
        {
            if (await building is { } document)
            {
                planned.Add(new(entry, description, document));
            }
            else
            {
                refused.Add(description);
            }
        }

        void Refused(string kind, List<string> refused)
        {
            if (refused.Count > 0)
            {
                leftOut.Add(text["{0} ({1}): the confidentiality rules keep it to the coach and the coachee.", text[kind], refused.Count]);
            }
        }

        await AddAsync($"{Number()}-partnership.pdf", text["The partnership"], documents.PartnershipAsync(matchId, ct), leftOut);
        await AddAsync($"{Number()}-sessions-and-hours.pdf", text["Sessions and hours"], documents.ActivityAsync(matchId, ct), leftOut);

        var refusedAgreements = new List<string>();
        foreach (var version in await db.Agreements.AsNoTracking().Where(a => a.MatchId == matchId).OrderBy(a => a.Version).Select(a => a.Version).ToListAsync(ct))
        {
            await AddAsync($"{Number()}-agreement-v{version}.pdf", text["The agreement, version {0}", version], documents.AgreementAsync(matchId, version, ct), refusedAgreements);
        }

        Refused("The agreement", refusedAgreements);

        var sessions = await db.SessionRecords.AsNoTracking().Where(s => s.MatchId == matchId && s.Status == SessionStatus.Held)
            .OrderBy(s => s.SessionNumber)
            .Select(s => new { s.Id, s.SessionNumber, Feedback = db.CoachFeedback.Any(f => f.SessionRecordId == s.Id) })
            .ToListAsync(ct);
        var (refusedRecords, refusedFeedback) = (new List<string>(), new List<string>());
        foreach (var s in sessions)
        {
            var n = s.SessionNumber.ToString("00", CultureInfo.InvariantCulture);
            await AddAsync($"session-{n}-record.pdf", text["Session record, session {0}", s.SessionNumber], documents.SessionRecordAsync(s.Id, ct), refusedRecords);
            if (s.Feedback)
            {
                await AddAsync($"session-{n}-feedback.pdf", text["Feedback on session {0}", s.SessionNumber], documents.SessionFeedbackAsync(s.Id, ct), refusedFeedback);
            }
        }

        Refused("Session records", refusedRecords);
        Refused("Feedback on sessions", refusedFeedback);

        // One document each, where the partnership has one.
        async Task OneAsync(string entry, string kind, Func<Task<bool>> exists, Func<Task<DocumentToPrint?>> building)
        {
            if (await exists())
            {
                var refused = new List<string>();
                await AddAsync(entry, text[kind], building(), refused);
                Refused(kind, refused);
            }
        }

        await OneAsync("plan.pdf", "Learning and development plan", () => db.DevelopmentPlanItems.AnyAsync(i => i.MatchId == matchId, ct), () => documents.PlanAsync(matchId, ct));
        await OneAsync("rating.pdf", "Rate your coach", () => db.CoachFeedback.AnyAsync(f => f.MatchId == matchId && f.SessionRecordId == null, ct), () => documents.RatingAsync(matchId, ct));
        await OneAsync("evaluation.pdf", "Final evaluation", () => db.FinalEvaluations.AnyAsync(e => e.MatchId == matchId, ct), () => documents.EvaluationAsync(matchId, ct));

        // Never asked for: the log is its author's alone whoever asks, so not even whether there is one is told.
        leftOut.Add(text["The coach's reflective log and their own preparation and reflection: they are the coach's alone."]);
        return (planned, leftOut);
    }

    private string Contents(List<Planned> planned, List<string> leftOut)
    {
        var contents = new StringBuilder();
        contents.AppendLine(text["Included"]);
        foreach (var p in planned)
        {
            contents.Append(p.Entry).Append(": ").AppendLine(p.Description);
        }

        contents.AppendLine().AppendLine(text["Left out"]);
        foreach (var reason in leftOut)
        {
            contents.Append("- ").AppendLine(reason);
        }

        return contents.ToString();
    }

    private async Task ProgressAsync(Guid fileId, Guid claim, int done, int total, CancellationToken ct)
    {
        var until = time.GetUtcNow() + ClaimLength;
        await db.RelationshipFiles.Where(f => f.Id == fileId && f.ClaimedBy == claim).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.DocumentsDone, done)
            .SetProperty(f => f.DocumentsTotal, total)
            .SetProperty(f => f.ClaimedUntil, until), ct);
    }

    private async Task FinishAsync(Guid fileId, Guid claim, RelationshipFileStatus status, byte[]? zip, string? error)
    {
        var now = time.GetUtcNow();
        await db.RelationshipFiles.Where(f => f.Id == fileId && f.ClaimedBy == claim).ExecuteUpdateAsync(s => s
            .SetProperty(f => f.Status, status)
            .SetProperty(f => f.Zip, zip)
            .SetProperty(f => f.Error, error)
            .SetProperty(f => f.FinishedAt, now)
            .SetProperty(f => f.ClaimedBy, (Guid?)null)
            .SetProperty(f => f.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
    }
}
