namespace CoachRegister.Domain.Register;

/// <summary>Coaching and mentoring are different offers; a practitioner may offer either or both.</summary>
[Flags]
public enum OfferType
{
    None = 0,
    Coaching = 1,
    Mentoring = 2,
    Both = Coaching | Mentoring,
}

[Flags]
public enum DeliveryFormat
{
    None = 0,
    FaceToFace = 1,
    Telephone = 2,
    Video = 4,
}

public enum AccreditationBody
{
    None = 0,
    Emcc = 1,
    Icf = 2,
    AssociationForCoaching = 3,
    Other = 99,
}

public enum ProfileStatus
{
    Draft = 0,
    Published = 1,
    Paused = 2,
    Withdrawn = 3,
}

public enum QualificationStatus
{
    Achieved = 0,
    InTraining = 1,
}

public enum ApplicationStatus
{
    Draft = 0,
    AwaitingLineManager = 1,
    AwaitingDecision = 2,
    Accepted = 3,
    Declined = 4,
    Withdrawn = 5,
}

public enum LineManagerSupport
{
    Pending = 0,
    Supported = 1,
    NotSupported = 2,
}

public enum InterviewOutcome
{
    NotHeld = 0,
    Passed = 1,
    NotPassed = 2,
}
