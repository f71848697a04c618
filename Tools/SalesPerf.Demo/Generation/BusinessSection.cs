using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace SalesPerf.Demo.Generation;

/// <summary>
/// The months of business: per rep, opportunities created through the window, won (some with a deal split) or lost
/// when their cycle ends inside it, else left open; won deals become fulfilled orders, invoices and payments.
/// </summary>
internal static class BusinessSection
{
    public static void Build(DemoWorld world)
    {
        var b = world.Builder;
        var windowDays = Math.Max(7, (int)(world.BusinessEnd.Date - world.Start.Date).TotalDays);
        var n = 0;
        foreach (var rep in world.Reps)
        {
            var used = new List<EntityReference>();
            var fresh = new Queue<EntityReference>(world.Accounts[rep.Id]);
            var deal = rep.YearQuota / Math.Max(1, world.Options.OpportunitiesPerRep * 0.5m);
            for (var i = 0; i < world.Options.OpportunitiesPerRep; i++, n++)
            {
                var created = world.Start.Date.AddDays(1 + b.Random.Next(windowDays - 3)).AddHours(9).AddMinutes(b.Random.Next(480));
                EntityReference account;
                if (fresh.Count > 0 && (used.Count == 0 || b.Chance(rep.Hunter ? 0.5 : 0.25)))
                {
                    account = fresh.Dequeue();
                    used.Add(account);
                }
                else
                {
                    account = used[b.Random.Next(used.Count)];
                }

                Opportunity(world, rep, account, created, Rounding.To(deal * b.Between(0.5m, 1.6m), 100m), n + 1);
            }
        }
    }

    private static void Opportunity(DemoWorld world, DemoPerson rep, EntityReference account, DateTime created, decimal valueCny, int number)
    {
        var b = world.Builder;
        var usd = b.Chance(0.15);
        var estimated = usd ? Math.Round(valueCny * world.UsdPerCny, 2) : valueCny;
        var cycle = b.Random.Next(rep.Hunter ? 20 : 10, rep.Hunter ? 90 : 60);
        var closeDate = created.Date.AddDays(cycle);
        var owner = DemoWorld.User(rep.Id);
        var opportunity = b.Create(created, $"Opportunity {number}", new Entity("opportunity")
        {
            ["name"] = $"{(usd ? "Export 出口" : "Deal 商机")} #{number:0000}", ["customerid"] = account, ["ownerid"] = owner,
            ["estimatedvalue"] = new Money(estimated), ["estimatedclosedate"] = DateTime.SpecifyKind(closeDate, DateTimeKind.Unspecified),
            ["transactioncurrencyid"] = usd ? world.Usd : world.BaseCurrency, ["closeprobability"] = 50,
        });
        world.Opportunities.Add((rep.Id, account, created));
        var closeAt = closeDate.AddHours(15);
        if (closeAt > world.BusinessEnd)
        {
            return;
        }

        var won = b.Chance(rep.Hunter ? 0.5 : 0.62);
        var split = won && b.Chance(0.08) ? world.Reps.FirstOrDefault(r => r.Team == rep.Team && r.Id != rep.Id) : null;
        if (split is not null)
        {
            b.Create(closeAt.AddMinutes(-30), $"Deal split {number}", new Entity("spm_dealsplit")
            {
                ["spm_name"] = $"Split #{number:0000}", ["spm_opportunityid"] = opportunity, ["spm_userid"] = DemoWorld.User(split.Id),
                ["spm_splitpercent"] = 30m, ["ownerid"] = owner,
            });
        }

        var close = new Entity("opportunityclose")
        {
            ["subject"] = won ? "Won 赢单" : "Lost 丢单", ["opportunityid"] = opportunity,
            ["actualend"] = DateTime.SpecifyKind(closeDate, DateTimeKind.Unspecified),
        };
        if (won)
        {
            close["actualrevenue"] = new Money(Math.Round(estimated * b.Between(0.9m, 1.05m), 2));
        }

        b.Execute(closeAt, $"{(won ? "Win" : "Lose")} opportunity {number}", won ? "WinOpportunity" : "LoseOpportunity",
            ("OpportunityClose", close), ("Status", new OptionSetValue(won ? 3 : 4)));
        if (won)
        {
            Fulfilment(world, rep, account, opportunity, closeAt.AddDays(2), valueCny, number);
        }
    }

    private static void Fulfilment(DemoWorld world, DemoPerson rep, EntityReference account, EntityReference opportunity, DateTime orderAt, decimal valueCny, int number)
    {
        var b = world.Builder;
        if (orderAt > world.BusinessEnd)
        {
            return;
        }

        var owner = DemoWorld.User(rep.Id);
        var lines = Lines(world, valueCny);
        var order = b.Create(orderAt, $"Order {number}", new Entity("salesorder")
        {
            ["name"] = $"SO-{number:0000}", ["ordernumber"] = $"SO-{number:0000}", ["customerid"] = account, ["opportunityid"] = opportunity,
            ["pricelevelid"] = world.PriceList, ["transactioncurrencyid"] = world.BaseCurrency, ["ownerid"] = owner,
        });
        AddLines(world, orderAt, "salesorderdetail", "salesorderid", order, lines, number);
        var fulfilAt = orderAt.AddDays(b.Random.Next(4, 15));
        if (fulfilAt > world.BusinessEnd)
        {
            return;
        }

        b.Execute(fulfilAt, $"Fulfil order {number}", "FulfillSalesOrder",
            ("OrderClose", new Entity("orderclose")
            {
                ["subject"] = "Delivered 已交付", ["salesorderid"] = order, ["actualend"] = DateTime.SpecifyKind(fulfilAt.Date, DateTimeKind.Unspecified),
            }),
            ("Status", new OptionSetValue(100001)));
        var invoiceAt = fulfilAt.AddDays(1);
        if (invoiceAt > world.BusinessEnd)
        {
            return;
        }

        var invoice = b.Create(invoiceAt, $"Invoice {number}", new Entity("invoice")
        {
            ["name"] = $"INV-{number:0000}", ["invoicenumber"] = $"INV-{number:0000}", ["customerid"] = account,
            ["salesorderid"] = order, ["opportunityid"] = opportunity, ["pricelevelid"] = world.PriceList,
            ["transactioncurrencyid"] = world.BaseCurrency, ["ownerid"] = owner,
            ["duedate"] = DateTime.SpecifyKind(invoiceAt.Date.AddDays(30), DateTimeKind.Unspecified),
        });
        AddLines(world, invoiceAt, "invoicedetail", "invoiceid", invoice, lines, number);
        Payments(world, owner, invoice, invoiceAt, lines.Sum(l => l.Quantity * l.Price), number);
    }

    private static void Payments(DemoWorld world, EntityReference owner, EntityReference invoice, DateTime invoiceAt, decimal total, int number)
    {
        var b = world.Builder;
        var roll = b.Random.NextDouble();
        var payments = roll < 0.7
            ? new[] { (invoiceAt.AddDays(b.Random.Next(10, 45)), total) }
            : roll < 0.9
                ? new[] { (invoiceAt.AddDays(20), Math.Round(total * 0.6m, 2)), (invoiceAt.AddDays(65), total - Math.Round(total * 0.6m, 2)) }
                : Array.Empty<(DateTime, decimal)>();
        var k = 1;
        foreach (var (paidAt, amount) in payments.Where(p => p.Item1 <= world.BusinessEnd))
        {
            b.Create(paidAt, $"Payment {number}/{k}", new Entity("spm_payment")
            {
                ["spm_name"] = $"PAY-{number:0000}-{k++}", ["spm_invoiceid"] = invoice, ["spm_amount"] = new Money(amount),
                ["spm_paidon"] = DateTime.SpecifyKind(paidAt.Date, DateTimeKind.Unspecified), ["ownerid"] = owner,
            });
        }
    }

    private static List<(EntityReference Product, decimal Quantity, decimal Price)> Lines(DemoWorld world, decimal valueCny)
    {
        var b = world.Builder;
        var count = b.Random.Next(1, 4);
        var lines = new List<(EntityReference, decimal, decimal)>();
        for (var i = 0; i < count; i++)
        {
            var (product, price) = world.Products[b.Random.Next(world.Products.Count)];
            var quantity = Math.Max(1m, Math.Floor(valueCny / count / price));
            lines.Add((product, quantity, price));
        }

        return lines;
    }

    private static void AddLines(DemoWorld world, DateTime at, string table, string parentColumn, EntityReference parent, List<(EntityReference Product, decimal Quantity, decimal Price)> lines, int number)
    {
        foreach (var (product, quantity, price) in lines)
        {
            world.Builder.Create(at, $"{table} {number}", new Entity(table)
            {
                [parentColumn] = parent, ["productid"] = product, ["quantity"] = quantity, ["priceperunit"] = new Money(price),
                ["ispriceoverridden"] = true, ["uomid"] = world.Unit,
            });
        }
    }
}
