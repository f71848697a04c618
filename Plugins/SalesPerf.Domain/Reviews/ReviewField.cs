namespace SalesPerf.Domain.Reviews;

/// <summary>The user-written columns of <c>spm_review</c> (computed columns are the engine's alone).</summary>
public enum ReviewField
{
    /// <summary><c>spm_selfassessment</c> (added to the contract's columns).</summary>
    SelfAssessment = 1,

    /// <summary><c>spm_employeecomments</c>.</summary>
    EmployeeComments = 2,

    /// <summary><c>spm_teamworkrating</c>.</summary>
    TeamworkRating = 3,

    /// <summary><c>spm_growthrating</c>.</summary>
    GrowthRating = 4,

    /// <summary><c>spm_customerfocusrating</c>.</summary>
    CustomerFocusRating = 5,

    /// <summary><c>spm_attituderating</c>.</summary>
    AttitudeRating = 6,

    /// <summary><c>spm_strengths</c>.</summary>
    Strengths = 7,

    /// <summary><c>spm_improvements</c>.</summary>
    Improvements = 8,

    /// <summary><c>spm_actionplan</c>.</summary>
    ActionPlan = 9,

    /// <summary><c>spm_quantitativeweight</c>.</summary>
    QuantitativeWeight = 10,
}
