using ReverseMentoring.Matching.Model;

namespace ReverseMentoring.Matching.IO;

/// <summary>Data that reads without error but pairs poorly, found right after reading so the user hears it early.</summary>
internal static class ParticipantWarnings
{
    /// <summary>Skill gap and reciprocal are 0 for every pair; in the current UI culture's language.</summary>
    public static string NetworkReachOnly => InputText.Format("NetworkReachOnly");

    public static IReadOnlyList<string> Find(IReadOnlyList<Participant> people)
    {
        if (people.Count == 0)
        {
            return [];
        }

        // The default scorer's skill parts need, on some area, a mentor's skill and a mentee's goal (or the reverse).
        bool Teaches(ParticipantRole teacher, ParticipantRole learner)
        {
            var taught = people.Where(p => p.Role == teacher).SelectMany(p => p.Skills.Where(s => s.Value > 0).Select(s => s.Key))
                .ToHashSet(SkillAreas.NameComparer);
            return people.Where(p => p.Role == learner).Any(p => p.Goals.Any(g => g.Value > 0 && taught.Contains(g.Key)));
        }

        return Teaches(ParticipantRole.Mentor, ParticipantRole.Mentee) || Teaches(ParticipantRole.Mentee, ParticipantRole.Mentor)
            ? []
            : [NetworkReachOnly];
    }
}
