using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// The estimate on the organisation's own Opportunity main forms, found by query (<c>systemform</c>, objecttypecode
/// opportunity, type 2 Main): a stock form's id is not something SalesPerf can know, so Complete setup adds the form
/// libraries and OnLoad handler (<see cref="EstimateFormScript"/>) to whichever main forms the organisation has, then
/// publishes the opportunity table once when it changed any. One query, one Update per form changed, one PublishXml
/// when any changed; no form, no write. A form that already carries them is left alone.
/// </summary>
internal static class EstimateForms
{
    public const string FormTable = "systemform";
    public const string FormId = "formid";
    public const string Name = "name";
    public const string TableColumn = "objecttypecode";
    public const string TypeColumn = "type";
    public const string FormXmlColumn = "formxml";
    public const int MainFormType = 2;
    public const string Opportunity = "opportunity";

    public static EstimateFormsResult Add(IOrganizationService service)
    {
        var query = new QueryExpression(FormTable) { ColumnSet = new ColumnSet(Name, FormXmlColumn) };
        query.Criteria.AddCondition(TableColumn, ConditionOperator.Equal, Opportunity);
        query.Criteria.AddCondition(TypeColumn, ConditionOperator.Equal, MainFormType);
        query.AddOrder(Name, OrderType.Ascending);
        var added = new List<string>();
        var already = new List<string>();
        foreach (var form in service.RetrieveMultiple(query).Entities)
        {
            var name = form.GetAttributeValue<string>(Name) ?? form.Id.ToString("D");
            var formXml = form.GetAttributeValue<string>(FormXmlColumn);
            if (string.IsNullOrWhiteSpace(formXml))
            {
                continue; // nothing to add a handler to
            }

            var updated = EstimateFormScript.AddTo(formXml, form.Id);
            if (updated is null)
            {
                already.Add(name);
                continue;
            }

            service.Update(new Entity(FormTable, form.Id) { [FormXmlColumn] = updated });
            added.Add(name);
        }

        if (added.Count > 0)
        {
            service.Execute(new OrganizationRequest("PublishXml")
            {
                ["ParameterXml"] = "<importexportxml><entities><entity>" + Opportunity + "</entity></entities></importexportxml>",
            });
        }

        return new EstimateFormsResult(added, already);
    }
}

/// <summary>The Opportunity main forms the estimate was added to by this call, and those that already had it.</summary>
internal sealed record EstimateFormsResult(IReadOnlyList<string> Added, IReadOnlyList<string> Already);
