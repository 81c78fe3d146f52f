using CoachRegister.Domain.Common;
using CoachRegister.Domain.Matching;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;

namespace CoachRegister.Domain.Agreements;

/// <summary>
/// The coaching or mentoring agreement. A draft nobody has signed is edited in place; once either side has
/// signed, any change makes a new version that both sign again, and every version stays readable. A signed
/// version stays in force until the next one is signed by both.
/// </summary>
public class Agreement : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public Match? Match { get; set; }
    public int Version { get; set; } = 1;
    public DateOnly? AgreedOn { get; set; }
    public string? Objectives { get; set; }
    public string? CoacheeCommitments { get; set; }
    public string? CoachCommitments { get; set; }
    public string? SharedCommitments { get; set; }
    public int NumberOfSessions { get; set; }
    public string? Frequency { get; set; }
    public int SessionLengthMinutes { get; set; }
    public DeliveryFormat Format { get; set; }
    public string? Venue { get; set; }
    public DateTimeOffset? FirstSessionAt { get; set; }
    public string? FirstSessionVenue { get; set; }
    public string? CancellationProtocol { get; set; }
    public string? ConfidentialityTerms { get; set; }
    public bool ThreeWayContracting { get; set; }
    public string? ReviewPoint { get; set; }
    public string? EndingArrangements { get; set; }
    public AgreementStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<AgreementSignature> Signatures { get; set; } = [];
    /// <summary>The organisation's edited wording in force when the first signature was made; a passage not named here printed the portal's default.</summary>
    public List<AgreementWording> Wording { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The two who must sign every version; a line manager's confirmation is a separate record.</summary>
    public static readonly SignatoryRole[] Signatories = [SignatoryRole.Coach, SignatoryRole.Coachee];

    public AgreementTerms Terms => new(
        Objectives, CoacheeCommitments, CoachCommitments, SharedCommitments, NumberOfSessions, Frequency,
        SessionLengthMinutes, Format, Venue, FirstSessionAt, FirstSessionVenue, CancellationProtocol,
        ConfidentialityTerms, ThreeWayContracting, ReviewPoint, EndingArrangements);

    public static Agreement Draft(Guid matchId, AgreementTerms terms, DateTimeOffset at)
    {
        var agreement = new Agreement { MatchId = matchId, Version = 1, Status = AgreementStatus.Draft, CreatedAt = at };
        agreement.Apply(terms, at);
        return agreement;
    }

    /// <summary>
    /// Changes the terms: this draft itself when nobody has signed it, otherwise a new version (returned) that
    /// both sign again. A version one side had signed but the other had not never came into force, so it is
    /// superseded at once; a signed version stays in force until its successor is signed.
    /// </summary>
    public Agreement Revise(AgreementTerms terms, DateTimeOffset at)
    {
        if (Status == AgreementStatus.Superseded)
        {
            throw new RuleBrokenException(Rule.AgreementSuperseded);
        }

        if (Status == AgreementStatus.Draft)
        {
            Apply(terms, at);
            return this;
        }

        if (terms == Terms)
        {
            return this;
        }

        if (Status == AgreementStatus.AwaitingSignatures)
        {
            Status = AgreementStatus.Superseded;
            UpdatedAt = at;
        }

        var next = new Agreement { MatchId = MatchId, Version = Version + 1, Status = AgreementStatus.Draft, CreatedAt = at };
        next.Apply(terms, at);
        return next;
    }

    /// <summary>
    /// One side's deliberate signature: the name they typed must be theirs, and where the scheme asks, their
    /// declaration of interest goes with it. Returns true when this signature brings the version into force.
    /// The first signature fixes the standing wording (<paramref name="wordingInForce"/>: the organisation's
    /// edited versions in force now, none for the default), so the second signatory signs the same text and
    /// HR's later edits never change a version anyone has signed.
    /// </summary>
    public bool Sign(Person signatory, SignatoryRole role, string typedName, InterestDeclaration? declaration, bool declarationRequired, DateTimeOffset at, IEnumerable<PrintedPassage>? wordingPrinted = null)
    {
        if (Status is not (AgreementStatus.Draft or AgreementStatus.AwaitingSignatures))
        {
            throw new RuleBrokenException(Status == AgreementStatus.Signed ? Rule.AgreementAlreadySigned : Rule.AgreementSuperseded);
        }

        if (Signatures.Any(s => s.Role == role))
        {
            throw new RuleBrokenException(Rule.AgreementAlreadySigned);
        }

        if (!Names.Match(typedName, signatory.FullName))
        {
            throw new RuleBrokenException(Rule.SignatureNameMismatch);
        }

        if (declarationRequired && declaration is null)
        {
            throw new RuleBrokenException(Rule.DeclarationOfInterestNeeded);
        }

        if (string.IsNullOrWhiteSpace(Objectives))
        {
            throw new RuleBrokenException(Rule.AgreementIncomplete);
        }

        if (Signatures.Count == 0)
        {
            Wording.AddRange((wordingPrinted ?? []).Select(w => new AgreementWording
            {
                AgreementId = Id,
                Passage = w.Passage,
                Language = w.Language,
                Text = w.Text,
                WordingVersionId = w.WordingVersionId,
            }));
        }

        Signatures.Add(new AgreementSignature
        {
            AgreementId = Id,
            PersonId = signatory.Id,
            Role = role,
            SignedName = typedName.Trim(),
            SignedAt = at,
            HasInterestToDeclare = declaration?.HasInterest,
            InterestDeclared = declaration?.HasInterest == true ? declaration.Details : null,
        });
        UpdatedAt = at;
        if (Signatories.All(r => Signatures.Any(s => s.Role == r)))
        {
            Status = AgreementStatus.Signed;
            AgreedOn = DateOnly.FromDateTime(at.UtcDateTime);
            return true;
        }

        Status = AgreementStatus.AwaitingSignatures;
        return false;
    }

    /// <summary>Whether the standing wording is fixed (a signature has been made) or still follows the organisation's latest.</summary>
    public bool WordingFixed => Status != AgreementStatus.Draft;

    /// <summary>A signed version gives way to its successor once both have signed that.</summary>
    public void Supersede(DateTimeOffset at)
    {
        if (Status == AgreementStatus.Signed)
        {
            Status = AgreementStatus.Superseded;
            UpdatedAt = at;
        }
    }

    private void Apply(AgreementTerms terms, DateTimeOffset at)
    {
        if (terms.NumberOfSessions < 0 || terms.SessionLengthMinutes < 0)
        {
            throw new RuleBrokenException(Rule.AgreementIncomplete);
        }

        Objectives = terms.Objectives;
        CoacheeCommitments = terms.CoacheeCommitments;
        CoachCommitments = terms.CoachCommitments;
        SharedCommitments = terms.SharedCommitments;
        NumberOfSessions = terms.NumberOfSessions;
        Frequency = terms.Frequency;
        SessionLengthMinutes = terms.SessionLengthMinutes;
        Format = terms.Format;
        Venue = terms.Venue;
        FirstSessionAt = terms.FirstSessionAt;
        FirstSessionVenue = terms.FirstSessionVenue;
        CancellationProtocol = terms.CancellationProtocol;
        ConfidentialityTerms = terms.ConfidentialityTerms;
        ThreeWayContracting = terms.ThreeWayContracting;
        ReviewPoint = terms.ReviewPoint;
        EndingArrangements = terms.EndingArrangements;
        UpdatedAt = at;
    }
}

/// <summary>Everything the two agree on, as one value: two versions with equal terms are the same agreement.</summary>
public sealed record AgreementTerms(
    string? Objectives,
    string? CoacheeCommitments,
    string? CoachCommitments,
    string? SharedCommitments,
    int NumberOfSessions,
    string? Frequency,
    int SessionLengthMinutes,
    DeliveryFormat Format,
    string? Venue,
    DateTimeOffset? FirstSessionAt,
    string? FirstSessionVenue,
    string? CancellationProtocol,
    string? ConfidentialityTerms,
    bool ThreeWayContracting,
    string? ReviewPoint,
    string? EndingArrangements);

/// <summary>What one signatory declares with their signature where the scheme asks (004: the DOI form).</summary>
public sealed record InterestDeclaration(bool HasInterest, string? Details)
{
    public static InterestDeclaration? From(bool? hasInterest, string? details)
    {
        if (hasInterest is not { } has)
        {
            return null;
        }

        if (has && string.IsNullOrWhiteSpace(details))
        {
            throw new RuleBrokenException(Rule.DeclarationOfInterestNeeded);
        }

        return new InterestDeclaration(has, has ? details!.Trim() : null);
    }
}

public enum AgreementStatus
{
    Draft = 0,
    AwaitingSignatures = 1,
    Signed = 2,
    Superseded = 3,
}

/// <summary>A signature: who, in which role, the name they typed to confirm, and when.</summary>
public class AgreementSignature : Entity
{
    public Guid AgreementId { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public SignatoryRole Role { get; set; }
    public string? SignedName { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    /// <summary>Null where the scheme does not ask for a declaration of interest.</summary>
    public bool? HasInterestToDeclare { get; set; }
    public string? InterestDeclared { get; set; }
}

public enum SignatoryRole
{
    Coach = 0,
    Coachee = 1,
    LineManager = 2,
}

/// <summary>A goal of the coaching. Public goals are shared with the line manager; private goals never are.</summary>
public class Goal : Entity, IConcurrencyAware
{
    public Guid MatchId { get; set; }
    public required string Description { get; set; }
    public GoalVisibility Visibility { get; set; }
    /// <summary>Where the coachee started, on the 0-10 progress scale, for before/after evaluation.</summary>
    public int? BaselineScore { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>Only the coachee decides that a goal is shared with their line manager.</summary>
    public static Goal Add(Guid matchId, string description, GoalVisibility visibility, int? baseline, bool byCoachee, DateTimeOffset at)
    {
        var goal = new Goal { MatchId = matchId, Description = description, CreatedAt = at };
        goal.Change(description, visibility, baseline, byCoachee);
        return goal;
    }

    public void Change(string description, GoalVisibility visibility, int? baseline, bool byCoachee)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new RuleBrokenException(Rule.GoalIncomplete);
        }

        if (visibility == GoalVisibility.SharedWithLineManager && Visibility != GoalVisibility.SharedWithLineManager && !byCoachee)
        {
            throw new RuleBrokenException(Rule.OnlyCoacheeSharesGoals);
        }

        if (baseline is < 0 or > 10)
        {
            throw new RuleBrokenException(Rule.ProgressOutOfRange);
        }

        Description = description.Trim();
        Visibility = visibility;
        BaselineScore = baseline;
    }
}

public enum GoalVisibility
{
    Private = 0,
    SharedWithLineManager = 1,
}

/// <summary>Names typed to confirm: the same person whatever the capitals and spacing.</summary>
public static class Names
{
    public static bool Match(string? typed, string expected) =>
        typed is not null && Normalise(typed).Equals(Normalise(expected), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string name) => string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
