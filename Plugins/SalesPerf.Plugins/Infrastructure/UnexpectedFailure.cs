using System;
using System.Linq;
using Microsoft.Xrm.Sdk;
using SalesPerf.Plugins.Messages;
using SalesPerf.Plugins.Registration;

namespace SalesPerf.Plugins.Infrastructure;

/// <summary>
/// Turns an exception no business rule foresaw into what the user may see: <see cref="FailureMessages.Unexpected"/>
/// in the initiating user's language, naming the step, the record and the correlation id. The raw exception is for
/// the trace only (the caller writes it there); its text never reaches the user.
/// </summary>
internal static class UnexpectedFailure
{
    /// <summary>Columns that carry a row's name on the tables SalesPerf's steps run on, in the order they are tried.</summary>
    private static readonly string[] NameColumns = { "spm_name", "name", "fullname", "title" };

    public static InvalidPluginExecutionException Create(
        IPluginExecutionContext context, StepRegistration step, IOrganizationServiceFactory? factory, StepTracer tracer)
    {
        var args = new object[] { step.Name, RecordOf(context), context.CorrelationId.ToString("D") };
        var message = FailureMessages.Unexpected;
        string text;
        try
        {
            var system = factory?.CreateOrganizationService(null);
            text = system is null
                ? Both(message, args)
                : message.Format(UserLanguage.Read(system, context.InitiatingUserId), args);
        }
        catch (Exception languageError)
        {
            // The failure may have broken the service too: say it in both languages rather than not at all.
            tracer.Trace("The user's language could not be read ({0}); the message is given in both languages.", languageError.Message);
            text = Both(message, args);
        }

        return new InvalidPluginExecutionException(OperationStatus.Failed, text);
    }

    private static string Both(BusinessMessage message, object[] args) =>
        message.Format(LanguageCodes.English, args) + " / " + message.Format(LanguageCodes.ChineseSimplified, args);

    /// <summary>"'name' (table)" when the request or an image carries the row's name, else the table.</summary>
    private static string RecordOf(IPluginExecutionContext context)
    {
        var table = string.IsNullOrEmpty(context.PrimaryEntityName) ? "-" : context.PrimaryEntityName;
        var rows = new[] { InputEntity(context) }
            .Concat(context.PreEntityImages?.Values ?? Enumerable.Empty<Entity>())
            .Concat(context.PostEntityImages?.Values ?? Enumerable.Empty<Entity>())
            .Where(row => row is not null);
        var name = rows
            .SelectMany(row => NameColumns.Select(column => row!.GetAttributeValue<string>(column)))
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
        return name is null ? table : "'" + name + "' (" + table + ")";
    }

    private static Entity? InputEntity(IPluginExecutionContext context) =>
        context.InputParameters is not null && context.InputParameters.TryGetValue("Target", out var target) ? target as Entity : null;
}
