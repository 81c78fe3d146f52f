using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Web.Tests.Infrastructure;

namespace CoachRegister.Web.Tests.Features.Relationships;

public class RelationshipListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A proposal that was declined, expired or withdrawn never became a relationship; one that ended did.</summary>
    [Fact]
    public async Task The_list_holds_relationships_from_contracting_on_and_no_proposal_that_never_began()
    {
        var p = await factory.PartnershipAsync();
        var byStatus = new Dictionary<MatchStatus, Guid>();
        await factory.WithDbAsync(async db =>
        {
            foreach (var status in Enum.GetValues<MatchStatus>().Where(s => s != MatchStatus.Active))
            {
                var coachee = new Person { GivenName = "Other", FamilyName = status.ToString(), Email = $"other-{status}-{Guid.NewGuid():N}@example.org" };
                var match = new Match { CoachProfileId = p.CoachProfileId, CoacheeId = coachee.Id, Kind = OfferType.Coaching, Status = status, CreatedAt = DateTimeOffset.UtcNow };
                db.AddRange(coachee, match);
                byStatus[status] = match.Id;
            }

            await db.SaveChangesAsync();
        });
        byStatus[MatchStatus.Active] = p.MatchId;

        var list = await factory.ClientFor(p.Coach).Http.GetStringAsync("/relationships");

        foreach (var (status, id) in byStatus)
        {
            if (Match.InRelationship.Contains(status))
            {
                Assert.Contains($"/relationships/{id}", list);
            }
            else
            {
                Assert.DoesNotContain($"/relationships/{id}", list);
            }
        }

        Assert.Equal([MatchStatus.Contracting, MatchStatus.Active, MatchStatus.OnHold, MatchStatus.Ended], Match.InRelationship);
    }
}
