using System;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Metadata;
using SalesPerf.Domain.Kpis;
using SalesPerf.Plugins.DataAccess;
using SalesPerf.Plugins.DataAccess.Fetch;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;

namespace SalesPerf.Plugins.Kpis;

/// <summary>
/// A Customer Satisfaction KPI naming its own survey table must name a table that exists, with a numeric score column,
/// a date column and a lookup to account or contact (SPM-KPI-160…166). One RetrieveEntity with the Attributes filter
/// reads the table and all its columns at once (any fault of it means the table is not there, whatever the platform's
/// code); nothing else is read. Other measures, and a KPI without a survey table, ignore the columns.
/// </summary>
public static class KpiSurveyCheck
{
    private static readonly AttributeTypeCode[] Numbers =
        [AttributeTypeCode.Integer, AttributeTypeCode.BigInt, AttributeTypeCode.Decimal, AttributeTypeCode.Double, AttributeTypeCode.Money];

    public static void Check(LocalPluginContext context, string name, int? measure, string? table, string? score, string? date, string? customer)
    {
        if (measure != (int)Measure.CustomerSatisfaction)
        {
            return;
        }

        var tableName = SurveySource.Normal(table);
        if (tableName.Length == 0)
        {
            var set = new[] { score, date, customer }.Select(SurveySource.Normal).Where(c => c.Length > 0).ToArray();
            if (set.Length > 0)
            {
                throw context.BusinessError(SurveyKpiMessages.TableMissing, name, string.Join(", ", set));
            }

            return;
        }

        var source = SurveySource.Of(table, score, date, customer);
        if (source.IsOwn)
        {
            return;
        }

        RequireNamed(context, name, source.Table, source.ScoreColumn, Role.Score);
        RequireNamed(context, name, source.Table, source.DateColumn, Role.Date);
        RequireNamed(context, name, source.Table, source.CustomerColumn, Role.Customer);

        var metadata = Read(context, source.Table) ?? throw context.BusinessError(SurveyKpiMessages.TableNotFound, name, source.Table);
        var scoreColumn = Find(context, name, metadata, source.ScoreColumn, Role.Score);
        if (scoreColumn.AttributeType is not AttributeTypeCode type || !Numbers.Contains(type))
        {
            throw context.BusinessError(SurveyKpiMessages.ScoreNotNumeric, name, source.Table, source.ScoreColumn, TypeName(scoreColumn));
        }

        var dateColumn = Find(context, name, metadata, source.DateColumn, Role.Date);
        if (dateColumn.AttributeType != AttributeTypeCode.DateTime)
        {
            throw context.BusinessError(SurveyKpiMessages.DateNotDate, name, source.Table, source.DateColumn, TypeName(dateColumn));
        }

        var customerColumn = Find(context, name, metadata, source.CustomerColumn, Role.Customer);
        var targets = (customerColumn as LookupAttributeMetadata)?.Targets ?? [];
        var isLookup = customerColumn.AttributeType is AttributeTypeCode.Lookup or AttributeTypeCode.Customer;
        if (!isLookup || targets.Length == 0
            || targets.Any(t => !SurveyScoresReader.CustomerTables.Contains(t, StringComparer.OrdinalIgnoreCase)))
        {
            var pointsTo = targets.Length == 0 ? string.Empty : ": " + string.Join(", ", targets);
            throw context.BusinessError(SurveyKpiMessages.CustomerNotLookup, name, source.Table, source.CustomerColumn, TypeName(customerColumn), pointsTo);
        }

        context.Trace("KPI {0}: survey scores from {1}.{2}, dated by {3}, credited through {4} ({5}).", name, source.Table, source.ScoreColumn, source.DateColumn, source.CustomerColumn, string.Join(", ", targets));
    }

    private enum Role
    {
        Score,
        Date,
        Customer,
    }

    private static void RequireNamed(LocalPluginContext context, string name, string table, string column, Role role)
    {
        if (column.Length == 0)
        {
            throw context.BusinessError(SurveyKpiMessages.ColumnMissing, language => [name, table, RoleName(role, language), KpiColumnLabel(role, language)]);
        }
    }

    private static AttributeMetadata Find(LocalPluginContext context, string name, EntityMetadata table, string column, Role role) =>
        (table.Attributes ?? []).FirstOrDefault(a => string.Equals(a.LogicalName, column, StringComparison.OrdinalIgnoreCase))
        ?? throw context.BusinessError(SurveyKpiMessages.ColumnNotFound, language => [name, table.LogicalName, column, RoleName(role, language)]);

    private static EntityMetadata? Read(LocalPluginContext context, string table)
    {
        try
        {
            var response = (RetrieveEntityResponse)context.SystemService.Execute(new RetrieveEntityRequest
            {
                LogicalName = table,
                EntityFilters = EntityFilters.Attributes,
            });
            return response.EntityMetadata;
        }
        catch (FaultException<OrganizationServiceFault> fault)
        {
            // The step runs in PreValidation, before the transaction: a refused read here rolls nothing back.
            context.Trace("RetrieveEntity {0} refused: {1}", table, fault.Detail?.Message ?? fault.Message);
            return null;
        }
    }

    private static string TypeName(AttributeMetadata column) => column.AttributeType?.ToString() ?? "?";

    private static string RoleName(Role role, int language)
    {
        var chinese = language == LanguageCodes.ChineseSimplified;
        return role switch
        {
            Role.Score => chinese ? "分数" : "score",
            Role.Date => chinese ? "日期" : "date",
            _ => chinese ? "客户" : "customer",
        };
    }

    private static string KpiColumnLabel(Role role, int language)
    {
        var chinese = language == LanguageCodes.ChineseSimplified;
        return role switch
        {
            Role.Score => chinese ? "调查分数列" : "Survey Score Column",
            Role.Date => chinese ? "调查日期列" : "Survey Date Column",
            _ => chinese ? "调查客户列" : "Survey Customer Column",
        };
    }
}
