namespace ReverseMentoring.Matching.Solving;

/// <summary>The side constraints that can make a problem infeasible; named as the <see cref="SideConstraints"/> properties.</summary>
[Flags]
internal enum SideConstraintFamily
{
    None = 0,
    MaxSameDepartmentPairs = 1,
    MinCrossDepartmentShare = 2,
    MaxMenteesPerDepartmentPerMentor = 4,
}
