using System;
using System.IO;
using SalesPerf.Scenarios.Model;
using SalesPerf.Scenarios.Parsing;
using SalesPerf.Scenarios.Running;

namespace SalesPerf.Scenarios;

/// <summary>
/// Runs scenario files in-process: <c>ScenarioRunner.RunFile("x.json")</c> parses the file, starts a fresh local
/// organisation, runs every step through the public IOrganizationService and returns a <see cref="ScenarioRun"/>.
/// </summary>
public static class ScenarioRunner
{
    public static ScenarioRun RunFile(string path, ScenarioRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException exception)
        {
            return Malformed(new ScenarioFormatException("$", $"cannot read {path}: {exception.Message}", exception));
        }

        return RunJson(json, options);
    }

    public static ScenarioRun RunJson(string json, ScenarioRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var schema = SchemaOf(options);
        ScenarioDefinition scenario;
        try
        {
            scenario = ScenarioParser.Parse(json, schema);
        }
        catch (ScenarioFormatException exception)
        {
            return Malformed(exception);
        }

        return Run(scenario, (options ?? new ScenarioRunOptions()) with { Schema = schema });
    }

    public static ScenarioRun Run(ScenarioDefinition scenario, ScenarioRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var schema = SchemaOf(options);
        LocalOrganizationAdapter org;
        try
        {
            org = new LocalOrganizationAdapter(scenario, schema);
        }
#pragma warning disable CA1031 // An organisation that cannot start is the failure of the setup (step 0), reported like any other.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return new ScenarioRun(ScenarioExitCodes.StepFailed, $"the local organisation could not start: {exception.Message}")
            {
                FailedStep = 0,
                Definition = scenario,
            };
        }

        var execution = new ScenarioExecution(scenario, schema, org, options?.Progress ?? TextWriter.Null);
        var failure = execution.Run();
        return new ScenarioRun(failure is null ? ScenarioExitCodes.Success : ScenarioExitCodes.StepFailed, failure?.Message)
        {
            FailedStep = failure?.Step,
            Definition = scenario,
            Result = execution.Result(failure),
            Organization = org.Organization,
            ExpectationsChecked = execution.ExpectationsChecked,
        };
    }

    private static ScenarioSchema SchemaOf(ScenarioRunOptions? options) =>
        options?.Schema ?? ScenarioSchema.FromRepository(AppContext.BaseDirectory);

    private static ScenarioRun Malformed(ScenarioFormatException exception) =>
        new(ScenarioExitCodes.Malformed, exception.Message) { JsonPath = exception.JsonPath };
}
