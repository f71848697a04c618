using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Tests;

/// <summary>Every logical name of domain.md section 2, typed from the document (not read back from the JSON).</summary>
public sealed class ContractColumnsTests
{
    [Theory]
    [InlineData("spm_period", "spm_name", "spm_code", "spm_periodtype", "spm_startdate", "spm_enddate", "spm_parentperiodid", "spm_fiscalyear")]
    [InlineData("spm_kpi", "spm_name", "spm_code", "spm_measure", "spm_direction", "spm_unit", "spm_filterxml")]
    [InlineData("spm_target", "spm_name", "ownerid", "spm_kpiid", "spm_periodid", "spm_parenttargetid", "spm_targetvalue",
        "spm_stretchvalue", "spm_thresholdpercent", "spm_weight", "spm_scorecap", "spm_rollupsource", "spm_actualvalue",
        "spm_numerator", "spm_denominator", "spm_inprogressvalue", "spm_attainmentpercent", "spm_scorepercent",
        "spm_expectedtodatevalue", "spm_allocatedvalue", "spm_allocationvariance", "spm_lastcalculatedon",
        "spm_calculationtrace", "spm_scorecardid")]
    [InlineData("spm_kpiset", "spm_name")]
    [InlineData("spm_kpisetitem", "spm_kpisetid", "spm_kpiid", "spm_weight", "spm_scorecap", "spm_thresholdpercent")]
    [InlineData("spm_scorecard", "ownerid", "spm_periodid", "spm_kpisetid", "spm_weightedscore", "spm_rank", "spm_lastcalculatedon")]
    [InlineData("spm_commissionplan", "spm_basis", "spm_tierscope", "spm_tiermode", "spm_tierbasis", "spm_payoutcap",
        "spm_acceleratorgate", "spm_clawbackdays", "spm_effectivefrom", "spm_effectiveto")]
    [InlineData("spm_commissiontier", "spm_commissionplanid", "spm_lowerbound", "spm_upperbound", "spm_ratepercent")]
    [InlineData("spm_planassignment", "ownerid", "spm_commissionplanid", "spm_periodid", "spm_quotaamount", "spm_quotatargetid")]
    [InlineData("spm_dealsplit", "spm_opportunityid", "spm_userid", "spm_splitpercent")]
    [InlineData("spm_payment", "spm_invoiceid", "spm_amount", "spm_paidon")]
    [InlineData("spm_commissionstatement", "ownerid", "spm_planassignmentid", "spm_periodid", "spm_creditamount",
        "spm_attainmentpercent", "spm_earnedamount", "spm_clawbackamount", "spm_adjustmentamount", "spm_payableamount", "spm_trace",
        "statecode", "statuscode")]
    [InlineData("spm_commissionline", "spm_commissionstatementid", "spm_kind", "spm_opportunityid", "spm_salesorderid",
        "spm_paymentid", "spm_transactiondate", "spm_creditamount", "spm_splitpercent", "spm_ratepercent", "spm_commissionamount", "spm_trace")]
    [InlineData("spm_review", "ownerid", "spm_reviewerid", "spm_periodid", "spm_scorecardid", "spm_quantitativescore",
        "spm_teamworkrating", "spm_growthrating", "spm_customerfocusrating", "spm_attituderating", "spm_quantitativeweight",
        "spm_qualitativescore", "spm_overallscore", "spm_overallrating", "spm_strengths", "spm_improvements", "spm_actionplan",
        "spm_employeecomments", "statecode", "statuscode")]
    [InlineData("opportunity", "spm_salescycledays", "spm_isnewcustomer", "actualvalue_base", "estimatedvalue_base", "actualclosedate",
        "estimatedclosedate", "createdon")]
    [InlineData("salesorder", "spm_grossmargin", "spm_grossmargin_base", "totalamount_base", "datefulfilled")]
    [InlineData("invoice", "spm_amountpaid", "totalamount_base", "duedate")]
    [InlineData("spm_payment", "spm_amount_base")]
    public void ContractTable_EveryListedColumn_IsPresent(string table, params string[] columns)
    {
        var definition = RepositorySource.Metadata.Table(table);
        foreach (var column in columns)
        {
            Assert.True(definition.HasColumn(column), $"{table} lacks the contract column {column}");
        }
    }

    [Theory]
    [InlineData("spm_target", "spm_kpiid", "spm_kpi")]
    [InlineData("spm_target", "spm_periodid", "spm_period")]
    [InlineData("spm_target", "spm_parenttargetid", "spm_target")]
    [InlineData("spm_target", "spm_scorecardid", "spm_scorecard")]
    [InlineData("spm_period", "spm_parentperiodid", "spm_period")]
    [InlineData("spm_kpisetitem", "spm_kpisetid", "spm_kpiset")]
    [InlineData("spm_kpisetitem", "spm_kpiid", "spm_kpi")]
    [InlineData("spm_scorecard", "spm_periodid", "spm_period")]
    [InlineData("spm_scorecard", "spm_kpisetid", "spm_kpiset")]
    [InlineData("spm_commissiontier", "spm_commissionplanid", "spm_commissionplan")]
    [InlineData("spm_planassignment", "spm_commissionplanid", "spm_commissionplan")]
    [InlineData("spm_planassignment", "spm_periodid", "spm_period")]
    [InlineData("spm_planassignment", "spm_quotatargetid", "spm_target")]
    [InlineData("spm_dealsplit", "spm_opportunityid", "opportunity")]
    [InlineData("spm_dealsplit", "spm_userid", "systemuser")]
    [InlineData("spm_payment", "spm_invoiceid", "invoice")]
    [InlineData("spm_commissionstatement", "spm_planassignmentid", "spm_planassignment")]
    [InlineData("spm_commissionstatement", "spm_periodid", "spm_period")]
    [InlineData("spm_commissionline", "spm_commissionstatementid", "spm_commissionstatement")]
    [InlineData("spm_commissionline", "spm_opportunityid", "opportunity")]
    [InlineData("spm_commissionline", "spm_salesorderid", "salesorder")]
    [InlineData("spm_commissionline", "spm_paymentid", "spm_payment")]
    [InlineData("spm_review", "spm_reviewerid", "systemuser")]
    [InlineData("spm_review", "spm_periodid", "spm_period")]
    [InlineData("spm_review", "spm_scorecardid", "spm_scorecard")]
    public void ContractLookup_Target_IsTheNamedTable(string table, string column, string target)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(ColumnType.Lookup, definition.Type);
        Assert.Equal([target], definition.Targets);
    }

    [Theory]
    [InlineData("spm_payment", "spm_amount")]
    [InlineData("spm_planassignment", "spm_quotaamount")]
    [InlineData("spm_commissionplan", "spm_payoutcap")]
    [InlineData("spm_commissionstatement", "spm_creditamount")]
    [InlineData("spm_commissionstatement", "spm_earnedamount")]
    [InlineData("spm_commissionstatement", "spm_clawbackamount")]
    [InlineData("spm_commissionstatement", "spm_adjustmentamount")]
    [InlineData("spm_commissionstatement", "spm_payableamount")]
    [InlineData("spm_commissionline", "spm_creditamount")]
    [InlineData("spm_commissionline", "spm_commissionamount")]
    [InlineData("salesorder", "spm_grossmargin")]
    [InlineData("invoice", "spm_amountpaid")]
    [InlineData("opportunity", "actualvalue")]
    [InlineData("opportunity", "estimatedvalue")]
    [InlineData("salesorder", "totalamount")]
    [InlineData("invoice", "totalamount")]
    [InlineData("product", "currentcost")]
    public void MoneyColumn_Type_IsMoney(string table, string column) =>
        Assert.Equal(ColumnType.Money, RepositorySource.Column(table, column).Type);

    [Theory]
    [InlineData("spm_target", "spm_targetvalue")]
    [InlineData("spm_target", "spm_actualvalue")]
    [InlineData("spm_target", "spm_attainmentpercent")]
    [InlineData("spm_target", "spm_scorecap")]
    [InlineData("spm_commissiontier", "spm_lowerbound")]
    [InlineData("spm_commissiontier", "spm_upperbound")]
    [InlineData("spm_commissiontier", "spm_ratepercent")]
    [InlineData("spm_dealsplit", "spm_splitpercent")]
    [InlineData("spm_commissionplan", "spm_acceleratorgate")]
    [InlineData("spm_scorecard", "spm_weightedscore")]
    [InlineData("spm_review", "spm_quantitativeweight")]
    public void NumberOrPercentColumn_Type_IsDecimal(string table, string column) =>
        Assert.Equal(ColumnType.Decimal, RepositorySource.Column(table, column).Type);

    [Theory]
    [InlineData("spm_period", "spm_startdate")]
    [InlineData("spm_period", "spm_enddate")]
    [InlineData("spm_payment", "spm_paidon")]
    [InlineData("spm_commissionplan", "spm_effectivefrom")]
    [InlineData("spm_commissionplan", "spm_effectiveto")]
    [InlineData("spm_commissionline", "spm_transactiondate")]
    [InlineData("opportunity", "actualclosedate")]
    [InlineData("opportunity", "estimatedclosedate")]
    [InlineData("invoice", "duedate")]
    [InlineData("lead", "estimatedclosedate")]
    public void DateColumn_Behavior_IsDateOnly(string table, string column)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(ColumnType.DateTime, definition.Type);
        Assert.Equal(DateTimeBehavior.DateOnly, definition.DateBehavior);
        Assert.Equal("date", definition.Format);
    }

    [Theory]
    [InlineData("spm_review", "spm_teamworkrating")]
    [InlineData("spm_review", "spm_growthrating")]
    [InlineData("spm_review", "spm_customerfocusrating")]
    [InlineData("spm_review", "spm_attituderating")]
    public void RatingColumn_Range_IsOneToFive(string table, string column)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(ColumnType.Integer, definition.Type);
        Assert.Equal(1m, definition.MinValue);
        Assert.Equal(5m, definition.MaxValue);
    }

    [Theory]
    [InlineData("spm_target", "spm_scorecap", 150)]
    [InlineData("spm_kpisetitem", "spm_scorecap", 150)]
    [InlineData("spm_review", "spm_quantitativeweight", 70)]
    public void DefaultedColumn_DefaultValue_IsTheContractValue(string table, string column, int expected) =>
        Assert.Equal(expected, RepositorySource.Column(table, column).DefaultValue);

    [Theory]
    [InlineData("spm_kpi", "spm_filterxml")]
    [InlineData("spm_target", "spm_calculationtrace")]
    [InlineData("spm_commissionstatement", "spm_trace")]
    [InlineData("spm_commissionline", "spm_trace")]
    [InlineData("spm_review", "spm_strengths")]
    [InlineData("spm_review", "spm_improvements")]
    [InlineData("spm_review", "spm_actionplan")]
    [InlineData("spm_review", "spm_employeecomments")]
    public void LongTextColumn_Type_IsMemo(string table, string column)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(ColumnType.Memo, definition.Type);
        Assert.True(definition.MaxLength >= 2000);
    }

    [Theory]
    [InlineData("opportunity", "spm_salescycledays", ColumnType.Integer)]
    [InlineData("opportunity", "spm_isnewcustomer", ColumnType.Boolean)]
    [InlineData("salesorder", "spm_grossmargin", ColumnType.Money)]
    [InlineData("invoice", "spm_amountpaid", ColumnType.Money)]
    public void StampedSystemTableColumn_TypeAndFlags_AreCustomAndComputed(string table, string column, ColumnType type)
    {
        var definition = RepositorySource.Column(table, column);
        Assert.Equal(type, definition.Type);
        Assert.True(definition.IsCustom);
        Assert.True(definition.IsComputed);
        Assert.False(RepositorySource.Metadata.Table(table).IsCustom);
    }
}
