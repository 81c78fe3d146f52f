namespace CoachRegister.Domain.Confidentiality;

/// <summary>
/// The people a record belongs to, read from the record in one query. Together with who is asking, it
/// gives the asker's relationships to the record.
/// </summary>
public sealed record RecordParties(
    RecordKind Kind,
    Guid? CoachPersonId = null,
    Guid? CoacheePersonId = null,
    Guid? ApplicantPersonId = null,
    Guid? LineManagerPersonId = null,
    Guid? SupervisorPersonId = null)
{
    /// <summary>The relationships of <paramref name="personId"/> (with the given roles) to this record.</summary>
    public IReadOnlyList<Relationship> RelationshipsOf(Guid personId, bool isHrAdmin, bool isSystemAdmin)
    {
        var result = new List<Relationship>();
        if (personId == CoachPersonId)
        {
            result.Add(Relationship.Coach);
        }

        if (personId == CoacheePersonId)
        {
            result.Add(Relationship.Coachee);
        }

        if (personId == ApplicantPersonId)
        {
            result.Add(Relationship.Applicant);
        }

        if (personId == LineManagerPersonId)
        {
            result.Add(Relationship.LineManager);
        }

        if (personId == SupervisorPersonId)
        {
            result.Add(Relationship.Supervisor);
        }

        if (isHrAdmin)
        {
            result.Add(Relationship.HrAdmin);
        }

        if (isSystemAdmin)
        {
            result.Add(Relationship.SystemAdmin);
        }

        // Every signed-in person is a member of staff as well as whatever else they are to the record.
        result.Add(Relationship.OtherStaff);
        return result;
    }

    public bool Allows(Guid personId, bool isHrAdmin, bool isSystemAdmin, Access needed) =>
        AccessMatrix.Allows(Kind, RelationshipsOf(personId, isHrAdmin, isSystemAdmin), needed);
}
