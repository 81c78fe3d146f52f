using CoachRegister.Data.Identity;
using CoachRegister.Domain.People;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Web.Infrastructure.Seeding;

public sealed partial class DemoSeeder
{
    private static readonly string[] Styles =
    [
        "I work in a solution-focused way and use the GROW model to keep sessions purposeful.",
        "My style is calm and curious: I ask the questions that help you find your own answers.",
        "I draw on my own experience of leading teams through change, and I will challenge you kindly.",
        "I like to agree clear goals early and review them every few sessions so you can see your progress.",
        "I am a good listener and help people step back from the day-to-day to think about what matters.",
        "I use strengths-based approaches and reflective exercises between sessions.",
    ];

    private static readonly string[] Backgrounds =
    [
        "led a team through a restructure",
        "moved from a practitioner role into management",
        "worked in partnership with health and voluntary-sector colleagues",
        "managed budgets across several services",
        "supported colleagues returning from long-term absence",
        "set up a new service from scratch",
        "mentored newly qualified colleagues for several years",
    ];

    private static readonly string[] Streets = ["Market Street", "Station Road", "Fell View", "Lune Road", "Kirkgate", "Church Lane", "Harbour Street"];

    private Dictionary<Guid, Person> _peopleById = [];

    private void AddProfiles()
    {
        _peopleById = _people.ToDictionary(p => p.Id);
        var excluded = new HashSet<Guid> { _demo["staff"].Id, _demo["manager"].Id, _demo["hr"].Id, _demo["admin"].Id, _demo["hr.academy"].Id, _demo["hr.hub"].Id };

        foreach (var plan in _organisations)
        {
            var designated = plan.SchemeCode == DemoCatalogue.CouncilScheme
                ? new List<Person> { _demo["supervisor"], _demo["coach"], _demo["mentor"] }
                : [];
            var candidates = plan.People
                .Where(p => p.LineManagerId is not null && !excluded.Contains(p.Id) && !designated.Contains(p))
                .ToList();
            var chosen = designated.Concat(Random.Shuffle(candidates).Take(plan.Practitioners - designated.Count)).ToList();

            var profiles = new List<CoachProfile>();
            for (var i = 0; i < chosen.Count; i++)
            {
                profiles.Add(NewProfile(plan, chosen[i], i, chosen.Count));
            }

            // Developing mentors are supported by a lead mentor of their own scheme (a trained supervisor).
            var lead = profiles.First(p => p.IsTrainedSupervisor);
            foreach (var profile in profiles.Where(p => p != lead && p.Qualifications.Any(q => q.Status == QualificationStatus.InTraining)))
            {
                profile.SupportingMentorId = lead.Id;
            }

            _profiles.AddRange(profiles);
        }

        db.CoachProfiles.AddRange(_profiles);
    }

    private CoachProfile NewProfile(OrganisationPlan plan, Person person, int index, int count)
    {
        var scheme = plan.Scheme!;
        var offers = person == _demo["coach"] ? OfferType.Coaching
            : person == _demo["mentor"] ? OfferType.Mentoring
            : person == _demo["supervisor"] ? OfferType.Both
            : plan.SchemeCode switch
            {
                DemoCatalogue.HubScheme => Random.WeightedRandom([OfferType.Mentoring, OfferType.Both, OfferType.Coaching], [0.6f, 0.3f, 0.1f]),
                DemoCatalogue.AcademyScheme => Random.WeightedRandom([OfferType.Coaching, OfferType.Mentoring, OfferType.Both], [0.5f, 0.3f, 0.2f]),
                _ => Random.WeightedRandom([OfferType.Coaching, OfferType.Mentoring, OfferType.Both], [0.45f, 0.25f, 0.3f]),
            };

        // The first practitioners of each scheme are its experienced ones: trained supervisors, never in training.
        var isDemo = index < 3 && plan.SchemeCode == DemoCatalogue.CouncilScheme;
        var experienced = index < 2 || isDemo;
        var inTraining = !experienced && Random.Bool(plan.SchemeCode == DemoCatalogue.HubScheme ? 0.35f : 0.18f);
        var limit = inTraining ? scheme.MaxCoacheesWhileDeveloping : scheme.MaxCoachees;
        var lastConfirmed = _today.AddDays(-Random.Int(0, 365));
        var area = plan.Organisation!.ServiceAreas.Single(a => a.Id == person.ServiceAreaId);

        var profile = new CoachProfile
        {
            PersonId = person.Id,
            SchemeId = scheme.Id,
            Offers = offers,
            Status = ProfileStatus.Published,
            Bio = $"I work at {plan.Name} as {person.JobTitle}. {Random.ArrayElement(Styles)}",
            Experience = $"{Random.Int(3, 25)} years in {area.Name}. I have {string.Join(" and ", Random.ArrayElements(Backgrounds, 2))}.",
            Location = $"{plan.Name}, {area.Name}",
            Formats = Random.ArrayElement([DeliveryFormat.FaceToFace | DeliveryFormat.Video, DeliveryFormat.Video, DeliveryFormat.FaceToFace | DeliveryFormat.Telephone | DeliveryFormat.Video, DeliveryFormat.FaceToFace, DeliveryFormat.Telephone | DeliveryFormat.Video]),
            Accreditation = Random.WeightedRandom([AccreditationBody.None, AccreditationBody.Emcc, AccreditationBody.Icf, AccreditationBody.AssociationForCoaching, AccreditationBody.Other], [0.35f, 0.3f, 0.15f, 0.15f, 0.05f]),
            IsTrainedSupervisor = experienced && (person == _demo["supervisor"] || !isDemo),
            Capacity = isDemo ? scheme.MaxCoachees : Random.Int(1, limit),
            AcceptingNewCoachees = isDemo || Random.Bool(0.85f),
            LastConfirmedOn = lastConfirmed,
            DeclarationOfInterest = plan.SchemeCode == DemoCatalogue.HubScheme ? "None declared." : null,
            CreatedAt = _now.AddDays(-Random.Int(400, 1400)),
            UpdatedAt = new DateTimeOffset(lastConfirmed.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero),
            Areas = Random.ListItems(_areas, Random.Int(2, 6)).ToList(),
        };

        if (profile.Accreditation == AccreditationBody.Other)
        {
            profile.AccreditationOther = "Signatory to the Global Code of Ethics";
        }

        AddQualifications(plan, profile, inTraining, experienced);

        // A few practitioners charge for work outside their employer's time, which the register must show.
        if (!isDemo && index % 7 == 5)
        {
            profile.ChargesFees = true;
            profile.FeesDetails = plan.SchemeCode == DemoCatalogue.HubScheme
                ? "Self-employed: sessions outside my own practice are claimed at the scheme's rates."
                : "£85 a session for clients outside the partnership; no charge to colleagues.";
        }

        // One practitioner per scheme outside the council has been paused for not meeting the scheme's rules.
        if (index == count - 1 && plan.SchemeCode != DemoCatalogue.CouncilScheme)
        {
            profile.Status = ProfileStatus.Paused;
            profile.AcceptingNewCoachees = false;
            profile.PausedAt = _now.AddDays(-Random.Int(10, 40));
            profile.PausedReason = plan.SchemeCode == DemoCatalogue.HubScheme
                ? "ILM Level 3 not achieved within 24 months of the first assignment submission."
                : "Supervision and CPD minimums for the year not evidenced.";
            if (plan.SchemeCode == DemoCatalogue.HubScheme)
            {
                profile.Capacity = Math.Min(profile.Capacity, scheme.MaxCoacheesWhileDeveloping);
                profile.Qualifications.Clear();
                profile.Qualifications.Add(new Qualification { CoachProfileId = profile.Id, Level = QualificationLevel.Ilm3, Title = "ILM Level 3 Certificate in Effective Coaching and Mentoring", Status = QualificationStatus.InTraining, FirstAssignmentSubmittedOn = _today.AddMonths(-26) });
            }
        }
        else if (index == count - 2 && plan.SchemeCode == DemoCatalogue.CouncilScheme)
        {
            profile.Status = ProfileStatus.Draft;
            profile.LastConfirmedOn = null;
        }

        if (profile.IsTrainedSupervisor)
        {
            Grant(person, Roles.Supervisor);
        }

        if (offers.HasFlag(OfferType.Coaching))
        {
            Grant(person, Roles.Coach);
        }

        if (offers.HasFlag(OfferType.Mentoring))
        {
            Grant(person, Roles.Mentor);
        }

        return profile;
    }

    private void AddQualifications(OrganisationPlan plan, CoachProfile profile, bool inTraining, bool experienced)
    {
        void Add(QualificationLevel level, string title, bool training, DateOnly? firstAssignment = null) =>
            profile.Qualifications.Add(new Qualification
            {
                CoachProfileId = profile.Id,
                Level = level,
                Title = title,
                Status = training ? QualificationStatus.InTraining : QualificationStatus.Achieved,
                AchievedOn = training ? null : _today.AddDays(-Random.Int(200, 2500)),
                FirstAssignmentSubmittedOn = firstAssignment,
            });

        const string ilm3 = "ILM Level 3 Certificate in Effective Coaching and Mentoring";
        const string ilm5 = "ILM Level 5 Certificate in Coaching and Mentoring";
        const string ilm7 = "ILM Level 7 Certificate in Executive Coaching and Leadership Mentoring";
        switch (plan.SchemeCode)
        {
            case DemoCatalogue.HubScheme:
                Add(QualificationLevel.Ilm3, ilm3, inTraining, _today.AddMonths(-Random.Int(inTraining ? 2 : 26, inTraining ? 20 : 60)));
                if (experienced)
                {
                    Add(QualificationLevel.Ilm5, ilm5, false);
                }

                break;
            case DemoCatalogue.AcademyScheme when profile.Offers.HasFlag(OfferType.Coaching):
                if (inTraining || Random.Bool(0.2f))
                {
                    profile.CompetencyInterviewPassed = true;
                    Add(QualificationLevel.Ilm5, ilm5, inTraining);
                }
                else
                {
                    Add(experienced ? QualificationLevel.Ilm7 : Random.ArrayElement([QualificationLevel.Ilm5, QualificationLevel.Ilm7]), experienced ? ilm7 : ilm5, false);
                }

                break;
            case DemoCatalogue.AcademyScheme:
                if (Random.Bool(0.5f))
                {
                    Add(QualificationLevel.Other, "Mentoring in Schools (two-day course)", false);
                }

                break;
            default:
                if (inTraining)
                {
                    Add(QualificationLevel.Ilm3, ilm3, true, _today.AddMonths(-Random.Int(1, 8)));
                }
                else
                {
                    var level = experienced ? QualificationLevel.Ilm7 : Random.WeightedRandom([QualificationLevel.Ilm3, QualificationLevel.Ilm5, QualificationLevel.Other], [0.4f, 0.45f, 0.15f]);
                    Add(level, level switch
                    {
                        QualificationLevel.Ilm3 => ilm3,
                        QualificationLevel.Ilm5 => ilm5,
                        QualificationLevel.Ilm7 => ilm7,
                        _ => "Postgraduate Certificate in Coaching",
                    }, false);
                }

                break;
        }
    }

    private void AddCoachApplications()
    {
        var practitioners = _profiles.Select(p => p.PersonId).ToHashSet();
        var demo = _demo.Values.Select(p => p.Id).ToHashSet();
        ApplicationStatus[][] statuses =
        [
            [ApplicationStatus.Draft, ApplicationStatus.AwaitingLineManager, ApplicationStatus.AwaitingDecision, ApplicationStatus.Declined, ApplicationStatus.Withdrawn, ApplicationStatus.Accepted],
            [ApplicationStatus.Draft, ApplicationStatus.AwaitingDecision, ApplicationStatus.Declined, ApplicationStatus.Accepted],
            [ApplicationStatus.AwaitingLineManager, ApplicationStatus.AwaitingDecision, ApplicationStatus.Declined, ApplicationStatus.Withdrawn, ApplicationStatus.Accepted],
        ];

        for (var o = 0; o < _organisations.Count; o++)
        {
            var plan = _organisations[o];
            var hr = _demo[plan.SchemeCode switch { DemoCatalogue.AcademyScheme => "hr.academy", DemoCatalogue.HubScheme => "hr.hub", _ => "hr" }];
            var applicants = Random.Shuffle(plan.People.Where(p => p.LineManagerId is not null && !practitioners.Contains(p.Id) && !demo.Contains(p.Id))).ToList();
            var accepted = _profiles.Where(p => p.SchemeId == plan.Scheme!.Id && p.Status == ProfileStatus.Published).ToList();
            for (var i = 0; i < statuses[o].Length; i++)
            {
                var status = statuses[o][i];
                // An accepted application belongs to someone now on the register; the others to staff who are not (yet).
                var applicant = status == ApplicationStatus.Accepted ? _peopleById[accepted[^1].PersonId] : applicants[i];
                db.CoachApplications.Add(NewApplication(plan, applicant, status, hr));
            }
        }
    }

    private CoachApplication NewApplication(OrganisationPlan plan, Person applicant, ApplicationStatus status, Person hr)
    {
        var scheme = plan.Scheme!;
        var created = _now.AddDays(status == ApplicationStatus.Accepted ? -Random.Int(400, 700) : -Random.Int(5, 60));
        var submitted = status == ApplicationStatus.Draft ? (DateTimeOffset?)null : created.AddDays(Random.Int(1, 4));
        var supported = status is ApplicationStatus.AwaitingDecision or ApplicationStatus.Accepted or ApplicationStatus.Declined;
        var application = new CoachApplication
        {
            ApplicantId = applicant.Id,
            SchemeId = scheme.Id,
            Status = status,
            Offers = plan.SchemeCode == DemoCatalogue.HubScheme ? OfferType.Mentoring : Random.ArrayElement([OfferType.Coaching, OfferType.Mentoring, OfferType.Both]),
            ExperienceAndSkills = $"{applicant.JobTitle}; I have {Random.ArrayElement(Backgrounds)}.",
            Motivation = "I have benefited from coaching myself and want to help colleagues find their own way through the challenges I have faced.",
            RecentSupportOfOthers = "Induction buddy for new starters this year; informal mentoring of two colleagues.",
            PreviousExperienceAndOutcomes = "Mentored a newly qualified colleague for a year; they have since been promoted.",
            HoldsAccreditation = false,
            Accreditation = AccreditationBody.None,
            Areas = Random.ListItems(_areas, 3).ToList(),
            ProposedStartDate = _today.AddDays(Random.Int(20, 90)),
            AgreesToExpectations = submitted is not null,
            ConfirmsCodeOfEthics = submitted is not null,
            ConfirmsSupervisionAndCpd = submitted is not null,
            ConfirmsLineManagerRelease = submitted is not null,
            ConfirmsDataProcessing = submitted is not null,
            LineManagerId = applicant.LineManagerId,
            LineManagerSupport = supported ? LineManagerSupport.Supported : LineManagerSupport.Pending,
            LineManagerComment = supported ? "Happy to release time for this; it fits their development plan." : null,
            LineManagerRespondedAt = supported ? submitted!.Value.AddDays(2) : null,
            CreatedAt = created,
            SubmittedAt = submitted,
        };

        application.Qualifications.Add(new ApplicationQualification
        {
            CoachApplicationId = application.Id,
            Level = QualificationLevel.Ilm3,
            Title = "ILM Level 3 Certificate in Effective Coaching and Mentoring",
            Status = QualificationStatus.InTraining,
        });

        if (scheme.RequiresReferences)
        {
            for (var r = 0; r < 2; r++)
            {
                var name = $"{Random.ArrayElement(DemoCatalogue.GivenNames)} {Random.ArrayElement(DemoCatalogue.FamilyNames)}";
                application.References.Add(new ProfessionalReference
                {
                    CoachApplicationId = application.Id,
                    Name = name,
                    JobTitle = r == 0 ? "GP Partner" : "Practice Manager",
                    Email = $"{Letters(name)}@referee.{EmailDomain}",
                    Telephone = FictionalTelephone(),
                    Relationship = r == 0 ? "Clinical supervisor for three years" : "Line manager",
                });
            }
        }

        if (scheme.RequiresPracticeDetails)
        {
            var practice = plan.Organisation!.ServiceAreas.Single(a => a.Id == applicant.ServiceAreaId).Name;
            application.IsSelfEmployed = applicant.JobTitle == "GP";
            application.SlaSigned = application.IsSelfEmployed ? true : null;
            application.HasLiabilityInsurance = application.IsSelfEmployed ? true : null;
            application.DeclarationOfInterest = "None declared.";
            application.Practice = new PracticeDetails
            {
                ClaimAs = application.IsSelfEmployed ? PaymentRecipient.Individual : PaymentRecipient.Practice,
                PracticeName = practice,
                PracticeAddress = $"{Random.Int(1, 120)} {Random.ArrayElement(Streets)}, Northfell",
                PracticeCode = $"P{Random.Int(81000, 81999)}",
                PracticeTelephone = FictionalTelephone(),
                PracticeManagerName = $"{Random.ArrayElement(DemoCatalogue.GivenNames)} {Random.ArrayElement(DemoCatalogue.FamilyNames)}",
                PracticeManagerEmail = $"practice.manager@{Letters(practice)}.{EmailDomain}",
                PracticeManagerTelephone = FictionalTelephone(),
            };
        }

        if (scheme.AllowsCompetencyInterview && status is ApplicationStatus.Accepted or ApplicationStatus.Declined)
        {
            application.InterviewOutcome = status == ApplicationStatus.Accepted ? InterviewOutcome.Passed : InterviewOutcome.NotPassed;
            application.InterviewDate = DateOnly.FromDateTime(submitted!.Value.AddDays(14).UtcDateTime);
            application.InterviewNotes = status == ApplicationStatus.Accepted
                ? "Clear contracting, good use of open questions, sound grasp of ethical boundaries."
                : "Tended to give advice rather than coach; encouraged to reapply after the ILM Level 5 course.";
        }

        if (status is ApplicationStatus.Accepted or ApplicationStatus.Declined)
        {
            application.DecidedById = hr.Id;
            application.DecidedAt = submitted!.Value.AddDays(21);
            if (status == ApplicationStatus.Accepted)
            {
                application.ExpectedStartDate = DateOnly.FromDateTime(submitted.Value.AddDays(45).UtcDateTime);
            }
            else
            {
                application.DeclineReason = plan.SchemeCode == DemoCatalogue.AcademyScheme
                    ? "The competency-based interview was not passed this time."
                    : "The scheme has enough practitioners in this service area this year; please apply again in the spring.";
            }
        }

        return application;
    }
}
