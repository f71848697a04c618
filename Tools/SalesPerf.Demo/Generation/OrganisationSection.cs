using System;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>Business units, managers (SalesPerf Manager), reps (SalesPerf Rep), teams, the USD currency, units, the price list, products and customers.</summary>
internal static class OrganisationSection
{
    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var at = world.SetupAt;
        var layout = DemoLayout.For(world.Options.Reps);
        var names = new PersonNames(world.Options.Seed);
        for (var u = 0; u < layout.Units; u++)
        {
            var unit = b.NewId();
            var unitName = layout.UnitName(u);
            b.Execute(at, "Business unit " + unitName, DemoRequests.CreateBusinessUnit, ("Id", unit), ("Name", unitName));
            for (var t = u; t < layout.Teams; t += layout.Units)
            {
                Team(world, layout, names, t, unit, at);
            }
        }

        Catalogue(world, at);
        Customers(world, at);
    }

    /// <summary>The team's manager, its reps (rep i of the organisation in team i mod teams) and the team itself.</summary>
    private static void Team(DemoWorld world, DemoLayout layout, PersonNames names, int t, Guid unit, DateTime at)
    {
        var b = world.Builder;
        var teamName = DemoLayout.TeamName(t);
        var manager = new DemoPerson(b.NewId(), names.Pick(DemoNames.Managers, t), teamName, false, 0m);
        world.Managers.Add(manager);
        b.Execute(at, "Manager " + manager.FullName, DemoRequests.CreateUser,
            ("Id", manager.Id), ("Name", manager.FullName), ("BusinessUnit", unit), ("Role", DemoRequests.ManagerRole));
        var members = Enumerable.Range(0, layout.Reps).Where(i => layout.TeamOf(i) == t).ToList();
        var memberIds = new Guid[members.Count];
        for (var m = 0; m < members.Count; m++)
        {
            var hunter = m % 2 == 0;
            var quota = Rounding.To(b.Between(hunter ? 1_800_000m : 1_200_000m, hunter ? 3_000_000m : 2_000_000m), 10_000m);
            var rep = new DemoPerson(b.NewId(), names.Pick(DemoNames.Reps, members[m]), teamName, hunter, quota);
            world.Reps.Add(rep);
            memberIds[m] = rep.Id;
            b.Execute(at, "Rep " + rep.FullName, DemoRequests.CreateUser,
                ("Id", rep.Id), ("Name", rep.FullName), ("Manager", manager.Id), ("BusinessUnit", unit), ("Role", DemoRequests.RepRole));
        }

        var team = b.NewId();
        world.TeamIds[teamName] = team;
        b.Execute(at, "Team " + teamName, DemoRequests.CreateTeam,
            ("Id", team), ("Name", teamName), ("Members", memberIds), ("BusinessUnit", unit));
    }

    private static void Catalogue(DemoWorld world, DateTime at)
    {
        var b = world.Builder;
        world.Usd = b.Create(at, "Currency USD", new Entity("transactioncurrency")
        {
            ["isocurrencycode"] = "USD", ["currencyname"] = "US Dollar", ["currencysymbol"] = "$",
            ["exchangerate"] = world.UsdPerCny, ["currencyprecision"] = 2,
        });
        var schedule = b.Create(at, "Unit group", new Entity("uomschedule") { ["name"] = "Units 单位", ["baseuomname"] = "Unit" });
        world.Unit = b.Create(at, "Unit", new Entity("uom") { ["name"] = "Unit 个", ["uomscheduleid"] = schedule, ["quantity"] = 1m });
        world.PriceList = b.Create(at, "Price list", new Entity("pricelevel")
        {
            ["name"] = "List prices 标准价目表", ["transactioncurrencyid"] = world.BaseCurrency,
        });
        foreach (var (name, number, price, cost) in DemoNames.Products)
        {
            var product = b.Create(at, "Product " + number, new Entity("product")
            {
                ["name"] = name, ["productnumber"] = number, ["price"] = new Money(price), ["currentcost"] = new Money(cost),
                ["standardcost"] = new Money(cost), ["defaultuomscheduleid"] = schedule, ["defaultuomid"] = world.Unit,
                ["quantitydecimal"] = 0,
            });
            world.Products.Add((product, price));
        }
    }

    private static void Customers(DemoWorld world, DateTime at)
    {
        var b = world.Builder;
        var perRep = Math.Max(3, world.Options.OpportunitiesPerRep / 4);
        var n = 0;
        foreach (var rep in world.Reps)
        {
            var accounts = world.Accounts[rep.Id] = [];
            for (var i = 0; i < perRep; i++, n++)
            {
                var stem = DemoNames.CustomerStems[n % DemoNames.CustomerStems.Length];
                var kind = DemoNames.CustomerKinds[(n / DemoNames.CustomerStems.Length + i) % DemoNames.CustomerKinds.Length];
                accounts.Add(b.Create(at, "Account", new Entity("account")
                {
                    ["name"] = $"{stem} {kind} #{n + 1}",
                    ["accountnumber"] = $"C{n + 1:0000}",
                    ["ownerid"] = DemoWorld.User(rep.Id),
                }));
            }
        }
    }
}
