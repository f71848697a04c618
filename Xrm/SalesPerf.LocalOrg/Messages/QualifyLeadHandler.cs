using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.LocalOrg.Faults;
using SalesPerf.LocalOrg.Store;
using SalesPerf.SolutionModel.Roles;

namespace SalesPerf.LocalOrg.Messages;

/// <summary>
/// QualifyLead (QualifyLeadRequest of Microsoft.Crm.Sdk.Proxy, sent here as an <see cref="OrganizationRequest"/>
/// named "QualifyLead"): LeadId, CreateAccount, CreateContact, CreateOpportunity and Status are required;
/// OpportunityCustomerId, OpportunityCurrencyId optional. The lead must be open; Status must be a status of a closed
/// state (Qualified or Disqualified: which states the platform accepts here is NOT VERIFIED, both are allowed). The main
/// operation creates the asked rows (platform-internal Creates, their steps fire; the caller needs Create on each) and
/// closes the lead; the response's CreatedEntities names them. Whether the platform closes the lead through a nested
/// SetState (whose SetState, SetStateDynamicEntity and Update steps then fire inside QualifyLead) is NOT VERIFIED, so
/// <see cref="LocalOrganizationOptions.QualifyLeadRaisesNestedSetState"/> chooses: without it the lead is written by the
/// writer an Update uses and no state-change step runs. No images (the message has no image property).
/// </summary>
internal sealed class QualifyLeadHandler : MessageHandler
{
    public const string Name = "QualifyLead";

    private readonly bool _raisesNestedSetState;

    public QualifyLeadHandler(bool raisesNestedSetState) => _raisesNestedSetState = raisesNestedSetState;

    public override string RequestName => Name;

    public override MessageDescription Describe(ParameterCollection input)
    {
        var lead = Parameters.RowReference(input, "LeadId");
        return new MessageDescription(Name, "lead", lead.Id, null);
    }

    public override void Execute(MessageOperation operation)
    {
        var org = operation.Org;
        var leadRef = Parameters.RowReference(operation.Input, "LeadId");
        var createAccount = Parameters.Required<bool>(operation.Input, "CreateAccount");
        var createContact = Parameters.Required<bool>(operation.Input, "CreateContact");
        var createOpportunity = Parameters.Required<bool>(operation.Input, "CreateOpportunity");
        var status = Parameters.Required<OptionSetValue>(operation.Input, "Status");
        if (!string.Equals(leadRef.LogicalName, "lead", StringComparison.OrdinalIgnoreCase))
        {
            throw OrganizationFaults.InvalidArgument($"LeadId must name a lead, not {leadRef.LogicalName}.");
        }

        var table = org.Metadata.Table("lead");
        var lead = org.Store.Find(table.LogicalName, leadRef.Id) ?? throw OrganizationFaults.DoesNotExist(table.LogicalName, leadRef.Id);
        operation.Demand(PrivilegeVerb.Write, lead);
        if (lead.GetAttributeValue<OptionSetValue>("statecode")?.Value != 0)
        {
            throw OrganizationFaults.Create(ErrorCodes.InvalidStateCodeStatusCode, $"The lead {leadRef.Id} is not open and cannot be qualified again.");
        }

        var statusOption = table.FindColumn("statuscode")?.Options.FirstOrDefault(o => o.Value == status.Value);
        if (statusOption is null || statusOption.State is not (1 or 2))
        {
            throw OrganizationFaults.Create(
                ErrorCodes.InvalidStateCodeStatusCode, $"{status.Value} is not a status of a qualified or disqualified lead.");
        }

        var created = new EntityReferenceCollection();
        EntityReference? account = null;
        EntityReference? contact = null;
        if (createAccount)
        {
            account = Create(operation, Row(org, "account", lead, ("companyname", "name")));
            created.Add(account);
        }

        if (createContact)
        {
            contact = Create(operation, Row(org, "contact", lead, ("firstname", "firstname"), ("lastname", "lastname")));
            created.Add(contact);
        }

        if (createOpportunity)
        {
            var opportunity = Row(org, "opportunity", lead, ("subject", "name"));
            var customer = operation.Input.TryGetValue("OpportunityCustomerId", out var given) && given is EntityReference named ? named : account ?? contact;
            Set(org, opportunity, "customerid", customer);
            Set(org, opportunity, "transactioncurrencyid", operation.Input.TryGetValue("OpportunityCurrencyId", out var currency) ? currency as EntityReference : null);
            var opportunityRef = Create(operation, opportunity);
            created.Add(opportunityRef);
        }

        Close(operation, leadRef.Id, statusOption.State!.Value, status.Value);
        operation.Output["CreatedEntities"] = created;
    }

    private void Close(MessageOperation operation, Guid leadId, int state, int status)
    {
        if (_raisesNestedSetState)
        {
            operation.ExecuteInternal(new OrganizationRequest("SetState")
            {
                ["EntityMoniker"] = new EntityReference("lead", leadId),
                ["State"] = new OptionSetValue(state),
                ["Status"] = new OptionSetValue(status),
            });
            return;
        }

        var update = new Entity("lead", leadId)
        {
            ["statecode"] = new OptionSetValue(state),
            ["statuscode"] = new OptionSetValue(status),
        };
        operation.Org.Writer.Update(update, operation.UserId, ConcurrencyBehavior.Default);
    }

    private static EntityReference Create(MessageOperation operation, Entity row)
    {
        operation.Demand(PrivilegeVerb.Create, row);
        var response = operation.ExecuteInternal(new OrganizationRequest("Create") { ["Target"] = row });
        return new EntityReference(row.LogicalName, (Guid)response.Results["id"]);
    }

    /// <summary>A new row with the lead's values copied (lead column → row column) and its originating lead where the table has one.</summary>
    private static Entity Row(OrganizationState org, string table, Entity lead, params (string From, string To)[] copies)
    {
        var row = new Entity(table);
        foreach (var (from, to) in copies.Where(c => lead.Contains(c.From)))
        {
            row[to] = lead[from];
        }

        Set(org, row, "originatingleadid", lead.ToEntityReference());
        return row;
    }

    private static void Set(OrganizationState org, Entity row, string column, EntityReference? value)
    {
        if (value is not null && org.Metadata.Table(row.LogicalName).HasColumn(column))
        {
            row[column] = value;
        }
    }
}
