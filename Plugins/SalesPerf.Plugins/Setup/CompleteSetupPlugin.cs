using System;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.Plugins.Infrastructure;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Reviews;
using SalesPerf.Plugins.Schema;

namespace SalesPerf.Plugins.Setup;

/// <summary>
/// <c>spm_CompleteSetup</c>: registers the steps a solution zip cannot carry (<see cref="SetupSteps.AtSetup"/>: Win,
/// Lose, FulfillSalesOrder, CancelSalesOrder) in the organisation itself, as rows, the way Celedon AutoNumber does
/// (semantics doc 10). Only a System Administrator or a SalesPerf Admin may run it. As SYSTEM it finds each step's
/// <c>sdkmessage</c> by name, its <c>sdkmessagefilter</c> for the step's table and its <c>plugintype</c> by type name,
/// then creates each <c>sdkmessageprocessingstep</c> (and its images) with its fixed declared id, or updates an existing
/// one to match, and adds it to the SalesPerf solution. A missing message, filter, plug-in type or solution stops the
/// call before anything is written. Running it again creates nothing and lists every step as already registered.
/// It also adds the estimate's form libraries and OnLoad handler to every Opportunity main form of the organisation
/// (<see cref="EstimateForms"/>: found by query, since a stock form's id is not public), once.
/// </summary>
[CustomApi(UniqueName, DisplayName = "Complete setup",
    Description = "Registers SalesPerf's steps on Win, Lose, FulfillSalesOrder and CancelSalesOrder, which a solution cannot carry, and adds the commission estimate to the Opportunity main forms; run once after each import (safe to run again).",
    ChineseDisplayName = "完成设置",
    ChineseDescription = "注册 SalesPerf 在赢单、丢单、履行订单和取消订单上的步骤（解决方案无法携带这些步骤），并在商机主窗体上添加佣金估算；每次导入后运行一次（可重复运行）。")]
[CustomApiResponseProperty(RegisteredProperty, CustomApiParameterType.String, Description = "The names of the steps this call registered, one per line.",
    DisplayName = "Registered", ChineseDisplayName = "已注册",
    ChineseDescription = "本次调用注册的步骤名称，每行一个。")]
[CustomApiResponseProperty(AlreadyRegisteredProperty, CustomApiParameterType.String, Description = "The names of the steps that were already registered (updated where they differed), one per line.",
    DisplayName = "Already registered", ChineseDisplayName = "已存在",
    ChineseDescription = "此前已注册的步骤名称（如有差异已更新），每行一个。")]
[CustomApiResponseProperty(EstimateFormsProperty, CustomApiParameterType.String, Description = "The organisation's Opportunity main forms this call added the estimate (form libraries and OnLoad handler) to, one per line.",
    DisplayName = "Estimate added to forms", ChineseDisplayName = "已添加估算的窗体",
    ChineseDescription = "本次调用为其添加估算（窗体库和 OnLoad 处理程序）的组织商机主窗体，每行一个。")]
[CustomApiResponseProperty(EstimateFormsAlreadyProperty, CustomApiParameterType.String, Description = "The Opportunity main forms that already carried the estimate, one per line.",
    DisplayName = "Forms with the estimate already", ChineseDisplayName = "已有估算的窗体",
    ChineseDescription = "此前已带有估算的商机主窗体，每行一个。")]
[CustomApiResponseProperty(SummaryProperty, CustomApiParameterType.String, Description = "One sentence in the caller's language.",
    DisplayName = "Summary", ChineseDisplayName = "摘要",
    ChineseDescription = "以调用者语言表述的一句话摘要。")]
public sealed class CompleteSetupPlugin : PluginBase
{
    public const string UniqueName = "spm_CompleteSetup";
    public const string RegisteredProperty = "Registered";
    public const string AlreadyRegisteredProperty = "AlreadyRegistered";
    public const string SummaryProperty = "Summary";
    public const string EstimateFormsProperty = "EstimateForms";
    public const string EstimateFormsAlreadyProperty = "EstimateFormsAlready";

    /// <summary>The solution the steps are added to: its unique name in Solution/solution.json (a test keeps the two equal).</summary>
    public const string SolutionUniqueName = "SalesPerf";

    protected override void ExecuteStep(LocalPluginContext context)
    {
        var system = context.SystemService;
        var caller = context.Context.InitiatingUserId;
        if (!AdminRoles.Holds(system, caller))
        {
            // The message names the user, never a GUID: one read, only on the way out.
            var user = system.Retrieve(OwnerColumns.UserEntityName, caller, new ColumnSet(OwnerColumns.UserFullName));
            throw context.BusinessError(SetupMessages.NotAdministrator, user.GetAttributeValue<string>(OwnerColumns.UserFullName) ?? caller.ToString("D"));
        }

        var steps = SetupSteps.AtSetup(PluginCatalog.ReadSteps(typeof(CompleteSetupPlugin).Assembly));
        var managed = SolutionComponents.IsManaged(system);
        if (managed is null)
        {
            throw context.BusinessError(SetupMessages.SolutionMissing, SolutionComponents.SolutionUniqueName);
        }

        var resolution = SetupTargets.Resolve(system, steps);
        if (resolution.Problem is SetupProblem problem)
        {
            throw context.BusinessError(problem.Message, problem.Arguments);
        }

        var created = StepRowWriter.Write(system, resolution.Targets);
        if (managed == false)
        {
            SolutionComponents.AddSteps(system, steps.Select(s => s.Id));
        }

        // The estimate on the organisation's own Opportunity main forms (their ids are not public): found by query.
        var forms = EstimateForms.Add(system);

        var registered = steps.Where(s => created.Contains(s.Id)).Select(s => s.Name).ToList();
        var already = steps.Where(s => !created.Contains(s.Id)).Select(s => s.Name).ToList();
        context.Trace("{0} setup step(s): {1} registered, {2} already there; solution {3}.", steps.Count, registered.Count, already.Count, managed == true ? "managed" : "unmanaged");
        context.Output(RegisteredProperty, string.Join("\n", registered));
        context.Output(AlreadyRegisteredProperty, string.Join("\n", already));
        context.Trace("Estimate on {0} Opportunity main form(s) now, {1} already.", forms.Added.Count, forms.Already.Count);
        context.Output(EstimateFormsProperty, string.Join("\n", forms.Added));
        context.Output(EstimateFormsAlreadyProperty, string.Join("\n", forms.Already));
        context.Output(SummaryProperty, SetupSummary.Format(UserLanguage.Read(system, caller), registered.Count, already.Count));
    }
}
