using CoachRegister.Domain.Development.Compliance;
using CoachRegister.Domain.Register;
using CoachRegister.Domain.Schemes;

namespace CoachRegister.Web.Infrastructure.Seeding;

/// <summary>
/// The fixed reference data of the demo: three schemes modelled on the rule sets in the domain notes
/// (a Welsh council's, a South-West academy's, a primary-care training hub's) under made-up names,
/// the sixteen areas of coaching, and the partner organisations to generate.
/// </summary>
internal static class DemoCatalogue
{
    public const string CouncilScheme = "CTC";
    public const string AcademyScheme = "WLA";
    public const string HubScheme = "NPC";

    public static readonly string[] GivenNames =
    [
        "Amelia", "Oliver", "Isla", "George", "Ava", "Harry", "Emily", "Jack", "Sophie", "Thomas", "Grace", "James",
        "Charlotte", "William", "Lucy", "Daniel", "Hannah", "Samuel", "Chloe", "Joseph", "Ellie", "Matthew", "Megan",
        "Adam", "Holly", "Ryan", "Laura", "Ben", "Rachel", "Luke", "Jessica", "Michael", "Sarah", "David", "Helen",
        "Mark", "Claire", "Paul", "Emma", "Andrew", "Karen", "Simon", "Nicola", "Stephen", "Joanne", "Richard",
        "Priya", "Aisha", "Mohammed", "Imran", "Zara", "Omar", "Mei", "Tomasz", "Kasia", "Chidi", "Ngozi", "Aoife",
        "Ciaran", "Fiona", "Callum", "Eilidh", "Rosa", "Dominic", "Harriet", "Patrick", "Maria", "Anil", "Deepa",
    ];

    public static readonly string[] WelshGivenNames =
    [
        "Rhys", "Sioned", "Gethin", "Ffion", "Cerys", "Dafydd", "Elin", "Gareth", "Bethan", "Huw", "Nia", "Owain",
        "Carys", "Iwan", "Lowri", "Siân", "Meinir", "Aled", "Catrin", "Emyr", "Gwenllian", "Ieuan", "Mared", "Tomos",
        "Angharad", "Llŷr", "Heledd", "Dylan", "Eleri", "Geraint",
    ];

    public static readonly string[] FamilyNames =
    [
        "Smith", "Brown", "Taylor", "Wilson", "Johnson", "Walker", "Wright", "Robinson", "Thompson", "White",
        "Hall", "Green", "Wood", "Harris", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott",
        "Cooper", "Ward", "Morris", "King", "Watson", "Baker", "Harrison", "Young", "Allen", "Mitchell", "Kelly",
        "Anderson", "Cook", "Bell", "Patel", "Khan", "Ahmed", "Shah", "Begum", "Nowak", "Okafor", "Murphy",
        "O'Brien", "Campbell", "Stewart", "MacDonald", "Fletcher", "Barker", "Holmes", "Atkinson", "Dixon",
        "Hartley", "Sutcliffe", "Barnes", "Simpson", "Marsh", "Fox", "Chapman", "Lawson",
    ];

    public static readonly string[] WelshFamilyNames =
    [
        "Jones", "Davies", "Evans", "Williams", "Thomas", "Roberts", "Hughes", "Lewis", "Morgan", "Griffiths",
        "Owen", "Pritchard", "Rees", "Parry", "Lloyd", "Howells", "Jenkins", "Powell", "Price", "Vaughan",
        "Bowen", "Jarvis", "Edwards", "Pugh", "Llywelyn", "ap Gwilym", "Prosser", "Meredith",
    ];

    public static List<Scheme> Schemes() =>
    [
        new()
        {
            Name = "Cwm Taran Coaching and Mentoring Scheme",
            Code = CouncilScheme,
            Description = "The council's internal scheme: trained volunteer coaches and mentors from across the council's services. Coaches take part in supervision and peer support and record their CPD.",
            Compliance = SchemeComplianceRules.From(SchemeRequirementPresets.LocalAuthority, recordsStartOn: null),
            MaxCoacheesWhileDeveloping = 2,
            MaxCoachees = 4,
            TypicalSessionCount = 6,
            SessionMinutesMin = 60,
            SessionMinutesMax = 90,
            ReviewAfterSessions = 3,
            CancellationsBeforeReview = 2,
        },
        new()
        {
            Name = "Westmoor Leadership Academy Coaching Register",
            Code = AcademyScheme,
            Description = "Coaches hold ILM Level 5 or above, or have passed a competency-based interview. To stay on the register a coach evidences 12 hours of coaching practice, 2 supervision sessions and 2 CPD activities a year.",
            Compliance = SchemeComplianceRules.From(SchemeRequirementPresets.LeadershipAcademy, recordsStartOn: null),
            AllowsCompetencyInterview = true,
            MaxCoacheesWhileDeveloping = 3,
            MaxCoachees = 6,
            TypicalSessionCount = 6,
            SessionMinutesMin = 60,
            SessionMinutesMax = 120,
            ReviewAfterSessions = 3,
            CancellationsBeforeReview = 2,
        },
        new()
        {
            Name = "Northfell Primary Care Mentoring Scheme",
            Code = HubScheme,
            Description = "Mentors for clinical and non-clinical staff in general practice. Mentors attend 4 peer-support and 4 one-to-one supervision sessions and 1 training workshop a year, and achieve ILM Level 3 within 24 months of their first assignment submission.",
            Compliance = SchemeComplianceRules.From(SchemeRequirementPresets.PrimaryCareTrainingHub, recordsStartOn: null),
            MaxCoacheesWhileDeveloping = 4,
            MaxCoachees = 8,
            RequiresReferences = true,
            RequiresPracticeDetails = true,
            PaysPractitioners = true,
            TypicalSessionCount = 6,
            SessionMinutesMin = 60,
            SessionMinutesMax = 90,
            ReviewAfterSessions = 3,
            CancellationsBeforeReview = 2,
        },
    ];

    public static List<CoachingArea> CoachingAreas()
    {
        (string English, string Welsh)[] names =
        [
            ("Leadership skills and confidence", "Sgiliau arwain a hyder"),
            ("Management skills and confidence", "Sgiliau rheoli a hyder"),
            ("Internal politics and/or conflict", "Gwleidyddiaeth fewnol a/neu wrthdaro"),
            ("Internal culture", "Diwylliant mewnol"),
            ("Image, credibility, assertiveness and self-confidence", "Delwedd, hygrededd, pendantrwydd a hunanhyder"),
            ("Career progression", "Datblygu gyrfa"),
            ("Strategic issues", "Materion strategol"),
            ("Managing change", "Rheoli newid"),
            ("Team development", "Datblygu tîm"),
            ("Partnership working", "Gweithio mewn partneriaeth"),
            ("Service planning, improvement and efficiency", "Cynllunio, gwella ac effeithlonrwydd gwasanaethau"),
            ("Operational management", "Rheolaeth weithredol"),
            ("Managing upwards", "Rheoli i fyny"),
            ("Financial management", "Rheolaeth ariannol"),
            ("Entrepreneurial skills and commercial awareness", "Sgiliau entrepreneuraidd ac ymwybyddiaeth fasnachol"),
            ("Influencing and negotiating", "Dylanwadu a negodi"),
        ];
        return names.Select((n, i) => new CoachingArea { Name = n.English, NameWelsh = n.Welsh, SortOrder = (i + 1) * 10 }).ToList();
    }

    public static List<DemoSeeder.OrganisationPlan> Organisations() =>
    [
        new(
            "Cwm Taran County Council",
            "CTCC",
            CouncilScheme,
            "cwmtaran",
            "Chief Executive",
            "Head of {0}",
            "Team Manager, {0}",
            [
                new("Adult Social Care", 2, ["Social Worker", "Occupational Therapist", "Care Coordinator", "Reablement Officer"]),
                new("Children's Services", 2, ["Social Worker", "Family Support Worker", "Youth Worker"]),
                new("Education", 1, ["School Improvement Officer", "Inclusion Officer", "Welsh in Education Officer"]),
                new("Highways and Environment", 2, ["Highways Inspector", "Waste Services Officer", "Civil Engineer"]),
                new("Housing", 1, ["Housing Officer", "Tenancy Support Officer", "Homelessness Prevention Officer"]),
                new("Finance", 1, ["Accountant", "Finance Officer", "Revenues Officer"]),
                new("Human Resources", 1, ["HR Adviser", "Workforce Development Officer", "HR Officer"]),
                new("Planning and Public Protection", 1, ["Planning Officer", "Environmental Health Officer", "Trading Standards Officer"]),
                new("Customer Services", 1, ["Customer Service Adviser", "Complaints Officer"]),
                new("Digital Services", 1, ["Systems Analyst", "Developer", "Service Desk Analyst"]),
            ],
            StaffCount: 72,
            Practitioners: 25,
            Welsh: true),
        new(
            "Westmoor Academy Trust",
            "WMAT",
            AcademyScheme,
            "westmoor",
            "Chief Executive Officer",
            "Head of {0}",
            "Subject Leader, {0}",
            [
                new("English", 1, ["Teacher of English", "Teaching Assistant"]),
                new("Mathematics", 1, ["Teacher of Mathematics", "Teaching Assistant"]),
                new("Science", 2, ["Teacher of Science", "Science Technician"]),
                new("Humanities", 1, ["Teacher of History", "Teacher of Geography"]),
                new("Special Educational Needs", 1, ["SEN Teacher", "Learning Support Assistant"]),
                new("Pastoral Care", 1, ["Head of Year", "Pastoral Support Officer"]),
                new("Business and Operations", 1, ["HR Officer", "Finance Officer", "Data Manager"]),
            ],
            StaffCount: 46,
            Practitioners: 18,
            Welsh: false),
        new(
            "Northfell Primary Care Training Hub",
            "NPCTH",
            HubScheme,
            "northfell",
            "Training Hub Director",
            "Lead, {0}",
            "Practice Manager, {0}",
            [
                new("Fellside Medical Practice", 1, ["GP", "Practice Nurse", "Healthcare Assistant", "Receptionist"]),
                new("Lunebank Surgery", 1, ["GP", "Advanced Nurse Practitioner", "Physician Associate"]),
                new("Harbour Street Health Centre", 1, ["GP", "Practice Nurse", "Clinical Pharmacist"]),
                new("Millbeck Group Practice", 1, ["GP", "Practice Nurse", "Physician Associate", "Care Coordinator"]),
                new("Kirkgate Family Doctors", 1, ["GP", "Practice Nurse", "Receptionist"]),
                new("Hub Workforce Team", 1, ["Workforce Coordinator", "Education Lead", "Hub Administrator"]),
            ],
            StaffCount: 37,
            Practitioners: 17,
            Welsh: false),
    ];
}
