using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SalesPerf.SolutionModel.Tables;

namespace SalesPerf.SolutionModel.Loading;

/// <summary>Reads and checks one table source file (see docs/solution-source.md) into a <see cref="TableDefinition"/>.</summary>
internal static partial class TableSourceReader
{
    public const string Prefix = "spm_";
    public const int FirstCustomOptionValue = 100_000_000;
    public const int LastCustomOptionValue = 100_009_999;

    private static readonly string[] TableProperties =
    [
        "$schema", "logicalName", "isCustom", "displayName", "pluralName", "description", "ownership",
        "primaryIdAttribute", "primaryName", "impliedColumns", "states", "columns",
    ];

    private static readonly string[] ColumnProperties =
    [
        "name", "type", "label", "description", "required", "maxLength", "precision", "min", "max", "dateBehavior",
        "format", "targets", "options", "computed", "default", "validForCreate", "validForUpdate", "platformMaintained",
        "cascadeDelete", "hierarchical",
    ];

    public static ParsedTable Read(SourceNode root, bool inSystemFolder, string fileStem)
    {
        root.AllowOnly(TableProperties);

        var nameNode = root.Required("logicalName");
        var logicalName = CheckName(nameNode);
        if (!string.Equals(fileStem, logicalName, StringComparison.Ordinal))
        {
            throw nameNode.Error($"the table '{logicalName}' must be in a file named '{logicalName}.json'");
        }

        var isCustomNode = root.Optional("isCustom");
        var isCustom = isCustomNode?.AsBool() ?? !inSystemFolder;
        if (isCustom == inSystemFolder)
        {
            throw (isCustomNode ?? root).Error(inSystemFolder
                ? "a file in SystemTables/ describes a system table: isCustom must be false"
                : "a file in Tables/ describes a custom table: isCustom must be true (system tables go in SystemTables/)");
        }

        if (isCustom && !logicalName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw nameNode.Error($"a custom table's logical name must start with the publisher prefix '{Prefix}'");
        }

        if (!isCustom && logicalName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw nameNode.Error($"'{logicalName}' has the publisher prefix but is described as a system table");
        }

        var displayName = root.Required("displayName").AsLabel();
        var pluralName = root.Required("pluralName").AsLabel();
        var description = root.Optional("description")?.AsLabel();
        var ownership = root.Optional("ownership")?.AsEnum<OwnershipType>() ?? OwnershipType.UserOwned;

        var primaryIdNode = root.Optional("primaryIdAttribute");
        var primaryId = primaryIdNode is null ? logicalName + "id" : CheckName(primaryIdNode);
        if (isCustom && primaryIdNode is not null && primaryId != logicalName + "id")
        {
            throw primaryIdNode.Error($"the primary key of a custom table is always '{logicalName}id'");
        }

        var impliedNode = root.Optional("impliedColumns");
        var implied = impliedNode?.AsBool() ?? true;
        if (isCustom && !implied)
        {
            throw impliedNode!.Error("a custom table always has the implied system columns");
        }

        var lookups = new List<DeclaredLookup>();
        var declared = new List<ColumnDefinition>();
        var declaredNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var columnNode in root.Required("columns").AsArray())
        {
            var column = ReadColumn(columnNode, isCustom, lookups);
            if (!declaredNames.Add(column.LogicalName))
            {
                throw columnNode.Required("name").Error($"duplicate column name '{column.LogicalName}'");
            }

            declared.Add(column);
        }

        CheckHierarchical(root, logicalName, declared);

        var primaryNameNode = implied ? root.Required("primaryName") : root.Optional("primaryName");
        var primaryName = string.Empty;
        if (primaryNameNode is not null)
        {
            primaryName = primaryNameNode.AsString();
            var column = declared.FirstOrDefault(c => c.LogicalName == primaryName)
                ?? throw primaryNameNode.Error($"the primary name column '{primaryName}' is not declared in 'columns'");
            if (column.Type != ColumnType.String)
            {
                throw primaryNameNode.Error($"the primary name column '{primaryName}' must be a String column, not {column.Type}");
            }
        }

        var statesNode = root.Optional("states");
        var (states, statuses) = statesNode is not null ? ReadStates(statesNode, isCustom)
            : implied ? DefaultStates()
            : ([], []);

        var columns = Assemble(root, logicalName, isCustom, implied, ownership, primaryId, displayName, declared, states, statuses);

        var table = new TableDefinition
        {
            LogicalName = logicalName,
            DisplayName = displayName,
            PluralName = pluralName,
            Description = description,
            Ownership = ownership,
            IsCustom = isCustom,
            PrimaryIdAttribute = primaryId,
            PrimaryNameAttribute = primaryName,
            Columns = columns,
        };
        return new ParsedTable(root.File, table, lookups);
    }

    // The platform has one "designated hierarchical self-referential relationship" per table
    // (OneToManyRelationshipMetadata.IsHierarchical): a lookup to the table itself, at most one per table.
    private static void CheckHierarchical(SourceNode root, string table, IReadOnlyList<ColumnDefinition> declared)
    {
        var hierarchical = declared.Where(c => c.IsHierarchical).ToList();
        foreach (var column in hierarchical.Where(c => c.Targets.Count != 1 || c.Targets[0] != table))
        {
            throw root.Required("columns").Error(
                $"the lookup '{column.LogicalName}' is 'hierarchical' but points to {string.Join(", ", column.Targets)}; only a lookup to the table itself ({table}) can be hierarchical");
        }

        if (hierarchical.Count > 1)
        {
            throw root.Required("columns").Error(
                $"{hierarchical.Count} lookups are 'hierarchical' ({string.Join(", ", hierarchical.Select(c => c.LogicalName))}); a table has at most one hierarchical relationship");
        }
    }

    private static IReadOnlyList<ColumnDefinition> Assemble(
        SourceNode root,
        string logicalName,
        bool isCustom,
        bool implied,
        OwnershipType ownership,
        string primaryId,
        Label displayName,
        List<ColumnDefinition> declared,
        IReadOnlyList<ChoiceOption> states,
        IReadOnlyList<ChoiceOption> statuses)
    {
        var impliedColumns = new List<ColumnDefinition> { ImpliedColumns.PrimaryKey(primaryId, displayName) };
        var afterDeclared = new List<ColumnDefinition>();
        if (implied)
        {
            if (states.Count > 0)
            {
                afterDeclared.Add(ImpliedColumns.StateCode(states));
                afterDeclared.Add(ImpliedColumns.StatusCode(statuses));
            }

            afterDeclared.AddRange(ImpliedColumns.Standard(ownership, primaryId));
        }
        else if (states.Count > 0)
        {
            afterDeclared.Add(ImpliedColumns.StateCode(states));
            afterDeclared.Add(ImpliedColumns.StatusCode(statuses));
        }

        var money = declared.Where(c => c.Type == ColumnType.Money && !c.IsBaseCurrencyCompanion).ToList();
        if (money.Count > 0)
        {
            afterDeclared.Add(ImpliedColumns.TransactionCurrency());
            afterDeclared.Add(ImpliedColumns.ExchangeRate());
            afterDeclared.AddRange(money.Select(ImpliedColumns.BaseCompanion));
        }

        var declaredNames = declared.ToDictionary(c => c.LogicalName, StringComparer.Ordinal);
        foreach (var column in impliedColumns.Concat(afterDeclared))
        {
            if (isCustom && declaredNames.ContainsKey(column.LogicalName))
            {
                var index = declared.FindIndex(c => c.LogicalName == column.LogicalName);
                throw new SourceNode(root.File, $"$.columns[{index}].name", default).Error(
                    $"duplicate column name '{column.LogicalName}': the loader implies this column on '{logicalName}'");
            }
        }

        // A system table's file may restate an implied column to give it other flags; the stated one wins.
        var result = new List<ColumnDefinition>();
        result.AddRange(impliedColumns.Where(c => !declaredNames.ContainsKey(c.LogicalName)));
        result.AddRange(declared);
        result.AddRange(afterDeclared.Where(c => !declaredNames.ContainsKey(c.LogicalName)));
        return result.AsReadOnly();
    }

    private static ColumnDefinition ReadColumn(SourceNode node, bool tableIsCustom, List<DeclaredLookup> lookups)
    {
        node.AllowOnly(ColumnProperties);
        var nameNode = node.Required("name");
        var name = CheckName(nameNode);
        var isCustom = name.StartsWith(Prefix, StringComparison.Ordinal);
        if (tableIsCustom && !isCustom)
        {
            throw nameNode.Error($"a custom table's column must start with the publisher prefix '{Prefix}' (system columns are implied)");
        }

        var typeNode = node.Required("type");
        var type = typeNode.AsEnum<ColumnType>();
        if (type is ColumnType.PrimaryKey or ColumnType.State or ColumnType.Status)
        {
            throw typeNode.Error($"{type} columns are not declared: the primary key is implied and statecode/statuscode come from 'states'");
        }

        var label = node.Required("label").AsLabel();
        var description = node.Optional("description")?.AsLabel();
        var required = node.Optional("required")?.AsEnum<RequiredLevel>() ?? RequiredLevel.None;

        Only(node, type, "maxLength", ColumnType.String, ColumnType.Memo);
        Only(node, type, "precision", ColumnType.Decimal, ColumnType.Double, ColumnType.Money);
        Only(node, type, "min", ColumnType.Integer, ColumnType.BigInt, ColumnType.Decimal, ColumnType.Double, ColumnType.Money);
        Only(node, type, "max", ColumnType.Integer, ColumnType.BigInt, ColumnType.Decimal, ColumnType.Double, ColumnType.Money);
        Only(node, type, "dateBehavior", ColumnType.DateTime);
        Only(node, type, "targets", ColumnType.Lookup, ColumnType.Owner, ColumnType.Customer);
        Only(node, type, "options", ColumnType.Choice, ColumnType.MultiChoice, ColumnType.Boolean);
        Only(node, type, "format", ColumnType.String, ColumnType.Memo, ColumnType.Integer, ColumnType.DateTime);
        Only(node, type, "cascadeDelete", ColumnType.Lookup);
        Only(node, type, "hierarchical", ColumnType.Lookup);

        int? maxLength = null;
        if (type is ColumnType.String or ColumnType.Memo)
        {
            var lengthNode = node.Optional("maxLength");
            if (lengthNode is null && isCustom)
            {
                throw node.At("maxLength").Error($"the text column '{name}' needs a maxLength");
            }

            if (lengthNode is not null)
            {
                var limit = type == ColumnType.String ? 4000 : 1_048_576;
                maxLength = lengthNode.AsInt();
                if (maxLength < 1 || maxLength > limit)
                {
                    throw lengthNode.Error($"maxLength must be between 1 and {limit}");
                }
            }
        }

        int? precision = null;
        if (type is ColumnType.Decimal or ColumnType.Double or ColumnType.Money)
        {
            var precisionNode = node.Optional("precision");
            var limit = type switch { ColumnType.Decimal => 10, ColumnType.Double => 5, _ => 4 };
            precision = precisionNode?.AsInt() ?? (type == ColumnType.Money ? 2 : null);
            if (precision is null && isCustom)
            {
                throw node.At("precision").Error($"the {type} column '{name}' needs a precision");
            }

            if (precision < 0 || precision > limit)
            {
                throw precisionNode!.Error($"precision of a {type} column must be between 0 and {limit}");
            }
        }

        var minNode = node.Optional("min");
        var maxNode = node.Optional("max");
        var min = minNode?.AsDecimal();
        var max = maxNode?.AsDecimal();
        if (min > max)
        {
            throw minNode!.Error($"min {min} is greater than max {max}");
        }

        DateTimeBehavior? dateBehavior = null;
        if (type == ColumnType.DateTime)
        {
            dateBehavior = node.Required("dateBehavior").AsEnum<DateTimeBehavior>();
        }

        var formatNode = node.Optional("format");
        var format = formatNode?.AsString();
        if (format is not null)
        {
            string[] allowed = type switch
            {
                ColumnType.DateTime => ["date", "datetime"],
                ColumnType.Integer => ["none", "duration"],
                _ => ["text", "email", "url", "phone", "textarea"],
            };
            if (!allowed.Contains(format, StringComparer.Ordinal))
            {
                throw formatNode!.Error($"unknown format '{format}' for a {type} column (expected one of {string.Join(", ", allowed)})");
            }
        }

        if (dateBehavior == DateTimeBehavior.DateOnly)
        {
            if (format == "datetime")
            {
                throw formatNode!.Error("a DateOnly column must use the format 'date'");
            }

            format = "date";
        }

        var targets = ReadTargets(node, type, lookups);
        var options = ReadOptions(node, type, name, isCustom);

        var computedNode = node.Optional("computed");
        var computed = computedNode?.AsBool() ?? false;
        if (computed && !isCustom)
        {
            throw computedNode!.Error("only SalesPerf's own (spm_) columns can be engine-computed");
        }

        var platformNode = node.Optional("platformMaintained");
        var platform = platformNode?.AsBool() ?? false;
        var createNode = node.Optional("validForCreate");
        var updateNode = node.Optional("validForUpdate");
        foreach (var flag in new[] { platformNode, createNode, updateNode })
        {
            if (flag is not null && isCustom)
            {
                throw flag.Error("platform flags belong to system columns; mark an engine-written spm_ column 'computed'");
            }
        }

        var defaultValue = ReadDefault(node.Optional("default"), type, min, max, options);
        var cascadeNode = node.Optional("cascadeDelete");
        if (cascadeNode is not null && !isCustom)
        {
            throw cascadeNode.Error("'cascadeDelete' belongs to SalesPerf's own (spm_) lookups; a system lookup's relationship is the platform's");
        }

        var cascadeDelete = cascadeNode?.AsEnum<CascadeDeleteBehavior>() ?? CascadeDeleteBehavior.RemoveLink;
        var hierarchicalNode = node.Optional("hierarchical");
        var hierarchical = hierarchicalNode?.AsBool() ?? false;
        if (hierarchicalNode is not null && !isCustom)
        {
            throw hierarchicalNode.Error("'hierarchical' belongs to SalesPerf's own (spm_) lookups; a system lookup's relationship is the platform's");
        }

        return new ColumnDefinition
        {
            LogicalName = name,
            Type = type,
            DisplayName = label,
            Description = description,
            Required = required,
            MaxLength = maxLength,
            Precision = precision,
            MinValue = min,
            MaxValue = max,
            DateBehavior = dateBehavior,
            Format = format,
            Targets = targets,
            CascadeDelete = cascadeDelete,
            IsHierarchical = hierarchical,
            Options = options,
            IsComputed = computed,
            IsPlatformMaintained = platform,
            IsCustom = isCustom,
            DefaultValue = defaultValue,
            IsValidForCreate = createNode?.AsBool() ?? !platform,
            IsValidForUpdate = updateNode?.AsBool() ?? !platform,
        };
    }

    private static IReadOnlyList<string> ReadTargets(SourceNode node, ColumnType type, List<DeclaredLookup> lookups)
    {
        var targetsNode = node.Optional("targets");
        if (targetsNode is null)
        {
            return type switch
            {
                ColumnType.Lookup => throw node.At("targets").Error("a Lookup column must name its target table(s) in 'targets'"),
                ColumnType.Owner => ["systemuser", "team"],
                ColumnType.Customer => ["account", "contact"],
                _ => [],
            };
        }

        var targets = new List<string>();
        var items = targetsNode.AsArray();
        if (items.Count == 0)
        {
            throw targetsNode.Error("'targets' must name at least one table");
        }

        foreach (var item in items)
        {
            var target = CheckName(item);
            if (targets.Contains(target, StringComparer.Ordinal))
            {
                throw item.Error($"the target '{target}' is listed twice");
            }

            targets.Add(target);
            lookups.Add(new DeclaredLookup(target, item.Path));
        }

        return targets.AsReadOnly();
    }

    private static IReadOnlyList<ChoiceOption> ReadOptions(SourceNode node, ColumnType type, string name, bool isCustom)
    {
        var optionsNode = node.Optional("options");
        if (type == ColumnType.Boolean)
        {
            if (optionsNode is null)
            {
                return [new ChoiceOption(0, "No", new Label("No", "否")), new ChoiceOption(1, "Yes", new Label("Yes", "是"))];
            }

            var pair = ReadOptionList(optionsNode);
            if (pair.Count != 2 || pair.Any(o => o.Value is not (0 or 1)) || pair[0].Value == pair[1].Value)
            {
                throw optionsNode.Error("a Boolean column's options are exactly the values 0 and 1");
            }

            return pair;
        }

        if (type is not (ColumnType.Choice or ColumnType.MultiChoice))
        {
            return [];
        }

        if (optionsNode is null)
        {
            throw node.At("options").Error($"the {type} column '{name}' needs 'options'");
        }

        var options = ReadOptionList(optionsNode);
        if (options.Count == 0)
        {
            throw optionsNode.Error("'options' must list at least one value");
        }

        if (isCustom)
        {
            var items = optionsNode.AsArray();
            for (var i = 0; i < options.Count; i++)
            {
                if (options[i].Value is < FirstCustomOptionValue or > LastCustomOptionValue)
                {
                    throw items[i].Required("value").Error(
                        $"custom choice values use the option value prefix 10000: {FirstCustomOptionValue}..{LastCustomOptionValue}, not {options[i].Value}");
                }
            }
        }

        return options;
    }

    private static IReadOnlyList<ChoiceOption> ReadOptionList(SourceNode optionsNode, int? state = null)
    {
        var options = new List<ChoiceOption>();
        foreach (var item in optionsNode.AsArray())
        {
            item.AllowOnly("value", "name", "label");
            var valueNode = item.Required("value");
            var value = valueNode.AsInt();
            var nameNode = item.Required("name");
            var optionName = nameNode.AsString();
            if (!OptionName().IsMatch(optionName))
            {
                throw nameNode.Error($"the option name '{optionName}' must be an identifier (letters and digits, starting with a letter)");
            }

            if (options.Any(o => o.Value == value))
            {
                throw valueNode.Error($"duplicate option value {value}");
            }

            if (options.Any(o => o.Name == optionName))
            {
                throw nameNode.Error($"duplicate option name '{optionName}'");
            }

            options.Add(new ChoiceOption(value, optionName, item.Required("label").AsLabel(), state));
        }

        return options.AsReadOnly();
    }

    private static (IReadOnlyList<ChoiceOption> States, IReadOnlyList<ChoiceOption> Statuses) ReadStates(SourceNode statesNode, bool isCustom)
    {
        var states = new List<ChoiceOption>();
        var statuses = new List<ChoiceOption>();
        foreach (var stateNode in statesNode.AsArray())
        {
            stateNode.AllowOnly("value", "name", "label", "defaultStatus", "statuses");
            var valueNode = stateNode.Required("value");
            var value = valueNode.AsInt();
            if (states.Any(s => s.Value == value))
            {
                throw valueNode.Error($"duplicate state value {value}");
            }

            if (isCustom && value is not (0 or 1))
            {
                throw valueNode.Error("a custom table has exactly the states 0 (active) and 1 (inactive)");
            }

            var stateName = stateNode.Required("name").AsString();
            states.Add(new ChoiceOption(value, stateName, stateNode.Required("label").AsLabel()));

            var defaultNode = stateNode.Required("defaultStatus");
            var defaultStatus = defaultNode.AsInt();
            var mine = ReadOptionList(stateNode.Required("statuses"), value);
            if (mine.Count == 0)
            {
                throw stateNode.At("statuses").Error($"the state {stateName} needs at least one status");
            }

            var statusItems = stateNode.Required("statuses").AsArray();
            for (var i = 0; i < mine.Count; i++)
            {
                var status = mine[i];
                var statusValueNode = statusItems[i].Required("value");
                if (statuses.Any(s => s.Value == status.Value))
                {
                    throw statusValueNode.Error($"the status value {status.Value} is already used by another state");
                }

                if (isCustom && status.Value is not (1 or 2) && status.Value is < FirstCustomOptionValue or > LastCustomOptionValue)
                {
                    throw statusValueNode.Error(
                        $"a custom status reason is 1, 2 or uses the option value prefix 10000 ({FirstCustomOptionValue}..{LastCustomOptionValue}), not {status.Value}");
                }

                statuses.Add(status with { IsDefaultStatus = status.Value == defaultStatus });
            }

            if (mine.All(s => s.Value != defaultStatus))
            {
                throw defaultNode.Error($"the default status {defaultStatus} is not one of the statuses of state {stateName}");
            }
        }

        if (isCustom && states.Count != 2)
        {
            throw statesNode.Error("a custom table has exactly the states 0 (active) and 1 (inactive)");
        }

        return (states.OrderBy(s => s.Value).ToList().AsReadOnly(), statuses.AsReadOnly());
    }

    private static (IReadOnlyList<ChoiceOption> States, IReadOnlyList<ChoiceOption> Statuses) DefaultStates() =>
    (
        [
            new ChoiceOption(0, "Active", new Label("Active", "活动")),
            new ChoiceOption(1, "Inactive", new Label("Inactive", "停用")),
        ],
        [
            new ChoiceOption(1, "Active", new Label("Active", "活动"), 0, true),
            new ChoiceOption(2, "Inactive", new Label("Inactive", "停用"), 1, true),
        ]);

    private static decimal? ReadDefault(SourceNode? node, ColumnType type, decimal? min, decimal? max, IReadOnlyList<ChoiceOption> options)
    {
        if (node is null)
        {
            return null;
        }

        decimal value;
        switch (type)
        {
            case ColumnType.Boolean:
                value = node.AsBool() ? 1 : 0;
                break;
            case ColumnType.Choice:
                value = node.AsInt();
                if (options.All(o => o.Value != value))
                {
                    throw node.Error($"the default {value} is not one of the column's options");
                }

                break;
            case ColumnType.Integer or ColumnType.BigInt:
                value = node.AsDecimal();
                if (value != decimal.Truncate(value))
                {
                    throw node.Error($"the default of a {type} column must be a whole number");
                }

                break;
            case ColumnType.Decimal or ColumnType.Double or ColumnType.Money:
                value = node.AsDecimal();
                break;
            default:
                throw node.Error($"a default value is not supported on a {type} column");
        }

        if (value < min || value > max)
        {
            throw node.Error($"the default {value} lies outside [{min}, {max}]");
        }

        return value;
    }

    private static void Only(SourceNode node, ColumnType type, string property, params ColumnType[] types)
    {
        if (!types.Contains(type) && node.Optional(property) is { } present)
        {
            throw present.Error($"'{property}' does not apply to a {type} column");
        }
    }

    private static string CheckName(SourceNode node)
    {
        var name = node.AsString();
        if (!LogicalName().IsMatch(name))
        {
            throw node.Error($"'{name}' is not a logical name (lower-case letters, digits and '_', starting with a letter, at most 50 characters)");
        }

        return name;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex LogicalName();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionName();
}
