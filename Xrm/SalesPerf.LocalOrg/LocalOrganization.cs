using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using SalesPerf.LocalOrg.Messages;
using SalesPerf.LocalOrg.Metadata;
using SalesPerf.LocalOrg.Pipeline;
using SalesPerf.LocalOrg.Query;
using SalesPerf.LocalOrg.Registration;
using SalesPerf.LocalOrg.Security;
using SalesPerf.LocalOrg.Store;
using SalesPerf.Plugins.Registration;
using SalesPerf.Plugins.Setup;
using SalesPerf.SolutionModel;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.LocalOrg;

/// <summary>
/// A local Dataverse organisation: the solution's tables, the plug-ins' steps, a clock that only moves when
/// told to, and the seeded rows every organisation has (organization, root business unit, SYSTEM and the
/// administrator, their user settings, the base currency). Each instance is independent: no static state.
/// </summary>
public sealed partial class LocalOrganization
{
    private readonly ExecutionPipeline _pipeline;
    private readonly OrganizationState _org;

    public LocalOrganization()
        : this(new LocalOrganizationOptions())
    {
    }

    public LocalOrganization(LocalOrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var repository = options.Tables is null || options.Roles is null ? RepositorySource() : null;
        var tables = (options.Tables ?? repository!.Tables).Concat(options.AdditionalTables);
        var metadata = new MetadataCatalog(tables);
        foreach (var required in new[] { "organization", "businessunit", "systemuser", "transactioncurrency" })
        {
            if (!metadata.HasTable(required))
            {
                throw new ArgumentException($"The tables must include the system table '{required}'.", nameof(options));
            }
        }

        Clock = new LocalClock(options.UtcNow);
        InitialiseScheduling(options);
        Settings = new OrganizationSettings(
            options.TimeZone, options.FiscalYearStartMonth, options.FiscalYearStartDay, options.FiscalPeriodType, options.BaseCurrencyCode)
        {
            OlderThanComparesInstants = options.OlderThanComparesInstants,
        };
        var ids = new SystemIds(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        _org = new OrganizationState(metadata, Clock, Settings, ids, options.OrganizationName);

        var pluginAssembly = typeof(PluginCatalog).Assembly;
        var declared = options.Steps ?? PluginCatalog.ReadSteps(pluginAssembly);
        var apis = (options.CustomApis ?? PluginCatalog.ReadCustomApis(pluginAssembly)).Concat(options.AdditionalCustomApis).ToList();
        var handlers = new MessageHandlers();
        var pluginTypes = new PluginTypeMap();
        _pipeline = new ExecutionPipeline(_org, new StepRegistry(_org, pluginTypes), handlers, StepLog, ServiceCalls);
        foreach (var handler in StandardHandlers(options.CloseRaisesNestedUpdate, options.QualifyLeadRaisesNestedSetState))
        {
            handlers.Add(handler);
        }

        foreach (var api in apis)
        {
            handlers.Add(new CustomApiHandler(api, () => _pipeline));
        }

        var import = ImportSolution(options, pluginTypes, declared, apis);
        new OrganizationSeed(_org).Seed(options);
        _org.Roles.Install((options.Roles ?? repository!.Roles).Concat(options.BaseRoles ?? BaseSalesRoles.All), options.LanguageCode);
        Service = ServiceFor(ids.AdministratorId);
        if (options.CompleteSetup)
        {
            CompleteSetup(options, import, declared, apis);
        }
    }

    /// <summary>The organisation service of the built-in administrator.</summary>
    public IOrganizationService Service { get; }

    /// <summary>The organisation's clock: set <see cref="LocalClock.UtcNow"/> or call <see cref="LocalClock.Advance"/>.</summary>
    public LocalClock Clock { get; }

    public OrganizationSettings Settings { get; }

    /// <summary>Organisation-service calls made by plug-ins.</summary>
    public ServiceCallCounter ServiceCalls { get; } = new();

    /// <summary>Rows the query engine examined and whole tables it read (deterministic; <c>Reset()</c> between measurements).</summary>
    public Query.QueryStatistics QueryStatistics => _org.QueryStatistics;

    /// <summary>Every executed step, in start order.</summary>
    public StepLog StepLog { get; } = new();

    public Guid OrganizationId => _org.Ids.OrganizationId;

    public Guid RootBusinessUnitId => _org.Ids.RootBusinessUnitId;

    /// <summary>The built-in administrator: the caller of <see cref="Service"/>.</summary>
    public Guid AdministratorId => _org.Ids.AdministratorId;

    /// <summary>The SYSTEM user (what a plug-in's CreateOrganizationService(null) runs as).</summary>
    public Guid SystemUserId => _org.Ids.SystemUserId;

    public Guid BaseCurrencyId => _org.Ids.BaseCurrencyId;

    /// <summary>Asynchronous steps waiting for <see cref="DrainAsync"/>.</summary>
    public int PendingAsyncSteps => _pipeline.Transactions.QueuedAsyncCount;

    /// <summary>Every table of the organisation.</summary>
    public IEnumerable<TableDefinition> Tables => _org.Metadata.Tables;

    /// <summary>The organisation service of one user (the caller, default owner and modifiedby of what it writes).</summary>
    public IOrganizationService ServiceFor(Guid userId)
    {
        if (!_org.Store.Exists("systemuser", userId))
        {
            throw new ArgumentException($"There is no systemuser {userId}.", nameof(userId));
        }

        return new OrganizationService(_pipeline, userId, userId, null);
    }

    /// <summary>Every row of a table in creation order, as Retrieve with all columns returns it (copies, lookups named).</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        var definition = _org.Metadata.Table(table);
        return _org.Store.Rows(definition.LogicalName).Select(r => _org.Reader.Project(r, new ColumnSet(true))).ToList();
    }

    /// <summary>The tables PublishXml published, in the order of the requests (PublishXml changes nothing else here).</summary>
    public IReadOnlyList<string> PublishedTables => _org.Published.ToList();

    /// <summary>Runs the queued asynchronous steps (and those they queue), each in its own transaction; failures are in <see cref="StepLog"/>.</summary>
    public int DrainAsync() => _pipeline.DrainAsync();

    /// <summary>Creates a user (as the administrator, through the pipeline) with its user settings.</summary>
    public Guid CreateUser(string fullName, Guid? managerId = null, Guid? businessUnitId = null)
    {
        var user = new Entity("systemuser")
        {
            ["fullname"] = fullName,
            ["domainname"] = DomainNameFor(fullName),
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
        };
        if (managerId is Guid manager)
        {
            user["parentsystemuserid"] = new EntityReference("systemuser", manager);
        }

        var id = Service.Create(user);
        new OrganizationSeed(_org).UserSettings(id, businessUnitId ?? RootBusinessUnitId);
        return id;
    }

    /// <summary>Creates an owner team (as the administrator) and makes the users its members.</summary>
    public Guid CreateTeam(string name, IEnumerable<Guid> memberIds, Guid? businessUnitId = null)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var team = new Entity("team")
        {
            ["name"] = name,
            ["businessunitid"] = new EntityReference("businessunit", businessUnitId ?? RootBusinessUnitId),
            ["teamtype"] = new OptionSetValue(0),
            ["administratorid"] = new EntityReference("systemuser", AdministratorId),
        };
        var id = Service.Create(team);
        var members = memberIds.Select(m => new EntityReference("systemuser", m)).ToList();
        if (members.Count > 0)
        {
            Service.Associate("team", id, new Relationship(TeamMembership.Relationship), new EntityReferenceCollection(members));
        }

        return id;
    }

    /// <summary>Creates a business unit under the root (or the given parent).</summary>
    public Guid CreateBusinessUnit(string name, Guid? parentId = null) => Service.Create(new Entity("businessunit")
    {
        ["name"] = name,
        ["parentbusinessunitid"] = new EntityReference("businessunit", parentId ?? RootBusinessUnitId),
    });

    /// <summary>Creates a currency; <paramref name="exchangeRate"/> is units of this currency per unit of the base currency.</summary>
    public Guid CreateCurrency(string isoCode, decimal exchangeRate, int precision = 2, string? name = null, string? symbol = null) =>
        Service.Create(new Entity("transactioncurrency")
        {
            ["isocurrencycode"] = isoCode,
            ["currencyname"] = name ?? isoCode,
            ["currencysymbol"] = symbol ?? isoCode,
            ["exchangerate"] = exchangeRate,
            ["currencyprecision"] = precision,
        });

    /// <summary>
    /// Creates a catalogue product (as the administrator) in a unit group of its own, "<paramref name="name"/> units",
    /// with one unit "Unit" of quantity 1, created explicitly because a unit group does not create its base unit here.
    /// The unit group, default unit and decimals supported (0) are SystemRequired columns of product.
    /// </summary>
    public Guid CreateProduct(string name, string productNumber, decimal? listPrice = null, decimal? currentCost = null)
    {
        var schedule = Service.Create(new Entity("uomschedule") { ["name"] = name + " units", ["baseuomname"] = "Unit" });
        var unit = Service.Create(new Entity("uom")
        {
            ["name"] = "Unit",
            ["uomscheduleid"] = new EntityReference("uomschedule", schedule),
            ["quantity"] = 1m,
        });
        var product = new Entity("product")
        {
            ["name"] = name,
            ["productnumber"] = productNumber,
            ["defaultuomscheduleid"] = new EntityReference("uomschedule", schedule),
            ["defaultuomid"] = new EntityReference("uom", unit),
            ["quantitydecimal"] = 0,
        };
        if (listPrice is decimal price)
        {
            product["price"] = new Money(price);
        }

        if (currentCost is decimal cost)
        {
            product["currentcost"] = new Money(cost);
        }

        return Service.Create(product);
    }

    /// <summary>
    /// The import of the solution: the organisation's messages and filters, the solution row, a plugintype row per
    /// plug-in class of the assembly, and the steps the zip carries (plus test-only additional steps) as rows.
    /// </summary>
    private RegistrationImport ImportSolution(
        LocalOrganizationOptions options, PluginTypeMap pluginTypes, IReadOnlyList<StepRegistration> declared, IReadOnlyList<CustomApiRegistration> apis)
    {
        var steps = SetupSteps.Packed(declared).Concat(options.AdditionalSteps).ToList();
        if (!RegistrationTableNames.All.All(_org.Metadata.HasTable))
        {
            throw new ArgumentException($"The tables must include the system tables {string.Join(", ", RegistrationTableNames.All)}, which hold the steps.", nameof(options));
        }

        var import = new RegistrationImport(_org, pluginTypes);
        import.SeedMessages(OrganizationMessages.For(_org.Metadata.Tables, apis));
        import.SeedSolution(CompleteSetupPlugin.SolutionUniqueName, "SalesPerf", "1.0.0.0", options.ImportManaged);
        import.SeedPluginTypes(PluginCatalog.PluginTypes(typeof(PluginCatalog).Assembly));
        import.ImportSteps(steps);
        return import;
    }

    /// <summary>
    /// What an admin does after the import: runs spm_CompleteSetup (when the organisation reads the assembly's own
    /// declarations and has the API), else writes the setup steps of the test's own declarations as the API would.
    /// The call counter and step log are then cleared, so a test sees the organisation as the admin leaves it.
    /// </summary>
    private void CompleteSetup(LocalOrganizationOptions options, RegistrationImport import, IReadOnlyList<StepRegistration> declared, IReadOnlyList<CustomApiRegistration> apis)
    {
        if (options.Steps is null && apis.Any(a => a.UniqueName == CompleteSetupPlugin.UniqueName))
        {
            Service.Execute(new OrganizationRequest(CompleteSetupPlugin.UniqueName));
        }
        else
        {
            import.ImportSteps(SetupSteps.AtSetup(declared));
        }

        ServiceCalls.Reset();
        QueryStatistics.Reset();
        StepLog.Clear();
    }

    /// <summary>The sign-in name a created user gets (systemuser.domainname is SystemRequired): the full name, dotted, at a local domain.</summary>
    private static string DomainNameFor(string fullName) =>
        string.Join('.', fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant() + "@salesperf.local";

    /// <summary>The solution source of the checkout the program runs from (its output folder, else the working directory).</summary>
    private static SolutionMetadata RepositorySource()
    {
        try
        {
            return SolutionMetadata.LoadFromRepository(AppContext.BaseDirectory);
        }
        catch (System.IO.DirectoryNotFoundException)
        {
            return SolutionMetadata.LoadFromRepository(Environment.CurrentDirectory);
        }
    }

    private static IEnumerable<MessageHandler> StandardHandlers(bool closeRaisesNestedUpdate, bool qualifyLeadRaisesNestedSetState) =>
    [
        new CreateHandler(),
        new RetrieveHandler(),
        new RetrieveMultipleHandler(),
        new UpdateHandler(),
        new DeleteHandler(),
        new AssociateHandler(),
        new DisassociateHandler(),
        new AssignHandler(),
        new SetStateHandler("SetState"),
        new SetStateHandler("SetStateDynamicEntity"),
        new CloseHandler(CloseKind.Win, closeRaisesNestedUpdate),
        new CloseHandler(CloseKind.Lose, closeRaisesNestedUpdate),
        new CloseHandler(CloseKind.Fulfill, closeRaisesNestedUpdate),
        new CloseHandler(CloseKind.Cancel, closeRaisesNestedUpdate),
        new QualifyLeadHandler(qualifyLeadRaisesNestedSetState),
        new ExecuteTransactionHandler(),
        new AddSolutionComponentHandler(),
        new PublishXmlHandler(),
        new RetrieveEntityHandler(),
        new RetrieveAttributeHandler(),
    ];
}
