namespace SalesPerf.Domain.Reviews;

/// <summary>The <c>spm_review</c> column of each <see cref="ReviewField"/>.</summary>
public static class ReviewFieldNames
{
    public static string LogicalName(ReviewField field) => field switch
    {
        ReviewField.SelfAssessment => "spm_selfassessment",
        ReviewField.EmployeeComments => "spm_employeecomments",
        ReviewField.TeamworkRating => "spm_teamworkrating",
        ReviewField.GrowthRating => "spm_growthrating",
        ReviewField.CustomerFocusRating => "spm_customerfocusrating",
        ReviewField.AttitudeRating => "spm_attituderating",
        ReviewField.Strengths => "spm_strengths",
        ReviewField.Improvements => "spm_improvements",
        ReviewField.ActionPlan => "spm_actionplan",
        ReviewField.QuantitativeWeight => "spm_quantitativeweight",
        _ => field.ToString(),
    };
}
