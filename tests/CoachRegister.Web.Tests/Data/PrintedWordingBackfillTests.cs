using CoachRegister.Data.Configurations;
using CoachRegister.Domain.Agreements;
using CoachRegister.Web.Features.Agreements;
using CoachRegister.Web.Tests.Features.Relationships;
using CoachRegister.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachRegister.Web.Tests.Data;

/// <summary>The migration DeclarationKeepsPrintedWording: agreements signed before it keep the declaration's words they printed.</summary>
public class PrintedWordingBackfillTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_signed_agreement_without_the_declarations_words_is_given_this_releases_default_once()
    {
        // The arranged partnership's agreement is signed with no kept words, as one signed before the release. The
        // words are compared with the code's default of this release: a later release that rewords it rewrites this check.
        var p = await factory.PartnershipAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var wordings = scope.ServiceProvider.GetRequiredService<Wordings>();

        await factory.WithDbAsync(async db =>
        {
            foreach (var statement in PrintedWordingBackfill.DeclarationStatements(sqlServer: false).Concat(PrintedWordingBackfill.DeclarationStatements(sqlServer: false)))
            {
                await db.Database.ExecuteSqlRawAsync(statement);
            }
        });

        var kept = await factory.WithDbAsync(db => db.AgreementWordings.AsNoTracking()
            .Where(w => db.Agreements.Any(a => a.Id == w.AgreementId && a.MatchId == p.MatchId)).ToListAsync());
        Assert.Equal(4, kept.Count);
        foreach (var passage in new[] { WordingPassage.DeclarationLead, WordingPassage.DeclarationNotice })
        {
            foreach (var language in Enum.GetValues<WordingLanguage>())
            {
                var row = Assert.Single(kept, w => w.Passage == passage && w.Language == language);
                Assert.Equal(wordings.DefaultIn(passage, language), row.Text);
                Assert.Null(row.WordingVersionId);
            }
        }
    }
}
