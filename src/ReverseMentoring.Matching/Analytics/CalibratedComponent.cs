namespace ReverseMentoring.Matching.Analytics;

/// <summary>One component of the composite scorer as the calibration fitted it.</summary>
/// <param name="Name">The component's name: <c>SkillGap</c>, <c>Reciprocal</c> or <c>NetworkReach</c>.</param>
/// <param name="Coefficient">
/// The fitted slope, in rating points per unit of the component's unweighted value (each value lies in [0, 1]); at least 0.
/// </param>
/// <param name="Weight">The coefficient's share of all coefficients: the weight to put in the run config.</param>
public sealed record CalibratedComponent(string Name, double Coefficient, double Weight);
